using System.Linq.Expressions;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Plannen;
using Wmo.Domain.Termijnen;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Vragen;

/// <summary>States of the ondersteuningsvraag (DOMAIN.md §2).</summary>
public enum VraagStatus
{
    Gemeld = 1,
    InVraagverheldering = 2,
    UitkomstVastgelegd = 3,
    AdviesVereist = 4,
    AdviesIngediend = 5,
    AdviesTeruggestuurd = 6,
    Getoetst = 7,
    Beschikt = 8,
    Afgesloten = 9,
}

public enum Afsluitreden
{
    Afgerond = 1,
    InwonerZietAf = 2,
    OvergangNaarWlz = 3,
    Verhuisd = 4,
    Overleden = 5,
}

/// <summary>
/// One request for support, from melding to outcome (DOMAIN.md §2): vraagverheldering with gesprekken and the
/// fixed order of checks, the uitkomst, and — for an aanvraag — the path through zwaarwegend advies, toetsing and
/// beschikking. Every transition is checked against one fixed transition table.
/// </summary>
public sealed class Ondersteuningsvraag
{
    private static readonly Dictionary<VraagStatus, VraagStatus[]> _toegestaneOvergangen = new()
    {
        [VraagStatus.Gemeld] = [VraagStatus.InVraagverheldering, VraagStatus.AdviesVereist, VraagStatus.Afgesloten],
        [VraagStatus.InVraagverheldering] = [VraagStatus.UitkomstVastgelegd, VraagStatus.AdviesVereist, VraagStatus.Afgesloten],
        [VraagStatus.UitkomstVastgelegd] = [VraagStatus.AdviesVereist, VraagStatus.Afgesloten],
        // An aanvraag is decided through advies and toetsing, or refused explicitly and motivated by a toetser (issue 11).
        [VraagStatus.AdviesVereist] = [VraagStatus.AdviesIngediend, VraagStatus.Beschikt, VraagStatus.Afgesloten],
        [VraagStatus.AdviesIngediend] = [VraagStatus.AdviesTeruggestuurd, VraagStatus.Getoetst],
        [VraagStatus.AdviesTeruggestuurd] = [VraagStatus.AdviesIngediend],
        [VraagStatus.Getoetst] = [VraagStatus.Beschikt],
        [VraagStatus.Beschikt] = [VraagStatus.Afgesloten],

        // 000 L580, 002 §8.9: even after an advies/doorverwijzing the inwoner may still ask for a beschikking.
        [VraagStatus.Afgesloten] = [VraagStatus.AdviesVereist],
    };

    private readonly List<Gesprek> _gesprekken = [];
    private readonly List<StapAntwoord> _afweging = [];
    private readonly List<LeefgebiedSituatie> _leefgebieden = [];
    private readonly List<Opschorting> _opschortingen = [];
    private readonly List<BeslistermijnOpschorting> _beslistermijnOpschortingen = [];
    private readonly List<KaderBeoordeling> _kaderBeoordelingen = [];

    private Ondersteuningsvraag()
    {
    }

    /// <summary>A vraag registered directly by a professional, for the buurtkamer where it is handled.</summary>
    public Ondersteuningsvraag(Guid huishoudenId, Guid inwonerId, DateOnly meldingsdatum, Guid buurtkamerId)
    {
        Id = Guid.CreateVersion7();
        HuishoudenId = huishoudenId;
        InwonerId = inwonerId;
        Meldingsdatum = meldingsdatum;
        BuurtkamerId = buurtkamerId;
        Status = VraagStatus.Gemeld;
        WerkLopendeTermijnBij();
    }

    /// <summary>A vraag picked up from a first contact: its melding date and buurtkamer carry over (Wmo 2015 art. 2.3.2 lid 1).</summary>
    public Ondersteuningsvraag(Guid huishoudenId, Guid inwonerId, EersteContact eersteContact)
        : this(huishoudenId, inwonerId, eersteContact.Meldingsdatum, eersteContact.BuurtkamerId)
    {
        // A first contact leads to at most one vraag; a second pickup would split the dossier.
        Regel.Eis(eersteContact.OndersteuningsvraagId is null, Regelnamen.EersteContactEenmaalOpgepakt, "Dit eerste contact is al opgepakt.");
        EersteContactId = eersteContact.Id;
        IsUrgent = eersteContact.IsUrgent;
        eersteContact.KoppelAanVraag(Id);
    }

    public Guid Id { get; private set; }

    public Guid HuishoudenId { get; private set; }

    public Guid InwonerId { get; private set; }

    public Guid? EersteContactId { get; private set; }

    /// <summary>
    /// The vraag came from a first contact with a safety signal, so it goes first in the werkvoorraad (DOMAIN.md §2 step 1:
    /// "urgent / safety"). A contact's signal never changes after it is logged, so the vraag keeps the fact itself and a
    /// list sorts on its own row instead of looking up the contact per vraag (issue 15).
    /// </summary>
    public bool IsUrgent { get; private set; }

    /// <summary>The buurt-/dorpskamer where the vraag is handled; decides which sociaal werkers see it (DOMAIN.md §8).</summary>
    public Guid BuurtkamerId { get; private set; }

    /// <summary>Starts the onderzoekstermijn (Wmo 2015 art. 2.3.2 lid 1).</summary>
    public DateOnly Meldingsdatum { get; private set; }

    /// <summary>
    /// The day number (<see cref="DateOnly.DayNumber"/>) the running term's end is counted from: its aanvang (the melding, or
    /// the aanvraag once there is one) plus the days of its ended opschortingen (Awb 4:15), or the day of the verdaging
    /// (Awb 4:14). Kept by every operation that changes those facts (<see cref="WerkLopendeTermijnBij"/>), so a list sorts its
    /// vragen on the term in SQL from the vraag's own row, without reading the opschortingen (issue 15, <see cref="NominaleEinddag"/>).
    /// </summary>
    public int LopendeTermijnVanafDag { get; private set; }

    /// <summary>The day number on which the running term's current opschorting began; null while the term is not suspended or after a verdaging.</summary>
    public int? LopendeTermijnOpgeschortSinds { get; private set; }

    /// <summary>
    /// The days of the onderzoekstermijn's ended opschortingen (Wmo 2015 art. 2.3.2 lid 1, Awb 4:15), kept with
    /// <see cref="OnderzoekOpgeschortSinds"/> by every operation that changes them, so a list computes the term from the
    /// vraag's own row without reading its opschortingen (issue 15, <see cref="OnderzoekstermijnVan(DateOnly, int, int?, TermijnInstellingen, DateOnly)"/>).
    /// </summary>
    public int OnderzoekOpgeschorteDagen { get; private set; }

    /// <summary>The day number on which the onderzoekstermijn's running opschorting began; null while it is not suspended.</summary>
    public int? OnderzoekOpgeschortSinds { get; private set; }

    /// <summary>The days of the beslistermijn's ended opschortingen (Awb 4:15), kept like <see cref="OnderzoekOpgeschorteDagen"/>.</summary>
    public int BeslistermijnOpgeschorteDagen { get; private set; }

    /// <summary>The day number on which the beslistermijn's running opschorting began; null while it is not suspended.</summary>
    public int? BeslistermijnOpgeschortSinds { get; private set; }

    public VraagStatus Status { get; private set; }

    /// <summary>
    /// Picked up for an inwoner whose household lies outside the picker's caseload: the vraag stands on its own and does
    /// not open the household's other vragen, plans and klachten (need-to-know, DOMAIN.md §8; AVG art. 5 lid 1 sub c).
    /// Access to the household comes from the regievoerder's hand-over or an "inzage buiten eigen caseload" with a reason.
    /// </summary>
    public bool HuishoudenAfgeschermd { get; private set; }

    /// <summary>The sociaal werker doing the vraagverheldering.</summary>
    public Guid? BehandelaarId { get; private set; }

    /// <summary>User id of the case's cliëntondersteuner, when that is a portal user; never its beslisser (001 §3.3).</summary>
    public Guid? ClientondersteunerId { get; private set; }

    public string? ClientondersteunerNaam { get; private set; }

    /// <summary>The organisation the cliëntondersteuner works for (e.g. MEE), when not a portal user or to show with one.</summary>
    public string? ClientondersteunerOrganisatie { get; private set; }

    public DateOnly? ClientondersteuningAangebodenOp { get; private set; }

    /// <summary>The day the inwoner was told about the right to hand in a persoonlijk plan (Wmo 2015 art. 2.3.2 lid 2).</summary>
    public DateOnly? GewezenOpPersoonlijkPlanOp { get; private set; }

    public DateOnly? PersoonlijkPlanOntvangenOp { get; private set; }

    /// <summary>The day the written verslag of the onderzoek was given to the inwoner (Wmo 2015 art. 2.3.2 lid 8).</summary>
    public DateOnly? VerslagVerstrektOp { get; private set; }

    public string? VraagAchterDeVraag { get; private set; }

    public Uitkomst? Uitkomst { get; private set; }

