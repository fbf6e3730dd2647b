using Wmo.Domain.Common;

namespace Wmo.Domain.EigenBijdrage;

/// <summary>Why a charge is in a delivery or an overview: the reden van wijziging (docs/cak-export.md).</summary>
public enum RedenWijzigingHeffing
{
    /// <summary>Not charged before (previous period, or earlier deliveries of this period).</summary>
    Nieuw = 1,

    /// <summary>Charged before with other data (member charged, amount, start, or a stop withdrawn).</summary>
    Gewijzigd = 2,

    /// <summary>A stop was reported: the support of the household ends on the stop date.</summary>
    Beeindigd = 3,

    /// <summary>Charged before, not any more (the support stopped earlier or was withdrawn): amount 0.</summary>
    Vervallen = 4,

    /// <summary>Only in a full delivery: charged as in the previous period.</summary>
    Ongewijzigd = 5,
}

/// <summary>One household's charge and why it changed; <see cref="Huidige"/> is null when it is <see cref="RedenWijzigingHeffing.Vervallen"/>.</summary>
public sealed record HeffingWijziging(Guid HuishoudenId, RedenWijzigingHeffing Reden, Huishoudheffing? Vorige, Huishoudheffing? Huidige);

/// <summary>
/// Compares two sets of charges (the previous period's with this one's, or the last delivered state of a period with the
/// charges now): the mutations the CAK needs (002 §5.3, §9.6: the gemeente supplies start and stop to the CAK).
/// </summary>
public static class HeffingMutaties
{
    public static IReadOnlyList<HeffingWijziging> Bepaal(IEnumerable<Huishoudheffing> vorige, IEnumerable<Huishoudheffing> huidige, bool metOngewijzigd = false)
    {
        var oud = vorige.ToDictionary(h => h.HuishoudenId);
        var nieuw = huidige.ToDictionary(h => h.HuishoudenId);
        var wijzigingen = new List<HeffingWijziging>();
        foreach (var heffing in nieuw.Values)
        {
            var reden = Reden(oud.GetValueOrDefault(heffing.HuishoudenId), heffing);
            if (reden != RedenWijzigingHeffing.Ongewijzigd || metOngewijzigd)
            {
                wijzigingen.Add(new HeffingWijziging(heffing.HuishoudenId, reden, oud.GetValueOrDefault(heffing.HuishoudenId), heffing));
            }
        }

        wijzigingen.AddRange(oud.Values.Where(h => !nieuw.ContainsKey(h.HuishoudenId))
            .Select(h => new HeffingWijziging(h.HuishoudenId, RedenWijzigingHeffing.Vervallen, h, null)));
        return wijzigingen;
    }

    // docs/cak-export.md: a new stop is Beeindigd; any other difference in what the CAK receives is Gewijzigd.
    private static RedenWijzigingHeffing Reden(Huishoudheffing? vorige, Huishoudheffing huidige)
    {
        if (vorige is null)
        {
            return RedenWijzigingHeffing.Nieuw;
        }

        if (huidige.Stop is not null && huidige.Stop != vorige.Stop)
        {
            return RedenWijzigingHeffing.Beeindigd;
        }

        return vorige.GehevenInwonerId != huidige.GehevenInwonerId || vorige.Bedrag != huidige.Bedrag || vorige.Start != huidige.Start || vorige.Stop != huidige.Stop
            ? RedenWijzigingHeffing.Gewijzigd
            : RedenWijzigingHeffing.Ongewijzigd;
    }
}

public enum AanleveringSoort
{
    /// <summary>The first delivery of a period: every household charged.</summary>
    Volledig = 1,

    /// <summary>A later delivery of the same period: only the mutations since the deliveries before it.</summary>
    Mutaties = 2,
}

/// <summary>One line as delivered; a <see cref="RedenWijzigingHeffing.Vervallen"/> line has amount 0.</summary>
public sealed class CakAanleveringRegel
{
    private CakAanleveringRegel()
    {
    }

    internal CakAanleveringRegel(Guid huishoudenId, Guid inwonerId, decimal bedrag, DateOnly start, DateOnly? stop, RedenWijzigingHeffing reden)
    {
        HuishoudenId = huishoudenId;
        InwonerId = inwonerId;
        Bedrag = bedrag;
        Start = start;
        Stop = stop;
        Reden = reden;
    }

    public int Id { get; private set; }

    public Guid HuishoudenId { get; private set; }

    /// <summary>The member charged (its BSN goes in the file).</summary>
    public Guid InwonerId { get; private set; }

    public decimal Bedrag { get; private set; }

    public DateOnly Start { get; private set; }

    public DateOnly? Stop { get; private set; }

    public RedenWijzigingHeffing Reden { get; private set; }
}

/// <summary>
/// One delivery of charges to the CAK for one month (002 §5.3, §9.6). The first delivery of a month holds every charge;
/// a later one only what changed since the deliveries before it, like the real exchange.
/// </summary>
public sealed class CakAanlevering
{
    private readonly List<CakAanleveringRegel> _regels = [];

    private CakAanlevering()
    {
    }

