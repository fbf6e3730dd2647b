using Wmo.Domain.Common;

namespace Wmo.Domain.Termijnen;

/// <summary>
/// The dwangsom bij niet tijdig beslissen as policy data (Awb art. 4:17): the amount per day in each of the three periods
/// the law names, the maximum number of days and the source, stored with each <c>Beleidsversie</c> so a change of the law
/// is a change of data (a new version from the day it applies).
/// </summary>
public sealed record DwangsomTarief(decimal EersteVeertienDagenPerDag, decimal VolgendeVeertienDagenPerDag, decimal DaarnaPerDag, int MaximumDagen, string Bron)
{
    public const int BronLengte = 300;

    /// <summary>Awb 4:17 lid 2: "de eerste veertien dagen", "de daaropvolgende veertien dagen", "de overige dagen".</summary>
    public const int DagenPerStap = 14;

    /// <summary>Awb 4:17 lid 1 (at most 42 days) and lid 2 (€ 23 the first 14 days, € 35 the next 14, € 45 after that).</summary>
    public static DwangsomTarief Awb { get; } = new(23m, 35m, 45m, 42,
        "Awb art. 4:17 lid 1 en 2 (Wet dwangsom en beroep bij niet tijdig beslissen, sinds 1 oktober 2009)");

    /// <summary>The most the dwangsom can amount to (€ 1.442 under the Awb).</summary>
    public decimal Maximum => Bedrag(MaximumDagen);

    /// <summary>The dwangsom over <paramref name="dagenInGebreke"/> days, capped at <see cref="MaximumDagen"/>.</summary>
    public decimal Bedrag(int dagenInGebreke)
    {
        var dagen = Math.Clamp(dagenInGebreke, 0, MaximumDagen);
        var eerste = Math.Min(dagen, DagenPerStap);
        var volgende = Math.Min(dagen - eerste, DagenPerStap);
        return (eerste * EersteVeertienDagenPerDag) + (volgende * VolgendeVeertienDagenPerDag) + ((dagen - eerste - volgende) * DaarnaPerDag);
    }

    // Awb 4:17 lid 1 and 2: amounts per day and a maximum number of days; a negative amount, an absurd one or a maximum
    // beyond a year is a typing error, not policy, and the amounts only rise over time (lid 2).
    public void DwangsomTariefIsRedelijk()
    {
        decimal[] bedragen = [EersteVeertienDagenPerDag, VolgendeVeertienDagenPerDag, DaarnaPerDag];
        Regel.Eis(Array.TrueForAll(bedragen, b => b is >= 0 and <= 1000 && decimal.Round(b, 2) == b), nameof(DwangsomTariefIsRedelijk),
            "Een dwangsom per dag is een bedrag van € 0 tot en met € 1.000 in hele centen.");
        Regel.Eis(EersteVeertienDagenPerDag <= VolgendeVeertienDagenPerDag && VolgendeVeertienDagenPerDag <= DaarnaPerDag, nameof(DwangsomTariefIsRedelijk),
            "De dwangsom per dag loopt op (Awb 4:17 lid 2): de volgende veertien dagen zijn minstens de eerste, de overige dagen minstens de volgende.");
        Regel.Eis(MaximumDagen is >= 1 and <= 365, nameof(DwangsomTariefIsRedelijk), "De dwangsom loopt 1 tot en met 365 dagen (Awb 4:17 lid 1: 42).");
        Regel.Eis(!string.IsNullOrWhiteSpace(Bron) && Bron.Trim().Length <= BronLengte, nameof(DwangsomTariefIsRedelijk),
            $"Noem de bron van de bedragen (hoogstens {BronLengte} tekens), bijvoorbeeld het artikel van de Awb.");
    }
}

/// <summary>
/// A written ingebrekestelling after the beslistermijn expired (Awb 4:17 lid 1). The dwangsom runs from the day two weeks
/// after its receipt (lid 3) for each day the gemeente is still in gebreke.
/// </summary>
public sealed record Ingebrekestelling(DateOnly OntvangenOp)
{
    private const int WekenVoorDwangsom = 2;

    /// <summary>Awb 4:17 lid 3: the first day is the day on which two weeks have passed after the receipt.</summary>
    public DateOnly EersteDwangsomdag => OntvangenOp.AddDays(7 * WekenVoorDwangsom);

    /// <summary>Days in gebreke from the first dwangsom day up to and including <paramref name="totEnMet"/> (the day before the besluit, or today).</summary>
    public int DagenInGebreke(DateOnly totEnMet) => Math.Max(0, totEnMet.DayNumber - EersteDwangsomdag.DayNumber + 1);

    public decimal Dwangsom(DateOnly totEnMet, DwangsomTarief tarief) => tarief.Bedrag(DagenInGebreke(totEnMet));
}