    public Guid? UitkomstVastgelegdDoorId { get; private set; }

    public DateOnly? UitkomstDatum { get; private set; }

    public DateOnly? Aanvraagdatum { get; private set; }

    public Guid? AdviesId { get; private set; }

    public Guid? BeschikkingId { get; private set; }

    public DateOnly? WlzAanvraagSinds { get; private set; }

    public bool WlzToegekend { get; private set; }

    /// <summary>The day of the CIZ-besluit on the Wlz-aanvraag (Wlz art. 3.2.3); null while it is not known.</summary>
    public DateOnly? WlzBesluitOp { get; private set; }

    public bool WlzAanvraagLoopt => WlzAanvraagSinds is not null && !WlzAfgerond;

    public bool WlzAfgerond { get; private set; }

    public Afsluitreden? Afsluitreden { get; private set; }

    public DateOnly? AfgeslotenOp { get; private set; }

    public IReadOnlyList<Gesprek> Gesprekken => _gesprekken;

    public IReadOnlyList<StapAntwoord> Afweging => _afweging;

    public IReadOnlyList<LeefgebiedSituatie> Leefgebieden => _leefgebieden;

    public IReadOnlyList<Opschorting> Opschortingen => _opschortingen;

    public IReadOnlyList<BeslistermijnOpschorting> BeslistermijnOpschortingen => _beslistermijnOpschortingen;

    /// <summary>The new date named in the notice of verdaging (Awb 4:14); null when the beslistermijn was not extended.</summary>
    public DateOnly? VerdaagdTot { get; private set; }

    public DateOnly? VerdagingBerichtOp { get; private set; }

    public string? VerdagingReden { get; private set; }

    public bool IsVerdaagd => VerdaagdTot is not null;

    /// <summary>Receipt of the inwoner's written ingebrekestelling (Awb 4:17); null when none was received.</summary>
    public DateOnly? IngebrekestellingOntvangenOp { get; private set; }

    public Ingebrekestelling? Ingebrekestelling => IngebrekestellingOntvangenOp is { } d ? new Ingebrekestelling(d) : null;

    public bool IsBeslistermijnOpgeschort => _beslistermijnOpschortingen.Any(o => o.TotEnMet is null);

    public IReadOnlyList<KaderBeoordeling> KaderBeoordelingen => _kaderBeoordelingen;

    public bool IsOpgeschort => _opschortingen.Any(o => o.TotEnMet is null);

    // What may happen next: the pages ask these instead of repeating the preconditions (the operations enforce them).

    /// <summary>The onderzoek runs and is not suspended already (<see cref="SchortOnderzoekOp"/>).</summary>
    public bool KanOpschorten => Status is VraagStatus.Gemeld or VraagStatus.InVraagverheldering && !IsOpgeschort;

    /// <summary>The vraag is closed (<see cref="SluitAf"/>); a Wlz-aanvraag is no longer registered on it.</summary>
    public bool IsAfgesloten => Status == VraagStatus.Afgesloten;

    /// <summary>The vraag can be closed from where it stands (<see cref="SluitAf"/>; not while an advies is with the toetser).</summary>
    public bool KanAfsluiten => _toegestaneOvergangen[Status].Contains(VraagStatus.Afgesloten);

    /// <summary>The vraagverheldering runs: gesprekken, afweging, and then an uitkomst (or an aanvraag with advies).</summary>
    public bool LooptVraagverheldering => Status == VraagStatus.InVraagverheldering;

    /// <summary>
    /// Gesprekken and the order of checks can be recorded: during the vraagverheldering, and for an aanvraag while it waits for
    /// its advies (an aanvraag without a completed onderzoek is researched within its beslistermijn, Wmo 2015 art. 2.3.5).
    /// </summary>
    public bool OnderzoekLoopt => Status is VraagStatus.InVraagverheldering or VraagStatus.AdviesVereist;

    /// <summary>
    /// The onderzoek is complete enough for a besluit (Wmo 2015 art. 2.3.2; CRvB: no besluit without onderzoek): at least one
    /// completed gesprek, and the order of checks answered up to the sociale basis or stopped at a step that solves the question.
    /// </summary>
    public bool OnderzoekAfgerond =>
        _gesprekken.Any(g => g.IsAfgerond)
        && (_afweging.Any(a => a.StoptAfweging) || OnbeantwoordeStappenVoor(Afwegingsstap.Basisondersteuning).Count == 0);

    /// <summary>The aanvraag was made before the onderzoek was complete (e.g. directly, without a melding first); it is researched within the beslistermijn.</summary>
    public bool AanvraagVoorOnderzoek { get; private set; }

    /// <summary>
    /// For an <see cref="AanvraagVoorOnderzoek"/>: whether the onderzoek (its last completed gesprek) fell within the
    /// beslistermijn of 2 weeks (Wmo 2015 art. 2.3.5 lid 1); null when not applicable or not yet complete.
    /// </summary>
    public bool? OnderzoekBinnenBeslistermijn(TermijnInstellingen instellingen) =>
        AanvraagVoorOnderzoek && OnderzoekAfgerond && Beschikkingstermijn(instellingen) is { } termijn
            ? _gesprekken.Where(g => g.IsAfgerond).Max(g => g.Datum) <= termijn.Einddatum
            : null;

    /// <summary>An aanvraag runs and waits for its zwaarwegend advies.</summary>
    public bool WachtOpAdvies => Status == VraagStatus.AdviesVereist;

    /// <summary>No aanvraag runs and none was decided (<see cref="DienAanvraagIn"/>).</summary>
    public bool KanAanvraagIndienen =>
        BeschikkingId is null && Status is not (VraagStatus.AdviesVereist or VraagStatus.AdviesIngediend or VraagStatus.AdviesTeruggestuurd or VraagStatus.Getoetst);

    /// <summary>A pickup from a first contact can be undone while nothing was decided yet: no completed gesprek, no uitkomst (issue 12).</summary>
    public bool KanKoppelingOngedaanMaken => EersteContactId is not null && Status == VraagStatus.InVraagverheldering && !HeeftAfgerondGesprek;

    /// <summary>
    /// Issue 12 (the right person): the sociaal werker undoes a pickup that linked the contact to the wrong inwoner. The
    /// contact is open again; the caller removes this vraag (audited), so the contact returns to the werkvoorraad.
    /// </summary>
    public void MaakKoppelingOngedaan(EersteContact contact, Actor sociaalWerker)
    {
        ArgumentNullException.ThrowIfNull(contact);
        AlleenBeroepskrachtDoetOnderzoek(sociaalWerker);
        Regel.Eis(contact.Id == EersteContactId && contact.OndersteuningsvraagId == Id, Regelnamen.EersteContactHoortBijVraag, "Dit eerste contact hoort niet bij deze ondersteuningsvraag.");
        KoppelingOngedaanAlleenVoorEenBesluit();
        contact.Ontkoppel();
        EersteContactId = null;
        IsUrgent = false;
    }

    /// <summary>A registration of basisondersteuning whose end is not recorded yet (<see cref="BeeindigBasisondersteuning"/>).</summary>
    public bool LooptBasisondersteuning => Uitkomst is { Soort: UitkomstSoort.Basisondersteuning, Einddatum: null };

    /// <summary>See <see cref="HuishoudenAfgeschermd"/>; decided by the platform's need-to-know check at pickup.</summary>
    public void SchermHuishoudenAf() => HuishoudenAfgeschermd = true;

    // ── vraagverheldering ────────────────────────────────────────────────

    /// <summary>A sociaal werker of the basisondersteuning takes up the onderzoek (002 §3.1).</summary>
    public void StartVraagverheldering(Actor sociaalWerker)
    {
        AlleenBeroepskrachtDoetOnderzoek(sociaalWerker);
        BehandelaarIsGeenOnafhankelijkeClientondersteuner(sociaalWerker.GebruikerId, ClientondersteunerId);
        GaNaar(VraagStatus.InVraagverheldering);
        BehandelaarId = sociaalWerker.GebruikerId;
    }

    public Gesprek PlanGesprek(DateOnly datum, Gesprekslocatie locatie, IEnumerable<Deelnemer> deelnemers)
    {
        OnderzoekKanLopen();
        var lijst = deelnemers.ToList();
        Regel.Eis(lijst.Any(d => d.Rol is DeelnemerRol.Inwoner or DeelnemerRol.Vertegenwoordiger), Regelnamen.GesprekMetInwoner, "Aan het gesprek neemt de inwoner of diens vertegenwoordiger deel.");
        var gesprek = new Gesprek(datum, locatie, lijst);
        _gesprekken.Add(gesprek);
        return gesprek;
    }

    /// <summary>Completes a gesprek; the offer of free cliëntondersteuning must be recorded first.</summary>
    public void RondGesprekAf(Guid gesprekId, string verslag)
    {
        OnderzoekKanLopen();
        ClientondersteuningAangebodenVoorAfrondenGesprek();
        Zoek(gesprekId).RondAf(verslag);
    }

