using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Beleid;

/// <summary>
/// Adds the gelijkgestelde dagen (Atw art. 3 lid 3) the beheerder maintains to the term settings, so every term computed
/// with the scoped <see cref="WmoBeleid"/> (web request, command line, seeder) uses the current table. Read once per scope:
/// a change on one instance is seen by the next request on every instance.
/// </summary>
public static class BeleidMetFeestdagen
{
    // Compiled once: every request that resolves the policy reads this small table (issue 15, docs/performance.md, sixteenth round).
    private static readonly PerModel<Func<WmoDbContext, IEnumerable<GelijkgesteldeDag>>> Dagen = new(() =>
        EF.CompileQuery((WmoDbContext db) => db.GelijkgesteldeDagen.AsNoTracking()));

    public static WmoBeleid Laad(WmoBeleid geconfigureerd, WmoDbContext db)
    {
        ArgumentNullException.ThrowIfNull(geconfigureerd);
        ArgumentNullException.ThrowIfNull(db);
        var dagen = Dagen.Voor(db)(db).ToList();
        return geconfigureerd with { Termijnen = geconfigureerd.Termijnen with { Kalender = new Feestdagkalender(dagen) } };
    }
}
