using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Besluiten;

/// <summary>
/// The aanbieder the zwaarwegend advies named for the voorziening (issue 12): the beschikking and its letter show it. The
/// advies is frozen once toetsed, so the beschikking reads it from there instead of keeping a copy.
/// </summary>
public static class AanbiederVanBeschikking
{
    public static Task<string?> NaamAsync(WmoDbContext db, Beschikking beschikking, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(beschikking);
        var adviesId = beschikking.AdviesId;
        return (from a in db.Adviezen.AsNoTracking()
                where a.Id == adviesId
                join o in db.Organisaties on a.AanbiederId equals o.Id
                select o.Naam).SingleOrDefaultAsync(cancellationToken);
    }
}