    /// <summary>Wmo 2015 art. 2.2.4, 001 L647: the inwoner was told about free onafhankelijke cliëntondersteuning.</summary>
    public void LegClientondersteuningAangebodenVast(DateOnly datum) => ClientondersteuningAangebodenOp = datum;

    /// <summary>
    /// Records the inwoner's onafhankelijke cliëntondersteuner: a portal user (<paramref name="gebruikerId"/>, whose name is
    /// passed along) or someone outside the portal by name and organisation. Never the sociaal werker handling the vraag.
    /// </summary>
    public void WijsClientondersteunerToe(Guid? gebruikerId, string naam, string? organisatie = null)
    {
        BehandelaarIsGeenOnafhankelijkeClientondersteuner(BehandelaarId, gebruikerId);
        var tekst = Regel.VerplichteTekst(naam, Regelnamen.ClientondersteunerHeeftNaam, "Noteer de naam van de cliëntondersteuner.");
        ClientondersteunerId = gebruikerId;
        ClientondersteunerNaam = tekst;
        ClientondersteunerOrganisatie = string.IsNullOrWhiteSpace(organisatie) ? null : organisatie.Trim();
    }

    /// <summary>The inwoner no longer has this cliëntondersteuner.</summary>
    public void VerwijderClientondersteuner()
    {
        ClientondersteunerId = null;
        ClientondersteunerNaam = null;
        ClientondersteunerOrganisatie = null;
    }

    /// <summary>Wmo 2015 art. 2.3.2 lid 2: the inwoner was told that a persoonlijk plan may be handed in (within 7 days of the melding).</summary>
    public void LegGewezenOpPersoonlijkPlanVast(DateOnly datum)
    {
        datum = Regel.BruikbareDatum(datum);
        NietVoorDeMelding(datum, Regelnamen.GewezenOpPersoonlijkPlanNaMelding, "Op het persoonlijk plan wijzen kan niet vóór de melding");
        GewezenOpPersoonlijkPlanOp = datum;
    }

    /// <summary>Wmo 2015 art. 2.3.2 lid 2: the inwoner handed in a persoonlijk plan.</summary>
    public void LegPersoonlijkPlanOntvangenVast(DateOnly datum) => PersoonlijkPlanOntvangenOp = datum;

    /// <summary>
    /// Wmo 2015 art. 2.3.2 lid 8: the inwoner receives a written verslag of the outcome of the onderzoek (within the six
    /// weeks of lid 1). There is something to report only after a gesprek was completed.
    /// </summary>
    public void LegVerslagVerstrektVast(DateOnly datum)
    {
        datum = Regel.BruikbareDatum(datum);
        VerslagNaAfgerondGesprek(datum);
        VerslagVerstrektOp = datum;
    }

    /// <summary>Whether the verslag went out within the onderzoekstermijn (Wmo 2015 art. 2.3.2 lid 1 and 8); null while not sent.</summary>
    public bool? VerslagBinnenOnderzoekstermijn(TermijnInstellingen instellingen) =>
        VerslagVerstrektOp is { } verstrekt ? verstrekt <= Onderzoekstermijn(instellingen, verstrekt).Einddatum : null;

    public void LegVraagAchterDeVraagVast(string tekst) =>
        VraagAchterDeVraag = Regel.VerplichteTekst(tekst, Regelnamen.VraagAchterDeVraagIngevuld, "Beschrijf de vraag achter de vraag.");

    public void BeschrijfLeefgebied(Leefgebied leefgebied, string situatie)
    {
        var tekst = Regel.VerplichteTekst(situatie, Regelnamen.LeefgebiedHeeftSituatie, "Beschrijf de situatie op dit leefgebied.");
        var bestaand = _leefgebieden.SingleOrDefault(l => l.Leefgebied == leefgebied);
        if (bestaand is null)
        {
            _leefgebieden.Add(new LeefgebiedSituatie(leefgebied, tekst));
        }
        else
        {
            bestaand.Wijzig(tekst);
        }
    }

    /// <summary>
    /// Answers one step of the fixed order of checks (000 L727-731); steps are answered in order. A step that solves the
    /// question stops the path unless <paramref name="waaromNietToereikend"/> records why it still does not suffice.
    /// </summary>
    public void BeantwoordStap(Afwegingsstap stap, bool biedtOplossing, string? motivering, string? waaromNietToereikend = null)
    {
        OnderzoekKanLopen();
        VasteVolgordeVanAfweging(stap);
        OplossendeStapStoptAfweging(stap);
        UitgeslotenStapHeeftMotivering(biedtOplossing, motivering);
        _afweging.RemoveAll(a => a.Stap == stap);
        _afweging.Add(new StapAntwoord(stap, biedtOplossing, motivering, biedtOplossing ? waaromNietToereikend : null));
    }

    /// <summary>Records the afwegingskader outcome (one per vorm; a new one replaces the old).</summary>
    public void LegAfwegingskaderVast(Afweging.Afwegingsresultaat resultaat, Actor sociaalWerker)
    {
        OnderzoekKanLopen();
        AlleenBeroepskrachtDoetOnderzoek(sociaalWerker);
        var beoordeling = new KaderBeoordeling(resultaat, sociaalWerker.GebruikerId);
        _kaderBeoordelingen.RemoveAll(k => k.Vorm == beoordeling.Vorm);
        _kaderBeoordelingen.Add(beoordeling);
    }

    // ── uitkomst ─────────────────────────────────────────────────────────

    /// <summary>Records the outcome decided by the sociaal werker (DOMAIN.md §2.3).</summary>
    public void LegUitkomstVast(Uitkomst uitkomst, Actor actor, DateOnly datum, Voorzieningencatalogus catalogus)
    {
        VrijwilligerLegtGeenUitkomstVast(actor);
        if (uitkomst.Soort == UitkomstSoort.AanvullendViaVerwijzing)
        {
            AlleenBeroepskrachtVerwijstNaarAanvullend(actor);
        }

        AlleenBeroepskrachtLegtUitkomstVast(actor);
        IsInVraagverheldering();
        UitkomstNaAfgerondGesprek();
        AfwegingDoorlopenVoorUitkomstBovenSocialeBasis(uitkomst);
        GeenOplossendeStapVoorUitkomst(uitkomst);
        var voorziening = UitkomstPastBijVoorziening(uitkomst, catalogus);

        Uitkomst = uitkomst;
        UitkomstVastgelegdDoorId = actor.GebruikerId;
        UitkomstDatum = datum;

        // Beschikkingsvrij is policy data (000 L816-828: case law may force beschikkingen): a basisondersteuning or a verwijzing
        // to aanvullende ondersteuning whose voorziening needs a beschikking goes through advies, toetsing and beschikking.
        var viaAdvies = uitkomst.VereistZwaarwegendAdvies || voorziening is { BeschikkingNodig: true };
        if (viaAdvies)
        {
            Aanvraagdatum ??= datum;
        }

        GaNaar(uitkomst.Soort == UitkomstSoort.AdviesDoorverwijzing ? VraagStatus.Afgesloten : viaAdvies ? VraagStatus.AdviesVereist : VraagStatus.UitkomstVastgelegd);
        if (Status == VraagStatus.Afgesloten)
        {
            Afsluitreden = Vragen.Afsluitreden.Afgerond;
            AfgeslotenOp = datum;
        }
    }

    /// <summary>
    /// The inwoner asks for a beschikking. Always allowed, whatever the professional advised (000 L580, 002 §8.9);
    /// starts the beschikkingstermijn (Wmo 2015 art. 2.3.5 lid 1).
    /// </summary>
    public void DienAanvraagIn(DateOnly aanvraagdatum)
    {
        Regel.Eis(KanAanvraagIndienen, Regelnamen.AanvraagLooptAl, "Er loopt al een aanvraag of er is al beschikt op deze vraag.");
        Aanvraagdatum = aanvraagdatum;
        WerkLopendeTermijnBij();
        AanvraagVoorOnderzoek = !OnderzoekAfgerond;
        Afsluitreden = null;
        AfgeslotenOp = null;
        GaNaar(VraagStatus.AdviesVereist);
    }

    // ── advies, toetsing, beschikking (driven by the Besluiten aggregates) ─

    /// <summary>The advies of this vraag was submitted for toetsing (DOMAIN.md §2.5); an advies of another vraag is refused.</summary>
    public void MarkeerAdviesIngediend(ZwaarwegendAdvies advies)
    {
        ArgumentNullException.ThrowIfNull(advies);
        Regel.Eis(advies.VraagId == Id, Regelnamen.AdviesHoortBijVraag, "Dit advies hoort niet bij deze ondersteuningsvraag.");
        ControleerOvergang(VraagStatus.AdviesIngediend);
        BesluitNaAfgerondOnderzoek();
        GaNaar(VraagStatus.AdviesIngediend);
        AdviesId = advies.Id;

        // The toetser's queue sorts the submitted adviezen on the aanvraag (the beslistermijn runs from it) without reading this vraag.
        advies.NeemAanvraagdatumOver(Aanvraagdatum);
    }

