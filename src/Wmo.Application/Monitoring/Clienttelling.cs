using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Monitoring;

/// <summary>
/// Client counts per pillar on a day, counted in SQL: distinct inwoners whose vraag has an outcome in the pillar, recorded
/// on or before that day, and not closed before it (002 §2.5 "absolute cliëntenaantallen ... procentuele verdeling").
/// </summary>
[UseCase]
public sealed class Clienttelling(WmoDbContext db)
{
    public async Task<Clientaantallen> PerPijlerOpAsync(DateOnly datum, CancellationToken ct = default)
    {
        var aantallen = await db.Ondersteuningsvragen.AsNoTracking()
            .Where(v => v.Uitkomst != null && v.UitkomstDatum <= datum && (v.AfgeslotenOp == null || v.AfgeslotenOp > datum))
            .Where(v => v.Uitkomst!.Soort == UitkomstSoort.Basisondersteuning || v.Uitkomst!.Soort == UitkomstSoort.AanvullendViaVerwijzing || v.Uitkomst!.Soort == UitkomstSoort.AanvullendViaAanvraag)
            .GroupBy(v => v.Uitkomst!.Soort == UitkomstSoort.Basisondersteuning)
            .Select(g => new { Basis = g.Key, Aantal = g.Select(v => v.InwonerId).Distinct().Count() })
            .ToListAsync(ct);
        return new Clientaantallen(aantallen.Where(a => a.Basis).Sum(a => a.Aantal), aantallen.Where(a => !a.Basis).Sum(a => a.Aantal));
    }
}
