using Wmo.Domain.Termijnen;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Bezwaren;

/// <summary>
/// The stored facts of a bezwaar that its beslistermijn follows from (Awb 6:7, 6:9, 7:10); <see cref="UitstelInstemming"/> only explains. The bezwaar computes its own term
/// from them, and a report that groups bezwaren by these facts computes each group's term with the same rule.
/// </summary>
public sealed record BeslistermijnFeiten(
    DateOnly BezwaartermijnEinde,
    DateOnly OntvangenOp,
    DateOnly? PoststempelOp,
    bool Adviescommissie,
    int VerdagingDagen,
    int UitstelMetInstemmingDagen,
    DateOnly? HerstelVerzochtOp,
    DateOnly? HersteltermijnTot,
    DateOnly? GrondenAangevuldOp,
    string? UitstelInstemming = null)
{
    // Awb 6:9 lid 2: a bezwaarschrift posted in time may arrive up to a week after the end of the term.
    private const int DagenNaTermijnPerPost = 7;

    /// <summary>
    /// Awb 6:7 and 6:9 lid 1: on time when received no later than the last day of the bezwaartermijn; lid 2: also when posted
    /// before the end of the term and received no later than a week after it.
    /// </summary>
    public bool IsTijdig =>
        OntvangenOp <= BezwaartermijnEinde
        || (PoststempelOp is { } post && post <= BezwaartermijnEinde && OntvangenOp <= BezwaartermijnEinde.AddDays(DagenNaTermijnPerPost));

    /// <summary>
    /// Awb 7:10 lid 1: 6 weeks (12 with a committee) from the end of the bezwaartermijn, plus any extension; for a bezwaar
    /// received after the bezwaartermijn, from the day after its receipt.
    /// </summary>
    /// <remarks>
    /// Awb 7:10 lid 2: suspended from the day after the request to supply the gronden until they came in or the hersteltermijn
    /// expired unused (while it runs, up to <paramref name="vandaag"/>); lid 3 and 4: plus the verdaging and the further
    /// postponement agreed to by the indiener.
    /// </remarks>
    public Termijn Beslistermijn(TermijnInstellingen instellingen, DateOnly? vandaag = null)
    {
        ArgumentNullException.ThrowIfNull(instellingen);
        var dagen = instellingen.BeslissingOpBezwaarDagen + (Adviescommissie ? instellingen.BeslissingOpBezwaarDagen : 0) + VerdagingDagen + UitstelMetInstemmingDagen;
        var aanvang = IsTijdig ? BezwaartermijnEinde : OntvangenOp;
        var herstel = OpgeschortVoorHerstel(vandaag);
        var termijn = Termijn.Bereken(TermijnSoort.BeslissingOpBezwaar, aanvang, dagen, instellingen.Kalender, herstel?.Dagen ?? 0);
        var uitleg = new List<string>(termijn.Uitleg);
        if (herstel is { } h)
        {
            uitleg.Add($"opgeschort (Awb 7:10 lid 2) van {h.Periode.Start:yyyy-MM-dd} tot en met {h.Periode.Einde:yyyy-MM-dd} voor het aanvullen van de gronden");
        }

        if (UitstelMetInstemmingDagen > 0)
        {
            uitleg.Add($"verder uitgesteld met {UitstelMetInstemmingDagen} dagen met instemming van de indiener (Awb 7:10 lid 4)" + (UitstelInstemming is null ? string.Empty : $": {UitstelInstemming}"));
        }

        return termijn with { Uitleg = uitleg };
    }

    /// <summary>
    /// The days the beslistermijn is suspended for the hersteltermijn (Awb 7:10 lid 2): from the day after the request up to
    /// the day the gronden came in (exclusive), or through the last day of an unused hersteltermijn; null when nothing is suspended.
    /// </summary>
    public (Periode Periode, int Dagen)? OpgeschortVoorHerstel(DateOnly? vandaag = null)
    {
        if (HerstelVerzochtOp is not { } verzocht || HersteltermijnTot is not { } tot)
        {
            return null;
        }

        var start = verzocht.AddDays(1);
        var laatste = GrondenAangevuldOp is { } aangevuld ? aangevuld.AddDays(-1) : (vandaag is { } v && v < tot ? v : tot);
        return laatste < start ? null : (new Periode(start, laatste), laatste.DayNumber - start.DayNumber + 1);
    }
}