    public void MarkeerAdviesTeruggestuurd() => GaNaar(VraagStatus.AdviesTeruggestuurd);

    /// <summary>The toetser decided on this vraag's own advies (DOMAIN.md §2.5, vier ogen).</summary>
    public void MarkeerGetoetst(ZwaarwegendAdvies advies)
    {
        ArgumentNullException.ThrowIfNull(advies);
        Regel.Eis(advies.VraagId == Id && advies.Id == AdviesId, Regelnamen.AdviesHoortBijVraag, "Dit advies hoort niet bij deze ondersteuningsvraag.");
        GaNaar(VraagStatus.Getoetst);
    }

    /// <summary>The beschikking on this vraag was issued (Wmo 2015 art. 2.3.5); a beschikking of another vraag is refused.</summary>
    public void MarkeerBeschikt(Beschikking beschikking)
    {
        ArgumentNullException.ThrowIfNull(beschikking);
        Regel.Eis(beschikking.VraagId == Id, Regelnamen.BeschikkingHoortBijVraag, "Deze beschikking hoort niet bij deze ondersteuningsvraag.");
        ControleerOvergang(VraagStatus.Beschikt);
        BesluitNaAfgerondOnderzoek();
        // Without an advies only an explicit, motivated afwijzing by a toetser (Beschikken.WijsAanvraagAf) decides an aanvraag.
        Regel.Eis(Status != VraagStatus.AdviesVereist || (beschikking.Soort == BeschikkingSoort.Afwijzing && beschikking.AdviesId is null), Regelnamen.ToekenningNaAanvaardAdvies,
            "Een toekenning volgt op een goedgekeurd (of gemotiveerd afgeweken) zwaarwegend advies.");
        GaNaar(VraagStatus.Beschikt);
        BeschikkingId = beschikking.Id;
    }

    // ── Wlz, afsluiten, opschorting ──────────────────────────────────────

    /// <summary>The inwoner applied for the Wlz at the CIZ on <paramref name="sinds"/>; the Wmo stays responsible meanwhile (000 L450).</summary>
    public void MeldWlzAanvraag(DateOnly sinds)
    {
        sinds = Regel.BruikbareDatum(sinds);
        WlzAanvraagSinds = sinds;
        WlzAfgerond = false;
        WlzToegekend = false;
        WlzBesluitOp = null;
    }

    /// <summary>The CIZ decided on the Wlz-aanvraag (Wlz art. 3.2.3): granted or refused, on <paramref name="besluitOp"/>.</summary>
    public void RondWlzAanvraagAf(bool toegekend, DateOnly besluitOp)
    {
        Regel.Eis(WlzAanvraagSinds is not null, Regelnamen.WlzAanvraagBekend, "Er is geen Wlz-aanvraag geregistreerd.");
        besluitOp = Regel.BruikbareDatum(besluitOp);
        Regel.Eis(besluitOp >= WlzAanvraagSinds, Regelnamen.WlzBesluitNaAanvraag, $"Het CIZ-besluit kan niet vóór de Wlz-aanvraag ({WlzAanvraagSinds:dd-MM-yyyy}) liggen.");
        WlzAfgerond = true;
        WlzToegekend = toegekend;
        WlzBesluitOp = besluitOp;
    }

    /// <summary>
    /// Closes the vraag. A registered basisondersteuning keeps running when the vraag is closed as <c>Afgerond</c> (its end is
    /// recorded on its own, <see cref="BeeindigBasisondersteuning"/>); for any other reason the inwoner no longer receives it,
    /// so a running registration ends that day.
    /// </summary>
    public void SluitAf(Afsluitreden reden, DateOnly datum)
    {
        Regel.Eis(Enum.IsDefined(reden), Regelnamen.AfsluitredenBekend, "Kies de reden van afsluiten.");
        datum = Regel.BruikbareDatum(datum);
        if (reden == Vragen.Afsluitreden.OvergangNaarWlz)
        {
            OvergangNaarWlzVereistWlzAanvraag();
            WlzAanvraagHoudtWmoOndersteuningInStand();
        }

        GaNaar(VraagStatus.Afgesloten);
        Afsluitreden = reden;
        AfgeslotenOp = datum;
        if (reden != Vragen.Afsluitreden.Afgerond && LooptBasisondersteuning)
        {
            // Closed before the support started: it never ran (the day before the start, so no period remains).
            Uitkomst!.Beeindig(datum >= Uitkomst.Startdatum ? datum : Uitkomst.Startdatum!.Value.AddDays(-1));
        }
    }

    /// <summary>
    /// Records the last day of the registered basisondersteuning (DOMAIN.md §7; 002 §9.6: "het soort ondersteuning en de start-
    /// en einddatum"), apart from closing the vraag: the structurele hulpverleningsrelatie may outlast the vraag or end before
    /// it is closed. A later call corrects the date. The end feeds the abonnementstarief (charge periods and CAK mutations).
    /// </summary>
    public void BeeindigBasisondersteuning(DateOnly einddatum, Actor actor)
    {
        AlleenBeroepskrachtBeeindigtBasisondersteuning(actor);
        EindeAlleenVoorBasisondersteuning();
        EindeNietVoorStart(einddatum);
        Uitkomst!.Beeindig(einddatum);
    }

    /// <summary>
    /// Suspends the onderzoekstermijn with a reason and the inwoner's consent; the suspended days extend the term. The Wmo
    /// knows no unilateral suspension of the 6 weeks (art. 2.3.2 lid 1), so it is recorded as agreed with the inwoner.
    /// </summary>
    public void SchortOnderzoekOp(DateOnly van, string reden, bool toestemmingInwoner, TermijnInstellingen instellingen, DateOnly vandaag)
    {
        Datumbereik.PlanOfTermijnDatum(Regel.BruikbareDatum(van), vandaag);
        Regel.Eis(Status is VraagStatus.Gemeld or VraagStatus.InVraagverheldering, Regelnamen.OpschortingTijdensOnderzoek, "Alleen het onderzoek kan worden opgeschort.");
        // (together with the next rule this is KanOpschorten; two messages, so the user reads which one applies)
        Regel.Eis(!IsOpgeschort, Regelnamen.OpschortingTijdensOnderzoek, "Het onderzoek is al opgeschort.");
        var tekst = Regel.VerplichteTekst(reden, Regelnamen.OpschortingHeeftReden, "Geef de reden van de opschorting.");
        van = Regel.BruikbareDatum(van);

        // Wmo 2015 art. 2.3.2 lid 1: the term runs from the melding; nothing before it can be suspended.
        Regel.Eis(van >= Meldingsdatum, Regelnamen.OpschortingNietVoorMelding, $"Een opschorting kan niet beginnen vóór de melding ({Meldingsdatum:dd-MM-yyyy}).");
        NieuweOpschortingPast(van, _opschortingen.Select(o => o.TotEnMet), Onderzoekstermijn(instellingen, van), "onderzoekstermijn");
        Regel.Eis(toestemmingInwoner, Regelnamen.OpschortingMetToestemmingInwoner, "Leg vast dat de inwoner met de opschorting instemt; zonder toestemming loopt de termijn door.");
        _opschortingen.Add(new Opschorting(van, tekst, toestemmingInwoner));
        WerkLopendeTermijnBij();
    }

    public void HervatOnderzoek(DateOnly laatsteOpgeschorteDag, DateOnly vandaag)
    {
        Datumbereik.PlanOfTermijnDatum(Regel.BruikbareDatum(laatsteOpgeschorteDag), vandaag);
        var lopend = _opschortingen.SingleOrDefault(o => o.TotEnMet is null);
        Regel.Eis(lopend is not null, Regelnamen.OpschortingTijdensOnderzoek, "Het onderzoek is niet opgeschort.");
        lopend!.Beeindig(Regel.BruikbareDatum(laatsteOpgeschorteDag));
        WerkLopendeTermijnBij();
    }

    /// <summary>Wmo 2015 art. 2.3.2 lid 1; a running opschorting counts up to <paramref name="vandaag"/>.</summary>
    public Termijn Onderzoekstermijn(TermijnInstellingen instellingen, DateOnly vandaag) =>
        OnderzoekstermijnVan(Meldingsdatum, _opschortingen.Select(o => (o.Van, o.TotEnMet)), instellingen, vandaag);

    /// <summary>
    /// Wmo 2015 art. 2.3.2 lid 1 from the stored facts alone (melding and opschortingen), so a list computes the term
    /// without loading each vraag with all it owns (issue 15); a running opschorting counts up to <paramref name="vandaag"/>.
    /// </summary>
    public static Termijn OnderzoekstermijnVan(DateOnly meldingsdatum, IEnumerable<(DateOnly Van, DateOnly? TotEnMet)> opschortingen, TermijnInstellingen instellingen, DateOnly vandaag) =>
        OnderzoekstermijnVan(meldingsdatum, opschortingen.Sum(o => new Periode(o.Van, o.TotEnMet ?? (vandaag < o.Van ? o.Van : vandaag)).AantalDagen!.Value), instellingen);

