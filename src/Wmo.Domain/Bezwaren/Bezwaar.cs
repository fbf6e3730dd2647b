using Wmo.Domain.Besluiten;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;

namespace Wmo.Domain.Bezwaren;

public enum BezwaarStatus
{
    InBehandeling = 1,
    Beslist = 2,
    Ingetrokken = 3,
}

public enum BezwaarBeslissing
{
    Gegrond = 1,
    DeelsGegrond = 2,
    Ongegrond = 3,
    NietOntvankelijk = 4,
}

/// <summary>
/// A bezwaar against a beschikking (002 §4.9; Awb hoofdstuk 6-7). Whether it came in on time follows from the
/// bezwaartermijn of the beschikking (Awb 6:7, 6:9); the beslistermijn runs from the end of that term (Awb 7:10).
/// </summary>
public sealed class Bezwaar
{
    private Bezwaar()
    {
        Omschrijving = string.Empty;
    }

    public Bezwaar(Beschikking beschikking, DateOnly ontvangenOp, string omschrijving, bool adviescommissie, Actor geregistreerdDoor, DateOnly? poststempelOp = null)
    {
        // Awb 6:9 lid 2: the postmark is the day the bezwaarschrift was posted, so never after its receipt.
        Regel.Eis(poststempelOp is null || poststempelOp <= ontvangenOp, "PoststempelNietNaOntvangst", "De poststempel kan niet later zijn dan de ontvangst.");
        PoststempelOp = poststempelOp;
        // 002 §4.9: bezwaar is lodged against a beschikking that was sent.
        Regel.Eis(beschikking.BezwaartermijnEinde is not null, "BezwaarTegenVerzondenBeschikking", "Bezwaar kan alleen tegen een verzonden beschikking.");
        Regel.Eis(ontvangenOp >= beschikking.Verzenddatum, "BezwaarNaVerzending", "Het bezwaar kan niet eerder zijn ontvangen dan de beschikking is verzonden.");
        Id = Guid.CreateVersion7();
        BeschikkingId = beschikking.Id;
        OntvangenOp = ontvangenOp;
        BezwaartermijnEinde = beschikking.BezwaartermijnEinde!.Value;
        Omschrijving = Regel.VerplichteTekst(omschrijving, "BezwaarHeeftGronden", "Noteer de gronden van het bezwaar.");
        Adviescommissie = adviescommissie;
        GeregistreerdDoorId = geregistreerdDoor.GebruikerId;
        Status = BezwaarStatus.InBehandeling;
    }

    public Guid Id { get; private set; }

    public Guid BeschikkingId { get; private set; }

    public DateOnly OntvangenOp { get; private set; }

    public DateOnly BezwaartermijnEinde { get; private set; }

    public string Omschrijving { get; private set; }

    /// <summary>With an advisory committee the beslistermijn is 12 weeks instead of 6 (Awb 7:10 lid 1).</summary>
    public bool Adviescommissie { get; private set; }

    public Guid GeregistreerdDoorId { get; private set; }

    public BezwaarStatus Status { get; private set; }

    public BezwaarBeslissing? Beslissing { get; private set; }

    public string? BeslissingToelichting { get; private set; }

    public DateOnly? BeslistOp { get; private set; }

    /// <summary>Days the beslistermijn was extended (Awb 7:10 lid 3: at most 6 weeks).</summary>
    public int VerdagingDagen { get; private set; }

    /// <summary>The postmark of a bezwaarschrift sent by post (Awb 6:9 lid 2); null when delivered otherwise or unknown.</summary>
    public DateOnly? PoststempelOp { get; private set; }

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
    public Termijn Beslistermijn(TermijnInstellingen instellingen)
    {
        var dagen = instellingen.BeslissingOpBezwaarDagen + (Adviescommissie ? instellingen.BeslissingOpBezwaarDagen : 0) + VerdagingDagen;
        var aanvang = IsTijdig ? BezwaartermijnEinde : OntvangenOp;
        return Termijn.Bereken(TermijnSoort.BeslissingOpBezwaar, aanvang, dagen, instellingen.Kalender);
    }

    private const int DagenNaTermijnPerPost = 7;

    public void Verdaag(int dagen)
    {
        // Awb 7:10 lid 3: the beslistermijn can be extended once by at most 6 weeks.
        Regel.Eis(Status == BezwaarStatus.InBehandeling, "BezwaarInBehandeling", "Dit bezwaar is niet meer in behandeling.");
        Regel.Eis(VerdagingDagen == 0 && dagen is > 0 and <= 42, "VerdagingHoogstensZesWeken", "De beslistermijn kan één keer met hoogstens 6 weken worden verdaagd.");
        VerdagingDagen = dagen;
    }

    public void Beslis(BezwaarBeslissing beslissing, string toelichting, DateOnly datum)
    {
        Regel.Eis(Status == BezwaarStatus.InBehandeling, "BezwaarInBehandeling", "Dit bezwaar is niet meer in behandeling.");
        Regel.Eis(datum >= OntvangenOp, "BeslissingNaOntvangst", "De beslissing kan niet vóór de ontvangst van het bezwaar liggen.");

        // Awb 6:11: a late bezwaar is niet-ontvankelijk unless the lateness is excusable, which must be motivated.
        Regel.Eis(IsTijdig || beslissing == BezwaarBeslissing.NietOntvankelijk || !string.IsNullOrWhiteSpace(toelichting), "TelaatBezwaarMotiveren",
            "Dit bezwaar kwam te laat binnen; motiveer waarom het toch inhoudelijk wordt behandeld.");
        Beslissing = beslissing;
        BeslissingToelichting = Regel.VerplichteTekst(toelichting, "BeslissingHeeftToelichting", "Licht de beslissing op het bezwaar toe.");
        BeslistOp = datum;
        Status = BezwaarStatus.Beslist;
    }

    public void TrekIn(DateOnly datum)
    {
        Regel.Eis(Status == BezwaarStatus.InBehandeling, "BezwaarInBehandeling", "Dit bezwaar is niet meer in behandeling.");
        Status = BezwaarStatus.Ingetrokken;
        BeslistOp = datum;
    }
}