    private CakAanlevering(Heffingsmaand maand, int volgnummer, AanleveringSoort soort, DateTimeOffset moment, Guid? doorId)
    {
        Id = Guid.CreateVersion7();
        Jaar = maand.Jaar;
        Maand = maand.Maand;
        Volgnummer = volgnummer;
        Soort = soort;
        AangemaaktOp = moment;
        AangemaaktDoorId = doorId;
    }

    public Guid Id { get; private set; }

    public int Jaar { get; private set; }

    public int Maand { get; private set; }

    /// <summary>1 for the first delivery of the month, then 2, 3, ...</summary>
    public int Volgnummer { get; private set; }

    public AanleveringSoort Soort { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public Guid? AangemaaktDoorId { get; private set; }

    public IReadOnlyList<CakAanleveringRegel> Regels => _regels;

    public Heffingsmaand Heffingsmaand => new(Jaar, Maand);

    public decimal Totaal => _regels.Sum(r => r.Bedrag);

    /// <summary>
    /// Builds the next delivery of <paramref name="maand"/>: null when nothing changed since the earlier deliveries.
    /// <paramref name="vorigePeriode"/> gives the reden of a first delivery; <paramref name="eerdere"/> are this month's earlier deliveries.
    /// </summary>
    public static CakAanlevering? Maak(Heffingsmaand maand, IReadOnlyList<Huishoudheffing> heffingen, IReadOnlyList<Huishoudheffing> vorigePeriode,
        IReadOnlyList<CakAanlevering> eerdere, DateOnly vandaag, DateTimeOffset moment, Guid? doorId)
    {
        AlleenVerstrekenOfLopendeMaand(maand, vandaag);
        AanleveringenVanDezeMaand(maand, eerdere);
        AlleHeffingenVanDezeMaand(maand, heffingen);
        var eerste = eerdere.Count == 0;
        var wijzigingen = eerste
            ? HeffingMutaties.Bepaal(vorigePeriode, heffingen, metOngewijzigd: true).Where(w => w.Huidige is not null).ToList()
            : HeffingMutaties.Bepaal(GeleverdeStand(maand, eerdere), heffingen);
        if (!eerste && wijzigingen.Count == 0)
        {
            return null;
        }

        var aanlevering = new CakAanlevering(maand, eerdere.Count == 0 ? 1 : eerdere.Max(a => a.Volgnummer) + 1, eerste ? AanleveringSoort.Volledig : AanleveringSoort.Mutaties, moment, doorId);
        foreach (var w in wijzigingen.OrderBy(w => w.HuishoudenId))
        {
            var h = w.Huidige ?? w.Vorige!;
            aanlevering._regels.Add(new CakAanleveringRegel(h.HuishoudenId, h.GehevenInwonerId, w.Huidige is null ? 0m : h.Bedrag, h.Start, h.Stop, w.Reden));
        }

        return aanlevering;
    }

    /// <summary>What the CAK holds for <paramref name="maand"/> after <paramref name="eerdere"/>: the last line per household, without the vervallen ones.</summary>
    public static IReadOnlyList<Huishoudheffing> GeleverdeStand(Heffingsmaand maand, IEnumerable<CakAanlevering> eerdere) =>
    [
        .. eerdere.OrderBy(a => a.Volgnummer).SelectMany(a => a.Regels)
            .GroupBy(r => r.HuishoudenId).Select(g => g.Last())
            .Where(r => r.Reden != RedenWijzigingHeffing.Vervallen)
            .Select(r => new Huishoudheffing(r.HuishoudenId, r.InwonerId, maand.Periode, r.Bedrag, r.Start, r.Stop)),
    ];

    // 002 §5.3: the gemeente delivers start and stop as they are known; a month that has not begun has nothing to deliver yet.
    private static void AlleenVerstrekenOfLopendeMaand(Heffingsmaand maand, DateOnly vandaag) =>
        Regel.Eis(maand.Periode.Start <= vandaag, nameof(AlleenVerstrekenOfLopendeMaand), $"De periode {maand} is nog niet begonnen; lever een lopende of verstreken maand aan.");

    private static void AanleveringenVanDezeMaand(Heffingsmaand maand, IEnumerable<CakAanlevering> eerdere) =>
        Regel.Eis(eerdere.All(a => a.Heffingsmaand == maand), nameof(AanleveringenVanDezeMaand), "Eerdere aanleveringen horen bij een andere periode.");

    // 002 §4.8: one charge per household per period.
    private static void AlleHeffingenVanDezeMaand(Heffingsmaand maand, IReadOnlyList<Huishoudheffing> heffingen)
    {
        Regel.Eis(heffingen.All(h => h.Periode == maand.Periode), nameof(AlleHeffingenVanDezeMaand), $"Er zijn heffingen van een andere periode dan {maand} aangeboden.");
        Regel.Eis(heffingen.Select(h => h.HuishoudenId).Distinct().Count() == heffingen.Count, Regelnamen.EenHeffingPerHuishoudenPerPeriode, "Een huishouden komt maar één keer per periode voor.");
    }
}