    /// <summary>
    /// Wmo 2015 art. 2.3.2 lid 1 from the vraag's own row (<see cref="OnderzoekOpgeschorteDagen"/>, <see cref="OnderzoekOpgeschortSinds"/>),
    /// so a list computes it without reading the opschortingen (issue 15); a running opschorting counts up to <paramref name="vandaag"/>.
    /// </summary>
    public static Termijn OnderzoekstermijnVan(DateOnly meldingsdatum, int geslotenOpgeschorteDagen, int? opgeschortSinds, TermijnInstellingen instellingen, DateOnly vandaag) =>
        OnderzoekstermijnVan(meldingsdatum, OpgeschorteDagen(geslotenOpgeschorteDagen, opgeschortSinds, vandaag), instellingen);

    /// <summary>
    /// Awb 4:15: the suspended days of a term, its ended opschortingen plus the running one from its first day up to and
    /// including <paramref name="vandaag"/> (at least that first day); the same count as the opschortingen themselves give.
    /// </summary>
    public static int OpgeschorteDagen(int geslotenOpgeschorteDagen, int? opgeschortSinds, DateOnly? vandaag) =>
        geslotenOpgeschorteDagen + (opgeschortSinds is { } sinds ? Math.Max(vandaag?.DayNumber ?? sinds, sinds) - sinds + 1 : 0);

    /// <summary>Wmo 2015 art. 2.3.2 lid 1 from the melding and the number of suspended days, for a report that groups vragen by them.</summary>
    public static Termijn OnderzoekstermijnVan(DateOnly meldingsdatum, int opgeschorteDagen, TermijnInstellingen instellingen)
    {
        ArgumentNullException.ThrowIfNull(instellingen);
        return Termijn.Bereken(TermijnSoort.Onderzoek, meldingsdatum, instellingen.Lengte(TermijnSoort.Onderzoek), instellingen.Kalender, opgeschorteDagen);
    }

    /// <summary>Wmo 2015 art. 2.3.2 lid 2, counted from the melding (its confirmation is sent the same day).</summary>
    public Termijn PersoonlijkPlanTermijn(TermijnInstellingen instellingen) =>
        Termijn.Bereken(TermijnSoort.PersoonlijkPlan, Meldingsdatum, instellingen);

    /// <summary>Wmo 2015 art. 2.3.5 lid 1; null when there is no aanvraag.</summary>
    /// <remarks>
    /// Suspended days (Awb 4:15) extend it; a running suspension counts up to <paramref name="vandaag"/>. After a verdaging
    /// (Awb 4:14) the end is the date named in the notice.
    /// </remarks>
    public Termijn? Beschikkingstermijn(TermijnInstellingen instellingen, DateOnly? vandaag = null) =>
        BeschikkingstermijnVan(Aanvraagdatum, _beslistermijnOpschortingen.Select(o => (o.Van, o.TotEnMet)),
            VerdagingVan(VerdaagdTot, VerdagingBerichtOp, VerdagingReden), instellingen, vandaag);

    /// <summary>The verdaging (Awb 4:14) from its stored columns, for a list that reads them without the whole vraag; null when none.</summary>
    public static Verdaging? VerdagingVan(DateOnly? verdaagdTot, DateOnly? berichtOp, string? reden) =>
        verdaagdTot is { } tot ? new Verdaging(berichtOp ?? tot, tot, reden ?? string.Empty) : null;

    /// <summary>
    /// Wmo 2015 art. 2.3.5 lid 1 from the stored facts alone (aanvraagdatum, opschortingen of the beslistermijn, verdaging),
    /// so a list computes it without loading each vraag with all it owns; null without an aanvraag.
    /// </summary>
    public static Termijn? BeschikkingstermijnVan(DateOnly? aanvraagdatum, IEnumerable<(DateOnly Van, DateOnly? TotEnMet)> opschortingen,
        Verdaging? verdaging, TermijnInstellingen instellingen, DateOnly? vandaag)
    {
        // Awb 4:15: suspended days extend the term; a running suspension counts up to today.
        var opgeschort = opschortingen.Sum(o => new Periode(o.Van, o.TotEnMet ?? (vandaag is { } v && v > o.Van ? v : o.Van)).AantalDagen!.Value);
        return BeschikkingstermijnVan(aanvraagdatum, opgeschort, verdaging, instellingen);
    }

    /// <summary>
    /// Wmo 2015 art. 2.3.5 lid 1 from the vraag's own row (<see cref="BeslistermijnOpgeschorteDagen"/>, <see cref="BeslistermijnOpgeschortSinds"/>,
    /// the verdaging), so a list computes it without reading the opschortingen (issue 15); null without an aanvraag.
    /// </summary>
    public static Termijn? BeschikkingstermijnVan(DateOnly? aanvraagdatum, int geslotenOpgeschorteDagen, int? opgeschortSinds, Verdaging? verdaging,
        TermijnInstellingen instellingen, DateOnly? vandaag) =>
        BeschikkingstermijnVan(aanvraagdatum, OpgeschorteDagen(geslotenOpgeschorteDagen, opgeschortSinds, vandaag), verdaging, instellingen);

    /// <summary>
    /// Wmo 2015 art. 2.3.5 lid 1 from the aanvraagdatum, the number of days the beslistermijn was suspended (Awb 4:15) and a
    /// verdaging (Awb 4:14), so a report that groups aanvragen by these facts computes each group's term once; null without an aanvraag.
    /// </summary>
    public static Termijn? BeschikkingstermijnVan(DateOnly? aanvraagdatum, int opgeschorteDagen, Verdaging? verdaging, TermijnInstellingen instellingen)
    {
        ArgumentNullException.ThrowIfNull(instellingen);
        if (aanvraagdatum is not { } aanvraag)
        {
            return null;
        }

        var termijn = Termijn.Bereken(TermijnSoort.Beschikking, aanvraag, instellingen.Lengte(TermijnSoort.Beschikking), instellingen.Kalender, opgeschorteDagen);
        // Awb 4:14: after a verdaging the end is the date named in the notice.
        return verdaging is { } n
            ? termijn.MetEinde(n.Tot, () => $"verdaagd (Awb 4:14) bij bericht van {n.BerichtOp:yyyy-MM-dd} tot {n.Tot:yyyy-MM-dd}: {n.Reden}")
            : termijn;
    }

    /// <summary>
    /// The statuses of a vraag that is still being handled (the werkvoorraad): from the melding up to the toetsing; a
    /// beschikte or afgesloten vraag is done (DOMAIN.md §2). Named one by one rather than "not Beschikt and not
    /// Afgesloten", so a list seeks each status in the index on (behandelaar, status) instead of reading the user's
    /// whole history (issue 15).
    /// </summary>
    public static IReadOnlyList<VraagStatus> StatussenInBehandeling { get; } =
        [VraagStatus.Gemeld, VraagStatus.InVraagverheldering, VraagStatus.UitkomstVastgelegd, VraagStatus.AdviesVereist,
            VraagStatus.AdviesIngediend, VraagStatus.AdviesTeruggestuurd, VraagStatus.Getoetst];

    /// <summary>A vraag still being handled (<see cref="StatussenInBehandeling"/>), as a filter the database computes.</summary>
    public static Expression<Func<Ondersteuningsvraag, bool>> InBehandeling { get; } = v => StatussenInBehandeling.Contains(v.Status);

    /// <summary>
    /// The last day of the running term (the beschikkingstermijn once there is an aanvraag, otherwise the onderzoekstermijn) as a
    /// day number, before the Algemene termijnenwet, in a form the database computes from the vraag's own row
    /// (<see cref="LopendeTermijnVanafDag"/>, <see cref="LopendeTermijnOpgeschortSinds"/>): a list sorts and pages its vragen in
    /// SQL on it without reading their opschortingen (issue 15). The same facts and rules as <see cref="OnderzoekstermijnVan(DateOnly, IEnumerable{ValueTuple{DateOnly, DateOnly?}}, TermijnInstellingen, DateOnly)"/>
    /// and <see cref="BeschikkingstermijnVan(DateOnly?, IEnumerable{ValueTuple{DateOnly, DateOnly?}}, Verdaging?, TermijnInstellingen, DateOnly?)"/>:
    /// aanvang + length + suspended days (a running opschorting counts up to <paramref name="vandaag"/>; Wmo 2015 art. 2.3.2 lid 1,
    /// art. 2.3.5 lid 1, Awb 4:15), or the date of the verdaging (Awb 4:14). Atw art. 1 and 2 only move an end forward, to the
    /// next working day, so ordering by this day is ordering by <see cref="Termijn.Einddatum"/> (ties aside); the date a user
    /// sees is still <see cref="Termijn.Bereken(TermijnSoort, DateOnly, int, Feestdagkalender, int)"/>'s.
    /// </summary>
    public static Expression<Func<Ondersteuningsvraag, int>> NominaleEinddagLopendeTermijn(TermijnInstellingen instellingen, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(instellingen);
        return Expressies.Vul(NominaleEinddag, instellingen.Lengte(TermijnSoort.Onderzoek), instellingen.Lengte(TermijnSoort.Beschikking), vandaag.DayNumber);
    }

