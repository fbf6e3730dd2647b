using Microsoft.EntityFrameworkCore;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// The names of user accounts as pages show them (behandelaar, regievoerder, author of an advies): only the name, never the
/// whole account row (password hash, stamps). Compiled once, as the dossier and the toetser's queue ask on every view.
/// </summary>
public static class GebruikerNamen
{
    private sealed record IdNaam(Guid Id, string Naam);

    private static readonly PerModel<Func<WmoDbContext, List<Guid>, IAsyncEnumerable<IdNaam>>> Van = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, List<Guid> ids) => db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new IdNaam(u.Id, u.Naam))));

    /// <summary>The name per id of the accounts among <paramref name="ids"/>; an unknown id is absent.</summary>
    public static async Task<Dictionary<Guid, string>> VanAsync(WmoDbContext db, List<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await Rijen.LijstAsync(Van.Voor(db)(db, ids), cancellationToken)).ToDictionary(u => u.Id, u => u.Naam);
    }
}
