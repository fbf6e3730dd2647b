using Microsoft.EntityFrameworkCore;
using Wmo.Domain.EigenBijdrage;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.EigenBijdrage;

/// <summary>One household on the overview: the member charged (name, masked BSN), start, stop, amount and the change since the previous month.</summary>
public sealed record HeffingRegel(Guid HuishoudenId, string GehevenPersoon, string BsnGemaskeerd, DateOnly Start, DateOnly? Stop, decimal Bedrag, RedenWijzigingHeffing Wijziging);

/// <summary>An earlier delivery of the month.</summary>
public sealed record AanleveringRegel(Guid Id, int Volgnummer, AanleveringSoort Soort, DateTimeOffset AangemaaktOp, int AantalRegels, decimal Totaal);

/// <summary>The overview of one month (one page of households); the heffingen as computed at <see cref="BerekendOp"/>.</summary>
public sealed record Heffingsoverzicht(
    Heffingsmaand Maand,
    int AantalGeheven,
    decimal TotaalBedrag,
    IReadOnlyDictionary<RedenWijzigingHeffing, int> PerWijziging,
    IReadOnlyList<HeffingRegel> Regels,
    int Pagina,
    int Grootte,
    int AantalRegels,
    IReadOnlyList<AanleveringRegel> Aanleveringen,
    DateTimeOffset BerekendOp,
    bool WordtBijgewerkt);

/// <summary>
/// The beheerder's overview per month (002 §4.8, §5.3): the households charged and how each changed since the previous month
/// (new, changed, stopped), plus the households no longer charged; a page at a time, and the deliveries to the CAK so far.
/// </summary>
[UseCase]
public sealed class HeffingsoverzichtLezen(WmoDbContext db, HeffingenCache heffingen)
{
    public async Task<Heffingsoverzicht> LeesAsync(Heffingsmaand maand, int pagina, int grootte, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(maand);
        // The month's heffingen for the whole gemeente, kept a few minutes (HeffingenCache, issue 15); a page takes its part.
        var bewaard = await heffingen.HeffingenAsync(maand, ct);
        var berekend = bewaard.Waarde;
        var deel = berekend.Wijzigingen.Skip((pagina - 1) * grootte).Take(grootte).ToList();
        var ids = deel.Select(w => (w.Huidige ?? w.Vorige)!.GehevenInwonerId).Distinct().ToList();
        var personen = await db.Inwoners.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var regels = deel.Select(w =>
        {
            var h = (w.Huidige ?? w.Vorige)!;
            var persoon = personen.GetValueOrDefault(h.GehevenInwonerId);
            return new HeffingRegel(h.HuishoudenId, persoon is null ? "(onbekend)" : persoon.VolledigeNaam, persoon?.Bsn.Gemaskeerd ?? string.Empty,
                h.Start, h.Stop, w.Huidige?.Bedrag ?? 0m, w.Reden);
        }).ToList();
        // Issue 15: count and total of a delivery's lines in SQL; a full delivery of a city holds ~78,000 of them.
        var aanleveringen = await db.CakAanleveringen.AsNoTracking().Where(a => a.Jaar == maand.Jaar && a.Maand == maand.Maand)
            .OrderByDescending(a => a.Volgnummer)
            .Select(a => new AanleveringRegel(a.Id, a.Volgnummer, a.Soort, a.AangemaaktOp, a.Regels.Count, a.Regels.Sum(r => r.Bedrag)))
            .ToListAsync(ct);
        return new Heffingsoverzicht(maand, berekend.AantalGeheven, berekend.TotaalBedrag, berekend.PerWijziging, regels, pagina, grootte,
            berekend.Wijzigingen.Count, aanleveringen, bewaard.BerekendOp, bewaard.WordtBijgewerkt);
    }
}