    /// <summary>
    /// <see cref="NominaleEinddagLopendeTermijn"/> with the lengths of the onderzoeks- and beschikkingstermijn (days) and today's
    /// day number as parameters, for a query compiled once (issue 15): the one place this rule is written.
    /// </summary>
    public static Expression<Func<Ondersteuningsvraag, int, int, int, int>> NominaleEinddag { get; } = (v, onderzoek, beschikking, vandaag) =>
        v.LopendeTermijnVanafDag
        + (v.Aanvraagdatum == null ? onderzoek : v.VerdaagdTot == null ? beschikking : 0)
        + (v.LopendeTermijnOpgeschortSinds == null ? 0 : v.LopendeTermijnOpgeschortSinds > vandaag ? 1 : vandaag - v.LopendeTermijnOpgeschortSinds.Value + 1);

    /// <summary>
    /// Sets the summary of each term's opschortingen (<see cref="OnderzoekOpgeschorteDagen"/>, <see cref="BeslistermijnOpgeschorteDagen"/>
    /// and the running ones) and <see cref="LopendeTermijnVanafDag"/> and <see cref="LopendeTermijnOpgeschortSinds"/> from the facts
    /// they summarise: the beschikkingstermijn once there is an aanvraag (Wmo 2015 art. 2.3.5 lid 1; after a verdaging its date,
    /// Awb 4:14), otherwise the onderzoekstermijn (art. 2.3.2 lid 1), each with its ended opschortingen (Awb 4:15).
    /// </summary>
    private void WerkLopendeTermijnBij()
    {
        (OnderzoekOpgeschorteDagen, OnderzoekOpgeschortSinds) = Samengevat(_opschortingen.Select(o => (o.Van, o.TotEnMet)));
        (BeslistermijnOpgeschorteDagen, BeslistermijnOpgeschortSinds) = Samengevat(_beslistermijnOpschortingen.Select(o => (o.Van, o.TotEnMet)));
        (LopendeTermijnVanafDag, LopendeTermijnOpgeschortSinds) = Aanvraagdatum switch
        {
            not null when VerdaagdTot is { } verdaagd => (verdaagd.DayNumber, null),
            { } aanvraag => (aanvraag.DayNumber + BeslistermijnOpgeschorteDagen, BeslistermijnOpgeschortSinds),
            null => (Meldingsdatum.DayNumber + OnderzoekOpgeschorteDagen, OnderzoekOpgeschortSinds),
        };
    }

    /// <summary>A term's opschortingen as the days of the ended ones and the first day of the running one (Awb 4:15).</summary>
    private static (int Gesloten, int? Sinds) Samengevat(IEnumerable<(DateOnly Van, DateOnly? TotEnMet)> opschortingen)
    {
        var gesloten = 0;
        int? sinds = null;
        foreach (var (van, totEnMet) in opschortingen)
        {
            if (totEnMet is { } tot)
            {
                gesloten += new Periode(van, tot).AantalDagen!.Value;
            }
            else
            {
                sinds = van.DayNumber;
            }
        }

        return (gesloten, sinds);
    }

    /// <summary>
    /// Whether the onderzoekstermijn (while in vraagverheldering) or the beschikkingstermijn can end on or before
    /// <paramref name="grens"/>, in a form the database computes: a term ends no earlier than its start plus its length,
    /// because opschortingen (Awb 4:15) and the Algemene termijnenwet (art. 1 and 2) only move an end later; a verdaging
    /// (Awb 4:14) ends on its own date. A necessary condition only: a list of terms ending soon reads just these vragen and
    /// computes their exact terms itself (issue 15: the start page read every open vraag of a caseload, 491 on amsterdam).
    /// </summary>
    public static Expression<Func<Ondersteuningsvraag, bool>> TermijnKanEindigenOpOfVoor(TermijnInstellingen instellingen, DateOnly grens)
    {
        ArgumentNullException.ThrowIfNull(instellingen);
        return Expressies.Vul(KanEindigenOpOfVoor, grens.AddDays(-instellingen.Lengte(TermijnSoort.Onderzoek)), grens.AddDays(-instellingen.Lengte(TermijnSoort.Beschikking)), grens);
    }

    /// <summary>
    /// <see cref="TermijnKanEindigenOpOfVoor"/> with the latest melding and aanvraag whose term can still end by the grens
    /// (grens minus each term's length) and the grens itself as parameters, for a query compiled once: the one place this rule is written.
    /// </summary>
    public static Expression<Func<Ondersteuningsvraag, DateOnly, DateOnly, DateOnly, bool>> KanEindigenOpOfVoor { get; } = (v, laatsteMelding, laatsteAanvraag, grens) =>
        (v.Status == VraagStatus.InVraagverheldering && v.Meldingsdatum <= laatsteMelding)
        || (v.Aanvraagdatum != null && (v.VerdaagdTot != null ? v.VerdaagdTot <= grens : v.Aanvraagdatum <= laatsteAanvraag));

    /// <summary>
    /// Awb 4:14 lid 1: when the beschikking cannot be given in time, the inwoner is told so before the term ends, with the
    /// new date (a term as short as possible) and the reason.
    /// </summary>
    public void VerdaagBeslistermijn(DateOnly berichtOp, DateOnly nieuweDatum, string reden, TermijnInstellingen instellingen, DateOnly vandaag)
    {
        Datumbereik.PlanOfTermijnDatum(Regel.BruikbareDatum(berichtOp), vandaag);
        Datumbereik.PlanOfTermijnDatum(Regel.BruikbareDatum(nieuweDatum), vandaag);
        berichtOp = Regel.BruikbareDatum(berichtOp);
        nieuweDatum = Regel.BruikbareDatum(nieuweDatum);
        var huidig = LopendeBeslistermijn(instellingen, berichtOp);
        var tekst = Regel.VerplichteTekst(reden, Regelnamen.VerdagingHeeftReden, "Geef de reden waarom niet binnen de termijn kan worden beslist.");
        Regel.Eis(berichtOp <= huidig.Einddatum, Regelnamen.VerdagingVoorEindeTermijn,
            $"Verdagen kan alleen vóór het einde van de beslistermijn ({huidig.Einddatum:dd-MM-yyyy}); daarna kan de inwoner in gebreke stellen.");
        Regel.Eis(nieuweDatum > huidig.Einddatum, Regelnamen.VerdagingNaarLatereDatum, $"De nieuwe datum moet na {huidig.Einddatum:dd-MM-yyyy} liggen.");
        VerdaagdTot = nieuweDatum;
        VerdagingBerichtOp = berichtOp;
        VerdagingReden = tekst;
        WerkLopendeTermijnBij();
    }

    /// <summary>Awb 4:15: suspends the beslistermijn while the aanvraag is being completed (4:5) or with the inwoner's consent.</summary>
    public void SchortBeslistermijnOp(DateOnly van, BeslistermijnOpschortingGrond grond, string reden, TermijnInstellingen instellingen, DateOnly vandaag)
    {
        Datumbereik.PlanOfTermijnDatum(Regel.BruikbareDatum(van), vandaag);
        van = Regel.BruikbareDatum(van);
        var huidig = LopendeBeslistermijn(instellingen, van);
        Regel.Eis(!IsBeslistermijnOpgeschort, Regelnamen.BeslistermijnAlOpgeschort, "De beslistermijn is al opgeschort.");
        Regel.Eis(Enum.IsDefined(grond), Regelnamen.OpschortingHeeftGrond, "Kies de grond van de opschorting.");
        var tekst = Regel.VerplichteTekst(reden, Regelnamen.OpschortingHeeftReden, "Geef de reden van de opschorting.");
        Regel.Eis(van >= Aanvraagdatum, Regelnamen.OpschortingNietVoorAanvraag, $"Een opschorting kan niet beginnen vóór de aanvraag ({Aanvraagdatum:dd-MM-yyyy}).");
        NieuweOpschortingPast(van, _beslistermijnOpschortingen.Select(o => o.TotEnMet), huidig, "beslistermijn");
        _beslistermijnOpschortingen.Add(new BeslistermijnOpschorting(van, grond, tekst));
        WerkLopendeTermijnBij();
    }

    public void HervatBeslistermijn(DateOnly laatsteOpgeschorteDag, DateOnly vandaag)
    {
        Datumbereik.PlanOfTermijnDatum(Regel.BruikbareDatum(laatsteOpgeschorteDag), vandaag);
        var lopend = _beslistermijnOpschortingen.SingleOrDefault(o => o.TotEnMet is null);
        Regel.Eis(lopend is not null, Regelnamen.BeslistermijnAlOpgeschort, "De beslistermijn is niet opgeschort.");
        lopend!.Beeindig(Regel.BruikbareDatum(laatsteOpgeschorteDag));
        WerkLopendeTermijnBij();
    }

