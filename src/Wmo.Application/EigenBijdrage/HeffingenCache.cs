using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wmo.Domain.EigenBijdrage;

namespace Wmo.Application.EigenBijdrage;

/// <summary>
/// The heffingen of one month for the whole gemeente as the overview shows them: every household charged in the month or the
/// month before, with its change, in the overview's order, and the totals.
/// </summary>
public sealed record HeffingenVanMaand(IReadOnlyList<HeffingWijziging> Wijzigingen, int AantalGeheven, decimal TotaalBedrag, IReadOnlyDictionary<RedenWijzigingHeffing, int> PerWijziging)
{
    private static readonly RedenWijzigingHeffing[] Volgorde =
        [RedenWijzigingHeffing.Nieuw, RedenWijzigingHeffing.Beeindigd, RedenWijzigingHeffing.Gewijzigd, RedenWijzigingHeffing.Vervallen, RedenWijzigingHeffing.Ongewijzigd];

    public static HeffingenVanMaand Uit(IReadOnlyList<Huishoudheffing> huidig, IReadOnlyList<Huishoudheffing> vorig)
    {
        ArgumentNullException.ThrowIfNull(huidig);
        var wijzigingen = HeffingMutaties.Bepaal(vorig, huidig, metOngewijzigd: true)
            .OrderBy(w => Array.IndexOf(Volgorde, w.Reden)).ThenBy(w => (w.Huidige ?? w.Vorige)!.Start).ThenBy(w => w.HuishoudenId).ToList();
        return new HeffingenVanMaand(wijzigingen, huidig.Count, huidig.Sum(h => h.Bedrag), wijzigingen.GroupBy(w => w.Reden).ToDictionary(g => g.Key, g => g.Count()));
    }
}

/// <summary>
/// The heffingen of a month for the overview, kept per month as <see cref="BewaardeBerekening{TSleutel, TWaarde}"/> describes.
/// Issue 15: computing them reads all support of the gemeente for two months and took ~3.9 s per page view at the scale of
/// amsterdam, for every page of the list; the overview's totals are over the whole gemeente, so that work is inherent, not
/// per request. A delivery to the CAK computes fresh (<see cref="CakAanleveren"/>) and keeps what it computed here, so the
/// overview right after a delivery shows the heffingen that were delivered.
/// </summary>
public sealed class HeffingenCache(IServiceScopeFactory scopes, TimeProvider klok, ILogger<HeffingenCache> log)
    : BewaardeBerekening<Heffingsmaand, HeffingenVanMaand>(scopes, klok, log)
{
    protected override string Omschrijving => "de heffingen";

    public Task<Bewaard<HeffingenVanMaand>> HeffingenAsync(Heffingsmaand maand, CancellationToken ct = default) => LeesAsync(maand, ct);

    /// <summary>Keeps the heffingen that <see cref="CakAanleveren"/> has just computed from the database.</summary>
    public void Bewaar(Heffingsmaand maand, IReadOnlyList<Huishoudheffing> huidig, IReadOnlyList<Huishoudheffing> vorig, DateTimeOffset berekendOp) =>
        Bewaar(maand, HeffingenVanMaand.Uit(huidig, vorig), berekendOp);

    protected override async Task<HeffingenVanMaand> BerekenAsync(IServiceProvider diensten, Heffingsmaand maand)
    {
        var (huidig, vorig) = await diensten.GetRequiredService<HeffingenBerekenen>().MetVorigeMaandAsync(maand, CancellationToken.None);
        return HeffingenVanMaand.Uit(huidig, vorig);
    }
}
