using Wmo.Domain.Besluiten;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Domain.ValueObjects;

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

    /// <summary>
    /// Registers a bezwaarschrift. Without gronden (<paramref name="omschrijving"/> empty) it is registered all the same and
    /// needs a hersteltermijn (<see cref="VraagOmHerstel"/>, Awb 6:6); it cannot be decided on the merits until the gronden are in.
    /// </summary>
    public Bezwaar(Beschikking beschikking, DateOnly ontvangenOp, string? omschrijving, bool adviescommissie, Actor geregistreerdDoor, DateOnly? poststempelOp = null)
    {
        // Awb 6:9 lid 2: the postmark is the day the bezwaarschrift was posted, so never after its receipt.
        Regel.Eis(poststempelOp is null || poststempelOp <= ontvangenOp, Regelnamen.PoststempelNietNaOntvangst, "De poststempel kan niet later zijn dan de ontvangst.");
        PoststempelOp = poststempelOp;
        // 002 §4.9: bezwaar is lodged against a beschikking that was sent.
        Regel.Eis(beschikking.BezwaartermijnEinde is not null, Regelnamen.BezwaarTegenVerzondenBeschikking, "Bezwaar kan alleen tegen een verzonden beschikking.");
        Regel.Eis(ontvangenOp >= beschikking.Verzenddatum, Regelnamen.BezwaarNaVerzending, "Het bezwaar kan niet eerder zijn ontvangen dan de beschikking is verzonden.");
        Id = Guid.CreateVersion7();
        BeschikkingId = beschikking.Id;
        OntvangenOp = ontvangenOp;
        BezwaartermijnEinde = beschikking.BezwaartermijnEinde!.Value;
        // Awb 6:5 lid 1 onder d and 6:6: a bezwaarschrift without gronden is still a bezwaarschrift; it gets a hersteltermijn.
        Omschrijving = omschrijving?.Trim() ?? string.Empty;
        GrondenOntbreken = Omschrijving.Length == 0;
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

    /// <summary>The bezwaarschrift came in without gronden (Awb 6:5 lid 1 onder d) and they have not been supplied yet.</summary>
    public bool GrondenOntbreken { get; private set; }

    /// <summary>The day the indiener was asked to supply the gronden (Awb 6:6); null without such a request.</summary>
    public DateOnly? HerstelVerzochtOp { get; private set; }

    /// <summary>The last day of the hersteltermijn given for the gronden (Awb 6:6).</summary>
    public DateOnly? HersteltermijnTot { get; private set; }

    /// <summary>The day the gronden came in (the verzuim was hersteld); null while they are missing.</summary>
    public DateOnly? GrondenAangevuldOp { get; private set; }

    /// <summary>Days of further postponement the indiener agreed to (Awb 7:10 lid 4).</summary>
    public int UitstelMetInstemmingDagen { get; private set; }

    /// <summary>How and when the indiener agreed to the further postponement (Awb 7:10 lid 4).</summary>
    public string? UitstelInstemming { get; private set; }

    /// <summary>Why the late bezwaar is excusable (Awb 6:11); null when not declared so.</summary>
    public string? VerschoonbaarMotivering { get; private set; }

    public bool IsVerschoonbaar => VerschoonbaarMotivering is not null;

    /// <summary>Awb 7:10: the bezwaar awaits a decision; only then can it be decided, extended, supplemented or withdrawn.</summary>
    public bool IsInBehandeling => Status == BezwaarStatus.InBehandeling;

    /// <summary>Awb 7:10 lid 3: the beslistermijn can still be extended (once).</summary>
    public bool KanVerdagen => IsInBehandeling && VerdagingDagen == 0;

    /// <summary>Awb 6:6: the gronden can still be supplied.</summary>
    public bool KanGrondenAanvullen => IsInBehandeling && GrondenOntbreken;

    /// <summary>Awb 6:11: a late bezwaar can still be declared excusable.</summary>
    public bool KanVerschoonbaarVerklaren => IsInBehandeling && !IsTijdig && !IsVerschoonbaar;

    /// <summary>Withdrawn by the indiener (Awb 6:21) before a decision.</summary>
    public bool IsIngetrokken => Status == BezwaarStatus.Ingetrokken;

    /// <summary>
    /// Awb 6:7 and 6:9 lid 1: on time when received no later than the last day of the bezwaartermijn; lid 2: also when posted
    /// before the end of the term and received no later than a week after it.
    /// </summary>
    public bool IsTijdig => Feiten.IsTijdig;

    /// <summary>The stored facts the beslistermijn follows from, so a report can group by them and compute each term once.</summary>
    public BeslistermijnFeiten Feiten => new(BezwaartermijnEinde, OntvangenOp, PoststempelOp, Adviescommissie, VerdagingDagen,
        UitstelMetInstemmingDagen, HerstelVerzochtOp, HersteltermijnTot, GrondenAangevuldOp, UitstelInstemming);

    /// <summary>
    /// Awb 7:10 lid 1: 6 weeks (12 with a committee) from the end of the bezwaartermijn, plus any extension; for a bezwaar
    /// received after the bezwaartermijn, from the day after its receipt.
    /// </summary>
    /// <remarks>
    /// Awb 7:10 lid 2: suspended from the day after the request to supply the gronden until they came in or the hersteltermijn
    /// expired unused (while it runs, up to <paramref name="vandaag"/>); lid 3 and 4: plus the verdaging and the further
    /// postponement agreed to by the indiener.
    /// </remarks>
    public Termijn Beslistermijn(TermijnInstellingen instellingen, DateOnly? vandaag = null) => Feiten.Beslistermijn(instellingen, vandaag);

    /// <summary>
    /// The days the beslistermijn is suspended for the hersteltermijn (Awb 7:10 lid 2): from the day after the request up to
    /// the day the gronden came in (exclusive), or through the last day of an unused hersteltermijn; null when nothing is suspended.
    /// </summary>
    public (Periode Periode, int Dagen)? OpgeschortVoorHerstel(DateOnly? vandaag = null) => Feiten.OpgeschortVoorHerstel(vandaag);

    /// <summary>
    /// Awb 6:6: the indiener is given until <paramref name="termijnTot"/> to supply the gronden; the beslistermijn is suspended
    /// meanwhile (Awb 7:10 lid 2).
    /// </summary>
    public void VraagOmHerstel(DateOnly verzochtOp, DateOnly termijnTot)
    {
        InBehandeling();
        verzochtOp = Regel.BruikbareDatum(verzochtOp);
        termijnTot = Regel.BruikbareDatum(termijnTot);
        Regel.Eis(GrondenOntbreken, Regelnamen.HerstelAlleenBijOntbrekendeGronden, "Dit bezwaarschrift bevat de gronden al; er is niets te herstellen.");
        Regel.Eis(HerstelVerzochtOp is null, Regelnamen.EenHersteltermijn, "Er is al om herstel gevraagd.");
        Regel.Eis(verzochtOp >= OntvangenOp, Regelnamen.HerstelNaOntvangst, "Om herstel vragen kan niet vóór de ontvangst van het bezwaarschrift.");
        Regel.Eis(termijnTot > verzochtOp, Regelnamen.HersteltermijnNaVerzoek, "De hersteltermijn eindigt na de dag van het verzoek.");
        HerstelVerzochtOp = verzochtOp;
        HersteltermijnTot = termijnTot;
    }

    /// <summary>The gronden came in on <paramref name="ontvangenOp"/> (Awb 6:6: the verzuim is hersteld); the beslistermijn runs again.</summary>
    public void VulGrondenAan(string gronden, DateOnly ontvangenOp)
    {
        InBehandeling();
        ontvangenOp = Regel.BruikbareDatum(ontvangenOp);
        Regel.Eis(GrondenOntbreken, Regelnamen.HerstelAlleenBijOntbrekendeGronden, "Dit bezwaarschrift bevat de gronden al.");
        Regel.Eis(ontvangenOp >= OntvangenOp, Regelnamen.HerstelNaOntvangst, "De gronden kunnen niet vóór het bezwaarschrift zijn ontvangen.");
        Omschrijving = Regel.VerplichteTekst(gronden, Regelnamen.BezwaarHeeftGronden, "Noteer de gronden van het bezwaar.");
        GrondenOntbreken = false;
        GrondenAangevuldOp = ontvangenOp;
    }

    /// <summary>
    /// Awb 7:10 lid 4: further postponement beyond lid 3, only as far as the indiener agrees (recorded how and when) and other
    /// belanghebbenden are not harmed by it.
    /// </summary>
    public void StelUitMetInstemming(int dagen, bool indienerStemtIn, string instemming)
    {
        InBehandeling();
        Regel.Eis(indienerStemtIn, Regelnamen.UitstelMetInstemmingIndiener, "Verder uitstel kan alleen als de indiener ermee instemt (Awb 7:10 lid 4).");
        Regel.Eis(dagen is > 0 and <= 365, Regelnamen.UitstelMetInstemmingIndiener, "Vul het aantal dagen uitstel in (1 tot en met 365).");
        var tekst = Regel.VerplichteTekst(instemming, Regelnamen.UitstelInstemmingVastgelegd, "Leg vast hoe en wanneer de indiener met het uitstel instemde.");
        UitstelMetInstemmingDagen += dagen;
        UitstelInstemming = UitstelInstemming is null ? tekst : $"{UitstelInstemming}; {tekst}";
    }

    /// <summary>
    /// Awb 6:11: a bezwaar received after the term is still dealt with on the merits when the lateness is excusable; the
    /// reason is recorded. Without it, a late bezwaar can only be declared niet-ontvankelijk.
    /// </summary>
    public void VerklaarVerschoonbaar(string motivering)
    {
        InBehandeling();
        Regel.Eis(!IsTijdig, Regelnamen.VerschoonbaarAlleenBijTelaatBezwaar, "Dit bezwaar is op tijd ingediend; verschoonbaarheid is niet aan de orde.");
        VerschoonbaarMotivering = Regel.VerplichteTekst(motivering, Regelnamen.VerschoonbaarheidGemotiveerd, "Motiveer waarom de termijnoverschrijding verschoonbaar is.");
    }

    private void InBehandeling() =>
        Regel.Eis(IsInBehandeling, Regelnamen.BezwaarInBehandeling, "Dit bezwaar is niet meer in behandeling.");


    public void Verdaag(int dagen)
    {
        // Awb 7:10 lid 3: the beslistermijn can be extended once by at most 6 weeks.
        InBehandeling();
        Regel.Eis(VerdagingDagen == 0 && dagen is > 0 and <= 42, Regelnamen.VerdagingHoogstensZesWeken, "De beslistermijn kan één keer met hoogstens 6 weken worden verdaagd.");
        VerdagingDagen = dagen;
    }

    public void Beslis(BezwaarBeslissing beslissing, string toelichting, DateOnly datum)
    {
        InBehandeling();
        Regel.Eis(datum >= OntvangenOp, Regelnamen.BeslissingNaOntvangst, "De beslissing kan niet vóór de ontvangst van het bezwaar liggen.");

        // Awb 6:11: a late bezwaar is niet-ontvankelijk unless the lateness was declared excusable, with a motivation.
        Regel.Eis(IsTijdig || beslissing == BezwaarBeslissing.NietOntvankelijk || IsVerschoonbaar, Regelnamen.TelaatBezwaarMotiveren,
            "Dit bezwaar kwam te laat binnen; verklaar de termijnoverschrijding eerst gemotiveerd verschoonbaar, of verklaar het niet-ontvankelijk.");

        // Awb 6:6: without gronden only niet-ontvankelijk, and only after the indiener had the chance to supply them.
        Regel.Eis(!GrondenOntbreken || (beslissing == BezwaarBeslissing.NietOntvankelijk && HersteltermijnTot is { } tot && datum > tot), Regelnamen.ZonderGrondenNaHersteltermijn,
            "Het bezwaarschrift bevat geen gronden: vraag eerst om herstel; na de hersteltermijn kan het alleen niet-ontvankelijk worden verklaard.");
        Beslissing = beslissing;
        BeslissingToelichting = Regel.VerplichteTekst(toelichting, Regelnamen.BeslissingHeeftToelichting, "Licht de beslissing op het bezwaar toe.");
        BeslistOp = datum;
        Status = BezwaarStatus.Beslist;
    }

    public void TrekIn(DateOnly datum)
    {
        InBehandeling();
        Status = BezwaarStatus.Ingetrokken;
        BeslistOp = datum;
    }
}