    /// <summary>Awb 4:17 lid 1: a written ingebrekestelling after the beslistermijn expired starts the dwangsom two weeks later.</summary>
    public void RegistreerIngebrekestelling(DateOnly ontvangenOp, TermijnInstellingen instellingen, DateOnly vandaag)
    {
        Datumbereik.PlanOfTermijnDatum(Regel.BruikbareDatum(ontvangenOp), vandaag);
        ontvangenOp = Regel.BruikbareDatum(ontvangenOp);
        var huidig = LopendeBeslistermijn(instellingen, ontvangenOp);
        Regel.Eis(IngebrekestellingOntvangenOp is null, Regelnamen.EenIngebrekestelling, "Er is al een ingebrekestelling vastgelegd.");
        Regel.Eis(ontvangenOp > huidig.Einddatum, Regelnamen.IngebrekestellingNaVerlopenTermijn,
            $"Een ingebrekestelling kan pas na het einde van de beslistermijn ({huidig.Einddatum:dd-MM-yyyy}).");
        IngebrekestellingOntvangenOp = ontvangenOp;
    }

    /// <summary>
    /// The dwangsom due so far (Awb 4:17) up to and including <paramref name="totEnMet"/>: today while no beschikking is given,
    /// otherwise the day before it. Zero without an ingebrekestelling.
    /// </summary>
    public decimal DwangsomTotEnMet(DateOnly totEnMet, DwangsomTarief tarief) => DwangsomVan(IngebrekestellingOntvangenOp, totEnMet, tarief);

    /// <summary>Awb 4:17 from the stored receipt of the ingebrekestelling alone, for a list that does not load the whole vraag.</summary>
    public static decimal DwangsomVan(DateOnly? ingebrekestellingOntvangenOp, DateOnly totEnMet, DwangsomTarief tarief) =>
        ingebrekestellingOntvangenOp is { } ontvangen ? new Ingebrekestelling(ontvangen).Dwangsom(totEnMet, tarief) : 0m;

    // Periods are counted once each (Termijn.Bereken adds their days), so a new one starts after the previous one ended; and an
    // expired term cannot be revived by suspending it afterwards (onderzoek and beslistermijn alike).
    private static void NieuweOpschortingPast(DateOnly van, IEnumerable<DateOnly?> eerdereEinden, Termijn termijn, string naam)
    {
        Regel.Eis(eerdereEinden.All(einde => einde < van), Regelnamen.OpschortingenOverlappenNiet, "Deze opschorting overlapt met een eerdere opschorting.");
        Regel.Eis(van <= termijn.Einddatum, Regelnamen.OpschortingNietNaVerlopenTermijn,
            $"De {naam} is op {termijn.Einddatum:dd-MM-yyyy} verstreken; een opschorting daarna doet hem niet herleven.");
    }

    private Termijn LopendeBeslistermijn(TermijnInstellingen instellingen, DateOnly vandaag)
    {
        Regel.Eis(Aanvraagdatum is not null && BeschikkingId is null, Regelnamen.AlleenBijLopendeAanvraag, "Er loopt geen aanvraag waarop nog beslist moet worden.");
        return Beschikkingstermijn(instellingen, vandaag)!;
    }

    // ── rules ────────────────────────────────────────────────────────────

    private void GaNaar(VraagStatus nieuw)
    {
        ControleerOvergang(nieuw);
        Status = nieuw;
    }

    private void ControleerOvergang(VraagStatus nieuw) =>
        Regel.Eis(_toegestaneOvergangen.TryGetValue(Status, out var naar) && naar.Contains(nieuw), Regelnamen.ToegestaneStatusovergang,
            "Deze stap past niet bij waar de ondersteuningsvraag nu staat. Bekijk de stappen op de pagina van de vraag.");

    private void OnderzoekKanLopen() =>
        Regel.Eis(OnderzoekLoopt, Regelnamen.ToegestaneStatusovergang, "Dit kan alleen tijdens het onderzoek (de vraagverheldering, of een aanvraag die op advies wacht).");

    // Wmo 2015 art. 2.3.2 and 2.3.5; Awb 3:2 (zorgvuldige voorbereiding): no toekenning or afwijzing without a completed onderzoek.
    private void BesluitNaAfgerondOnderzoek() =>
        Regel.Eis(OnderzoekAfgerond, nameof(BesluitNaAfgerondOnderzoek),
            "Rond eerst het onderzoek af: minstens één afgerond gesprek en de vaste volgorde van afweging beantwoord. Zonder onderzoek wordt niet beslist.");

    private void IsInVraagverheldering() =>
        Regel.Eis(Status == VraagStatus.InVraagverheldering, Regelnamen.ToegestaneStatusovergang, "Dit kan alleen tijdens de vraagverheldering.");

    private Gesprek Zoek(Guid gesprekId)
    {
        var gesprek = _gesprekken.SingleOrDefault(g => g.Id == gesprekId);
        Regel.Eis(gesprek is not null, Regelnamen.GesprekHoortBijVraag, "Dit gesprek hoort niet bij deze vraag.");
        return gesprek!;
    }

    // 002 §3.1 "Werkwijze": the onderzoek is a beroepskracht's work.
    private static void AlleenBeroepskrachtDoetOnderzoek(Actor actor) =>
        Regel.Eis(actor.IsBeroepskrachtBasisondersteuning, nameof(AlleenBeroepskrachtDoetOnderzoek), "Alleen een sociaal werker van de basisondersteuning voert de vraagverheldering.");

    // Issue 12: once a gesprek is completed or an uitkomst recorded, the vraag holds work about this person; it is closed, not unlinked.
    private void KoppelingOngedaanAlleenVoorEenBesluit() =>
        Regel.Eis(KanKoppelingOngedaanMaken, nameof(KoppelingOngedaanAlleenVoorEenBesluit),
            "De koppeling kan alleen ongedaan worden gemaakt zolang er geen gesprek is afgerond en geen uitkomst is vastgelegd. Sluit de vraag anders af.");

    // Wmo 2015 art. 2.2.4, 001 L647: offer onafhankelijke cliëntondersteuning before the gesprek is completed.
    private void ClientondersteuningAangebodenVoorAfrondenGesprek() =>
        Regel.Eis(ClientondersteuningAangebodenOp is not null, nameof(ClientondersteuningAangebodenVoorAfrondenGesprek), "Leg eerst vast dat gratis onafhankelijke cliëntondersteuning is aangeboden.");

    // 000 L727-731, 003 L2765-2770: the checks are answered in their fixed order.
    private void VasteVolgordeVanAfweging(Afwegingsstap stap)
    {
        var ontbrekend = OnbeantwoordeStappenVoor(stap);
        Regel.Eis(ontbrekend.Count == 0, nameof(VasteVolgordeVanAfweging), $"Beantwoord eerst de eerdere {StapNummers(ontbrekend)} van de vaste volgorde.");
    }

    private List<Afwegingsstap> OnbeantwoordeStappenVoor(Afwegingsstap stap) =>
        Enum.GetValues<Afwegingsstap>().Where(s => s < stap && _afweging.All(a => a.Stap != s)).ToList();

    // 000 L727-731: every ruled-out step needs a short motivation.
    private static void UitgeslotenStapHeeftMotivering(bool biedtOplossing, string? motivering) =>
        Regel.Eis(biedtOplossing || !string.IsNullOrWhiteSpace(motivering), nameof(UitgeslotenStapHeeftMotivering), "Motiveer waarom deze stap geen oplossing biedt.");

    // 002 §3.1 "Werkwijze": the decision is always a professional's, never a volunteer's.
    // 002 §9.6: the professional of the basisondersteuning registers the support, so also its end.
    private static void AlleenBeroepskrachtBeeindigtBasisondersteuning(Actor actor) =>
        Regel.Eis(actor.IsBeroepskrachtBasisondersteuning, nameof(AlleenBeroepskrachtBeeindigtBasisondersteuning),
            "Alleen een sociaal werker van de basisondersteuning legt het einde van de basisondersteuning vast.");

    // DOMAIN.md §7: only a registration of basisondersteuning has a start- and einddatum of its own.
    private void EindeAlleenVoorBasisondersteuning() =>
        Regel.Eis(Uitkomst is { Soort: UitkomstSoort.Basisondersteuning }, nameof(EindeAlleenVoorBasisondersteuning),
            "Alleen bij een uitkomst basisondersteuning legt u een einddatum van de ondersteuning vast.");

    // A period ends on or after its first day (Periode); an end before the start means the support never ran.
    private void EindeNietVoorStart(DateOnly einddatum) =>
        Regel.Eis(einddatum >= Uitkomst!.Startdatum, Regelnamen.EindeNietVoorStart,
            $"De einddatum ligt niet vóór de startdatum van de ondersteuning ({Uitkomst.Startdatum:dd-MM-yyyy}).");

    private static void VrijwilligerLegtGeenUitkomstVast(Actor actor) =>
        Regel.Eis(actor.Rol != Rol.Vrijwilliger, nameof(VrijwilligerLegtGeenUitkomstVast), "Een vrijwilliger legt geen uitkomst vast; dat doet een beroepskracht.");

