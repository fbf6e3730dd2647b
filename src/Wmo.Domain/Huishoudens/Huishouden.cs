using Wmo.Domain.Common;
using Wmo.Domain.Plannen;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Huishoudens;

/// <summary>
/// A household: its members over time, its mantelzorgers, its one regievoerder and its one active
/// ondersteuningsplan (002 §2.3, §4.6; 000 L456-468; DOMAIN.md §4).
/// </summary>
public sealed class Huishouden
{
    private readonly List<Lidmaatschap> _lidmaatschappen = [];
    private readonly List<Mantelzorger> _mantelzorgers = [];
    private readonly List<Regieoverdracht> _regiehistorie = [];

    private Huishouden()
    {
        Naam = string.Empty;
    }

    public Huishouden(string naam)
    {
        Id = Guid.CreateVersion7();
        Naam = Regel.VerplichteTekst(naam, Regelnamen.HuishoudenHeeftNaam, "Geef het huishouden een naam, bijvoorbeeld de achternaam.");
    }

    public Guid Id { get; private set; }

    public string Naam { get; private set; }

    public IReadOnlyList<Lidmaatschap> Lidmaatschappen => _lidmaatschappen;

    public IReadOnlyList<Mantelzorger> Mantelzorgers => _mantelzorgers;

    /// <summary>Every assignment and hand-over of the regievoerder, oldest first.</summary>
    public IReadOnlyList<Regieoverdracht> Regiehistorie => _regiehistorie;

    /// <summary>User id of the professional of the basisondersteuning who holds regie.</summary>
    public Guid? RegievoerderId { get; private set; }

    /// <summary>True while the household receives basis- or aanvullende ondersteuning.</summary>
    public bool OntvangtProfessioneleOndersteuning { get; private set; }

    public Guid? ActiefPlanId { get; private set; }

    public AndereRegie? JetProcesregie { get; private set; }

    public AndereRegie? SocialeZakenRegie { get; private set; }

    public IEnumerable<Lidmaatschap> LedenOp(DateOnly datum) => _lidmaatschappen.Where(l => l.Periode.Bevat(datum));

    public bool IsLidOp(Guid inwonerId, DateOnly datum) => LedenOp(datum).Any(l => l.InwonerId == inwonerId);

    /// <summary>
    /// Adds a member. <paramref name="lidmaatschappenElders"/> are the inwoner's memberships of other households
    /// (the platform queries them); none may overlap the new one.
    /// </summary>
    public Lidmaatschap VoegLidToe(Guid inwonerId, Relatie relatie, DateOnly vanaf, IEnumerable<Periode> lidmaatschappenElders)
    {
        ToetsNieuwLid(inwonerId, vanaf, lidmaatschappenElders);
        var lid = new Lidmaatschap(inwonerId, relatie, vanaf);
        _lidmaatschappen.Add(lid);
        return lid;
    }

    /// <summary>Whether the inwoner could join from <paramref name="vanaf"/>: breaks the rule if a membership here or elsewhere overlaps.</summary>
    public void ToetsNieuwLid(Guid inwonerId, DateOnly vanaf, IEnumerable<Periode> lidmaatschappenElders) =>
        InwonerIsInEenHuishoudenTegelijk(new Periode(vanaf), lidmaatschappenElders.Concat(_lidmaatschappen.Where(l => l.InwonerId == inwonerId).Select(l => l.Periode)));

    /// <summary>Ends the current membership (the day before a move, or on death); history stays.</summary>
    public void BeeindigLidmaatschap(Guid inwonerId, DateOnly totEnMet)
    {
        var lid = _lidmaatschappen.SingleOrDefault(l => l.InwonerId == inwonerId && l.Tot is null);
        Regel.Eis(lid is not null, Regelnamen.LidmaatschapBestaat, "Deze inwoner is geen lid van dit huishouden.");
        lid!.Beeindig(totEnMet);
    }

    public Mantelzorger VoegMantelzorgerToe(string naam, string relatie, decimal urenPerWeek, Belastbaarheid belastbaarheid)
    {
        var mantelzorger = new Mantelzorger(naam, relatie, urenPerWeek, belastbaarheid);
        _mantelzorgers.Add(mantelzorger);
        return mantelzorger;
    }

