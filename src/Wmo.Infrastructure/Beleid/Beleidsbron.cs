using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Beleid;

/// <summary>
/// The one way the code reads the gemeente's policy: the reference tables (<see cref="Beleidsversie"/>,
/// <see cref="Tariefjaar"/>) as a <see cref="Beleidshistorie"/>, so <c>Op(datum)</c> gives the policy of that day.
/// The tables are small and change rarely: they are held in memory and read again after a change on this
/// instance (<see cref="Vergeet"/>) or after <see cref="Houdbaarheid"/>, so other instances follow within seconds.
/// </summary>
public sealed class Beleidsbron(IServiceScopeFactory scopes, TimeProvider klok)
{
    public static readonly TimeSpan Houdbaarheid = TimeSpan.FromSeconds(30);

    private readonly Lock _slot = new();
    private Beleidshistorie? _historie;
    private long _geladenOp;

    /// <summary>The policy that held on <paramref name="datum"/> (a melding, an aanvraag, a decision).</summary>
    public WmoBeleid Op(DateOnly datum) => Historie().Op(datum);

    /// <summary>The policy that holds today (Europe/Amsterdam).</summary>
    public WmoBeleid Vandaag() => Op(Domain.Termijnen.Vandaag.Volgens(klok));

    public Beleidshistorie Historie()
    {
        lock (_slot)
        {
            if (_historie is null || Stopwatch.GetElapsedTime(_geladenOp) > Houdbaarheid)
            {
                using var scope = scopes.CreateScope();
                _historie = Laad(scope.ServiceProvider.GetRequiredService<WmoDbContext>());
                _geladenOp = Stopwatch.GetTimestamp();
            }

            return _historie;
        }
    }

    /// <summary>Forget the cached policy; the next read loads the tables again (after a beheer change or seeding).</summary>
    public void Vergeet()
    {
        lock (_slot)
        {
            _historie = null;
        }
    }

    // Synchronous on purpose: it runs at most once per change or half minute, and the scoped WmoBeleid factory is synchronous.
    private static Beleidshistorie Laad(WmoDbContext db)
    {
        var tarieven = new TariefTabel([.. db.Abonnementstarieven.AsNoTracking().OrderBy(t => t.Jaar).AsEnumerable().Select(t => t.NaarTarief())]);
        var versies = db.Beleidsversies.AsNoTracking().AsSplitQuery().ToList();
        return new Beleidshistorie(versies.Select(v => v.NaarBeleid(tarieven)));
    }
}