    // 002 §3.1: every verwijzing to aanvullende ondersteuning is made by a deskundige of the basisondersteuning.
    private static void AlleenBeroepskrachtVerwijstNaarAanvullend(Actor actor) =>
        Regel.Eis(actor.IsBeroepskrachtBasisondersteuning, nameof(AlleenBeroepskrachtVerwijstNaarAanvullend), "Alleen een beroepskracht van de basisondersteuning verwijst naar aanvullende ondersteuning.");

    // DOMAIN.md §2.3: the uitkomst is decided by the sociaal werker.
    private static void AlleenBeroepskrachtLegtUitkomstVast(Actor actor) =>
        Regel.Eis(actor.IsBeroepskrachtBasisondersteuning, nameof(AlleenBeroepskrachtLegtUitkomstVast), "Alleen een sociaal werker van de basisondersteuning legt de uitkomst vast.");

    // 001 "vaak meerdere gesprekken": an outcome follows at least one completed gesprek.
    private void UitkomstNaAfgerondGesprek() =>
        Regel.Eis(HeeftAfgerondGesprek, nameof(UitkomstNaAfgerondGesprek), "Rond eerst minstens één gesprek af.");

    private static Afwegingsstap? StapTotUitkomst(UitkomstSoort soort) => soort switch
    {
        UitkomstSoort.Basisondersteuning => Afwegingsstap.Basisondersteuning,
        UitkomstSoort.AanvullendViaVerwijzing or UitkomstSoort.AanvullendViaAanvraag or UitkomstSoort.RegionaleVoorziening => Afwegingsstap.AanvullendeOndersteuning,
        _ => null,
    };

    // 000 L727-731: before basis/aanvullend/regionaal every earlier step is answered.
    private void AfwegingDoorlopenVoorUitkomstBovenSocialeBasis(Uitkomst uitkomst)
    {
        var totStap = StapTotUitkomst(uitkomst.Soort);
        if (totStap is null)
        {
            return;
        }

        var ontbrekend = OnbeantwoordeStappenVoor(totStap.Value);
        Regel.Eis(ontbrekend.Count == 0, nameof(AfwegingDoorlopenVoorUitkomstBovenSocialeBasis),
            $"Doorloop eerst de vaste volgorde van afweging; nog niet beantwoord: {StapNummers(ontbrekend)}.");
    }

    // Issue 12: messages name steps by their number in the fixed order (as the form shows them), never by a code name.
    private static string StapNummers(IReadOnlyList<Afwegingsstap> stappen)
    {
        var nummers = stappen.Select(s => ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return nummers.Count switch
        {
            0 => "stappen",
            1 => $"stap {nummers[0]}",
            _ => $"stappen {string.Join(", ", nummers[..^1])} en {nummers[^1]}",
        };
    }

    /// <summary>The steps of the fixed order that must be answered before an uitkomst of <paramref name="soort"/> (000 L727-731); empty when none.</summary>
    public IReadOnlyList<Afwegingsstap> OnbeantwoordVoorUitkomst(UitkomstSoort soort) =>
        StapTotUitkomst(soort) is { } totStap ? OnbeantwoordeStappenVoor(totStap) : [];

    /// <summary>Whether a gesprek has been completed (needed before any uitkomst).</summary>
    public bool HeeftAfgerondGesprek => _gesprekken.Any(g => g.IsAfgerond);

    // 002 §4.7: regional provisions always via zwaarwegend advies; the voorziening must fit the outcome.
    private static Voorziening? UitkomstPastBijVoorziening(Uitkomst uitkomst, Voorzieningencatalogus catalogus)
    {
        if (uitkomst.VoorzieningCode is null)
        {
            return null;
        }

        var voorziening = catalogus.Zoek(uitkomst.VoorzieningCode);
        Regel.Eis(!(voorziening.Pijler == Pijler.Regionaal && uitkomst.Soort != UitkomstSoort.RegionaleVoorziening), Regelnamen.RegionaleVoorzieningAltijdViaAdvies,
            "Een regionale of landelijke voorziening loopt altijd via een zwaarwegend advies.");
        Regel.Eis(voorziening.Pijler == uitkomst.Pijler, Regelnamen.UitkomstPastBijVoorziening, $"'{voorziening.Naam}' hoort niet bij deze uitkomst.");
        Regel.Eis(uitkomst.Perceel is null || uitkomst.Perceel == voorziening.Perceel, Regelnamen.UitkomstPastBijVoorziening, "De verwijzing gaat naar een aanbieder in een ander perceel dan de voorziening.");
        return voorziening;
    }

    // Wmo 2015 art. 2.2.4 lid 1 (cliëntondersteuning is onafhankelijk) and 001 §3.3 (L647, L659-663): the sociaal werker who
    // handles the vraag cannot also be the inwoner's onafhankelijke cliëntondersteuner.
    private static void BehandelaarIsGeenOnafhankelijkeClientondersteuner(Guid? behandelaarId, Guid? clientondersteunerId) =>
        Regel.Eis(behandelaarId is null || clientondersteunerId is null || behandelaarId != clientondersteunerId, Regelnamen.BehandelaarIsGeenOnafhankelijkeClientondersteuner,
            "De sociaal werker die deze vraag behandelt, kan niet de onafhankelijke cliëntondersteuner van de inwoner zijn.");

    // Wmo 2015 art. 2.3.2 lid 1: the onderzoek follows the melding, so nothing of it is dated before.
    private void NietVoorDeMelding(DateOnly datum, string regel, string wat) =>
        Regel.Eis(datum >= Meldingsdatum, regel, $"{wat} ({Meldingsdatum:dd-MM-yyyy}).");

    // Wmo 2015 art. 2.3.2 lid 8: the verslag reports the outcome of the onderzoek, so it follows a completed gesprek.
    private void VerslagNaAfgerondGesprek(DateOnly datum)
    {
        var afgerond = _gesprekken.Where(g => g.IsAfgerond).ToList();
        Regel.Eis(afgerond.Count > 0, Regelnamen.VerslagNaAfgerondGesprek, "Rond eerst minstens één gesprek af; het verslag geeft de uitkomst van het onderzoek weer.");
        var eerste = afgerond.Min(g => g.Datum);
        Regel.Eis(datum >= eerste, Regelnamen.VerslagNaAfgerondGesprek, $"Het verslag kan niet zijn verstrekt vóór het eerste gesprek ({eerste:dd-MM-yyyy}).");
    }

    // 000 L727-731 ("eerst ... dan pas"): a step that solves the question stops the order of checks, unless the professional
    // records why it still does not suffice (a partial solution; support from several pillars at once, DOMAIN.md §1).
    private void OplossendeStapStoptAfweging(Afwegingsstap stap)
    {
        var oplossend = _afweging.Where(a => a.Stap < stap && a.StoptAfweging).OrderBy(a => a.Stap).FirstOrDefault();
        Regel.Eis(oplossend is null, nameof(OplossendeStapStoptAfweging),
            $"De stap '{oplossend?.Stap}' lost de vraag op; motiveer bij die stap waarom dat toch niet volstaat, of stop de afweging daar.");
    }

    // 000 L727-731: an uitkomst beyond a step that solves the question needs that step's motivation why it does not suffice.
    private void GeenOplossendeStapVoorUitkomst(Uitkomst uitkomst)
    {
        var niveau = uitkomst.Soort switch
        {
            UitkomstSoort.SocialeBasis => Afwegingsstap.SocialeBasis,
            UitkomstSoort.Basisondersteuning => Afwegingsstap.Basisondersteuning,
            UitkomstSoort.AanvullendViaVerwijzing or UitkomstSoort.AanvullendViaAanvraag or UitkomstSoort.RegionaleVoorziening => Afwegingsstap.AanvullendeOndersteuning,
            _ => (Afwegingsstap?)null,
        };
        if (niveau is { } n)
        {
            OplossendeStapStoptAfweging(n);
        }
    }

    // Wlz art. 3.2.1 en 3.2.3 (the CIZ decides on a Wlz-aanvraag); 000 L450: a vraag ends in the Wlz only when that aanvraag is recorded.
    private void OvergangNaarWlzVereistWlzAanvraag() =>
        Regel.Eis(WlzAanvraagSinds is not null, Regelnamen.OvergangNaarWlzVereistWlzAanvraag,
            "Leg eerst de Wlz-aanvraag vast (de datum en, zodra het er is, het besluit van het CIZ).");

    // 000 L450: a pending Wlz-aanvraag keeps the Wmo responsible; the Wmo support stays until the Wlz is granted.
    private void WlzAanvraagHoudtWmoOndersteuningInStand() =>
        Regel.Eis(!WlzAanvraagLoopt && (WlzAanvraagSinds is null || WlzToegekend), Regelnamen.WlzAanvraagHoudtWmoOndersteuningInStand,
            "Zolang de Wlz-aanvraag loopt (of niet is toegekend) blijft de Wmo-ondersteuning doorlopen.");
}