    public void WijzigMantelzorg(Guid mantelzorgerId, decimal urenPerWeek, Belastbaarheid belastbaarheid)
    {
        var mantelzorger = _mantelzorgers.SingleOrDefault(m => m.Id == mantelzorgerId);
        Regel.Eis(mantelzorger is not null, Regelnamen.MantelzorgerBestaat, "Deze mantelzorger hoort niet bij dit huishouden.");
        mantelzorger!.Wijzig(urenPerWeek, belastbaarheid);
    }

    /// <summary>Assigns the first regievoerder; a change afterwards goes through <see cref="DraagRegieOver"/>.</summary>
    public void WijsRegievoerderToe(Actor regievoerder, Actor door, DateTimeOffset moment)
    {
        RegievoerderIsBeroepskrachtBasisondersteuning(regievoerder);
        Regel.Eis(RegievoerderId is null, nameof(HuishoudenHeeftEenRegievoerder), "Dit huishouden heeft al een regievoerder. Draag de regie expliciet over.");
        _regiehistorie.Add(new Regieoverdracht(null, regievoerder.GebruikerId, "Eerste toewijzing", door.GebruikerId, moment));
        RegievoerderId = regievoerder.GebruikerId;
    }

    /// <summary>Explicit, logged hand-over: the old regievoerder is replaced, never joined by a second one (002 §2.3).</summary>
    public void DraagRegieOver(Actor nieuweRegievoerder, string reden, Actor door, DateTimeOffset moment)
    {
        RegievoerderIsBeroepskrachtBasisondersteuning(nieuweRegievoerder);
        Regel.Eis(RegievoerderId is not null, Regelnamen.OverdrachtVereistRegievoerder, "Er is nog geen regievoerder om de regie van over te dragen.");
        Regel.Eis(RegievoerderId != nieuweRegievoerder.GebruikerId, Regelnamen.OverdrachtAanAnderePersoon, "De nieuwe regievoerder is dezelfde als de huidige.");
        var motivering = Regel.VerplichteTekst(reden, Regelnamen.OverdrachtHeeftReden, "Geef de reden van de overdracht van de regie.");
        _regiehistorie.Add(new Regieoverdracht(RegievoerderId, nieuweRegievoerder.GebruikerId, motivering, door.GebruikerId, moment));
        RegievoerderId = nieuweRegievoerder.GebruikerId;
    }

    /// <summary>
    /// A beheerder decides who holds regie (issue 9), e.g. when the regievoerder left and cannot hand over: the only way,
    /// next to the hand-over, to make a sociaal werker outside the household's caseload its regievoerder. The beheerder
    /// sees no dossier content for it; the decision is logged with its reason like a hand-over.
    /// </summary>
    public void BeslisRegievoerder(Actor nieuweRegievoerder, string reden, Actor beheerder, DateTimeOffset moment)
    {
        RegiebeslissingDoorBeheerder(beheerder);
        RegievoerderIsBeroepskrachtBasisondersteuning(nieuweRegievoerder);
        Regel.Eis(RegievoerderId != nieuweRegievoerder.GebruikerId, Regelnamen.OverdrachtAanAnderePersoon, "De nieuwe regievoerder is dezelfde als de huidige.");
        var motivering = RegiebeslissingHeeftReden(reden);
        _regiehistorie.Add(new Regieoverdracht(RegievoerderId, nieuweRegievoerder.GebruikerId, BeslissingBeheerder + motivering, beheerder.GebruikerId, moment));
        RegievoerderId = nieuweRegievoerder.GebruikerId;
    }

    /// <summary>How a beheerder's decision reads in the regie history, before its reason.</summary>
    public const string BeslissingBeheerder = "Beslissing beheerder: ";

    /// <summary>As for an inzage buiten eigen caseload: a reason a privacy officer can judge, not "ok".</summary>
    public const int MinimaleRedenRegiebeslissing = 10;

    /// <summary>Marks that basis- or aanvullende ondersteuning starts; only possible with a regievoerder.</summary>
    public void StartProfessioneleOndersteuning()
    {
        HuishoudenHeeftEenRegievoerder();
        OntvangtProfessioneleOndersteuning = true;
    }

    public void BeeindigProfessioneleOndersteuning() => OntvangtProfessioneleOndersteuning = false;

