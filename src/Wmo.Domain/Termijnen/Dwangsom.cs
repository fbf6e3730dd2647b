namespace Wmo.Domain.Termijnen;

/// <summary>One step of the dwangsom: the amount per day up to and including day <see cref="TotEnMetDag"/> in gebreke.</summary>
public sealed record DwangsomStaffel(int TotEnMetDag, decimal BedragPerDag);

/// <summary>
/// The dwangsom bij niet tijdig beslissen as policy data (Awb art. 4:17): the amounts per day and the maximum number of days,
/// with their source, so a change of the law is a change of data.
/// </summary>
public sealed record DwangsomTarief(IReadOnlyList<DwangsomStaffel> Staffels, int MaximumDagen, string Bron)
{
    /// <summary>Awb 4:17 lid 1 (at most 42 days) and lid 2 (€ 23 the first 14 days, € 35 the next 14, € 45 after that).</summary>
    public static DwangsomTarief Awb { get; } = new(
        [new DwangsomStaffel(14, 23m), new DwangsomStaffel(28, 35m), new DwangsomStaffel(42, 45m)],
        42,
        "Awb art. 4:17 lid 1 en 2 (Wet dwangsom en beroep bij niet tijdig beslissen, sinds 1 oktober 2009)");

    /// <summary>The most the dwangsom can amount to (€ 1.442 under the Awb).</summary>
    public decimal Maximum => Bedrag(MaximumDagen);

    /// <summary>The dwangsom over <paramref name="dagenInGebreke"/> days, capped at <see cref="MaximumDagen"/>.</summary>
    public decimal Bedrag(int dagenInGebreke)
    {
        var totaal = 0m;
        for (var dag = 1; dag <= Math.Min(dagenInGebreke, MaximumDagen); dag++)
        {
            totaal += Staffels.First(s => dag <= s.TotEnMetDag || s == Staffels[^1]).BedragPerDag;
        }

        return totaal;
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