    /// <summary>JET procesregie for the Jeugdwet part (002 §4.6): recorded, not a regievoerder.</summary>
    public void LegJetProcesregieVast(AndereRegie? regie)
    {
        Regel.Eis(regie is null || regie.Domein == RegieDomein.JeugdExpertTeam, Regelnamen.AndereRegieInEigenDomein, "Dit is geen JET-procesregie.");
        JetProcesregie = regie;
    }

    /// <summary>Sociale Zaken holds regie on werk/inkomen (002 §4.6): recorded, not a regievoerder.</summary>
    public void LegSocialeZakenRegieVast(AndereRegie? regie)
    {
        Regel.Eis(regie is null || regie.Domein == RegieDomein.SocialeZaken, Regelnamen.AndereRegieInEigenDomein, "Dit is geen regie van Sociale Zaken.");
        SocialeZakenRegie = regie;
    }

    /// <summary>Makes <paramref name="plan"/> the household's one active plan (003 L2849-2857).</summary>
    public void ActiveerPlan(Ondersteuningsplan plan, DateOnly datum)
    {
        Regel.Eis(plan.HuishoudenId == Id, Regelnamen.PlanHoortBijHuishouden, "Dit ondersteuningsplan hoort bij een ander huishouden.");
        // 003 L2849-2857, DOMAIN.md §4: at most one active plan per household.
        Regel.Eis(ActiefPlanId is null, Regelnamen.HoogstensEenActiefOndersteuningsplan, "Dit huishouden heeft al een actief ondersteuningsplan. Sluit dat eerst af.");
        plan.Activeer(datum);
        ActiefPlanId = plan.Id;
    }

    public void SluitPlanAf(Ondersteuningsplan plan, DateOnly datum)
    {
        Regel.Eis(ActiefPlanId == plan.Id, Regelnamen.PlanHoortBijHuishouden, "Dit is niet het actieve plan van dit huishouden.");
        plan.SluitAf(datum);
        ActiefPlanId = null;
    }

    // 002 §2.3: the regievoerder is a professional of the basisondersteuning.
    private static void RegievoerderIsBeroepskrachtBasisondersteuning(Actor actor) =>
        Regel.Eis(actor.IsBeroepskrachtBasisondersteuning, Regelnamen.RegievoerderIsBeroepskrachtBasisondersteuning, "De regievoerder moet een beroepskracht van de basisondersteuning zijn.");

    // Issue 9 (need-to-know, DOMAIN.md §8): outside the hand-over by the regievoerder only functioneel beheer decides on regie.
    private static void RegiebeslissingDoorBeheerder(Actor actor) =>
        Regel.Eis(actor.Rol == Rol.Beheerder, nameof(RegiebeslissingDoorBeheerder), "Alleen een beheerder kan over de regie beslissen; vraag anders de regievoerder de regie over te dragen.");

    // Issue 9: the decision is audited with its reason, so the privacy officer can judge it.
    private static string RegiebeslissingHeeftReden(string? reden)
    {
        var tekst = Regel.VerplichteTekst(reden, Regelnamen.RegiebeslissingHeeftReden, "Geef de reden van de beslissing over de regie.");
        Regel.Eis(tekst.Length >= MinimaleRedenRegiebeslissing, Regelnamen.RegiebeslissingHeeftReden, $"Geef een reden van minstens {MinimaleRedenRegiebeslissing} tekens.");
        return tekst;
    }

    // 002 §2.3, DOMAIN.md §4: exactly one regievoerder once basis- or aanvullende ondersteuning is received.
    private void HuishoudenHeeftEenRegievoerder() =>
        Regel.Eis(RegievoerderId is not null, nameof(HuishoudenHeeftEenRegievoerder), "Wijs eerst een regievoerder toe: een huishouden met basis- of aanvullende ondersteuning heeft precies één regievoerder.");

    // DOMAIN.md §4: an inwoner belongs to one household at a time.
    private static void InwonerIsInEenHuishoudenTegelijk(Periode nieuw, IEnumerable<Periode> bestaande) =>
        Regel.Eis(!bestaande.Any(b => b.Overlapt(nieuw)), nameof(InwonerIsInEenHuishoudenTegelijk), "Deze inwoner is in deze periode al lid van een huishouden. Beëindig eerst dat lidmaatschap.");
}
