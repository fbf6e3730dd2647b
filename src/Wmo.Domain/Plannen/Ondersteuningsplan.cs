using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;

namespace Wmo.Domain.Plannen;

/// <summary>Leefgebieden of the onderzoek and the plan (002 §3.2, 003 L2647-2653).</summary>
public enum Leefgebied
{
    Wonen = 1,
    FinancienSchulden = 2,
    Gezondheid = 3,
    WelzijnSocialeRelaties = 4,
    MeedoenParticipatie = 5,
    DagbestedingWerk = 6,
    OpvoedenOpgroeien = 7,
    Veiligheid = 8,
}

/// <summary>Who delivers an action (003 L2849-2857: who does what).</summary>
public enum Uitvoerder
{
    SocialeBasis = 1,
    Basisondersteuning = 2,
    AanvullendeOndersteuning = 3,
    AnderDomein = 4,
    InwonerEnNetwerk = 5,
}

/// <summary>Who pays an action (003 L2849-2857: financieringsplan).</summary>
public enum Financier
{
    Niemand = 1,
    Inwoner = 2,
    GemeenteWmo = 3,
    GemeenteJeugdwet = 4,
    GemeenteParticipatiewet = 5,
    Zorgverzekeraar = 6,
    Wlz = 7,
}

public enum PlanStatus
{
    Concept = 1,
    Actief = 2,
    Afgesloten = 3,
}

public enum EvaluatieUitkomst
{
    Behaald = 1,
    DeelsBehaald = 2,
    NietBehaald = 3,
    Bijgesteld = 4,
}

/// <summary>
/// The household's integrated plan: goals per leefgebied, who does what and who pays
/// (003 L2849-2857). At most one is active per household — see <c>Huishouden.ActiveerPlan</c>.
/// </summary>
public sealed class Ondersteuningsplan
{
    private readonly List<Doel> _doelen = [];
    private readonly List<Actie> _acties = [];

    private Ondersteuningsplan()
    {
    }

    public Ondersteuningsplan(Guid huishoudenId, Actor opsteller, DateOnly opgesteldOp)
    {
        Regel.Eis(opsteller.IsBeroepskrachtBasisondersteuning, Regelnamen.PlanDoorBeroepskracht, "Een ondersteuningsplan wordt opgesteld door een beroepskracht van de basisondersteuning.");
        Id = Guid.CreateVersion7();
        HuishoudenId = huishoudenId;
        OpstellerId = opsteller.GebruikerId;
        OpgesteldOp = opgesteldOp;
        Status = PlanStatus.Concept;
    }

    public Guid Id { get; private set; }

    public Guid HuishoudenId { get; private set; }

    public Guid OpstellerId { get; private set; }

    public DateOnly OpgesteldOp { get; private set; }

    public PlanStatus Status { get; private set; }

    public DateOnly? ActiefVanaf { get; private set; }

    public DateOnly? AfgeslotenOp { get; private set; }

    public IReadOnlyList<Doel> Doelen => _doelen;

    public IReadOnlyList<Actie> Acties => _acties;

    /// <summary>A doel, possibly about one person: that person must be a member of the plan's household on <paramref name="datum"/>.</summary>
    public Doel VoegDoelToe(Huishouden huishouden, Leefgebied leefgebied, string omschrijving, Doelsoort doelsoort, DateOnly evaluatiedatum, Guid? inwonerId, DateOnly datum)
    {
        Regel.Eis(huishouden.Id == HuishoudenId, Regelnamen.PlanHoortBijHuishouden, "Dit ondersteuningsplan hoort bij een ander huishouden.");
        DoelGaatOverLidVanHuishouden(huishouden, inwonerId, datum);
        return NieuwDoel(leefgebied, omschrijving, doelsoort, evaluatiedatum, inwonerId, datum);
    }

    // DOMAIN.md §4 (one household, one plan) and §8 (need-to-know): a plan never names someone outside its household.
    private static void DoelGaatOverLidVanHuishouden(Huishouden huishouden, Guid? inwonerId, DateOnly datum) =>
        Regel.Eis(inwonerId is null || huishouden.IsLidOp(inwonerId.Value, datum), nameof(DoelGaatOverLidVanHuishouden),
            "Kies een lid van dit huishouden, of laat het doel over het hele huishouden gaan.");

    /// <summary>A doel without the household at hand (seeding): the evaluatiedatum lies within the range of the plan's own date.</summary>
    public Doel VoegDoelToe(Leefgebied leefgebied, string omschrijving, Doelsoort doelsoort, DateOnly evaluatiedatum, Guid? inwonerId = null) =>
        NieuwDoel(leefgebied, omschrijving, doelsoort, evaluatiedatum, inwonerId, OpgesteldOp);

    private Doel NieuwDoel(Leefgebied leefgebied, string omschrijving, Doelsoort doelsoort, DateOnly evaluatiedatum, Guid? inwonerId, DateOnly vandaag)
    {
        PlanIsNietAfgesloten();
        Regel.Eis(evaluatiedatum > OpgesteldOp, Regelnamen.EvaluatiedatumNaOpstellen, "De evaluatiedatum ligt na de datum van het plan.");
        Datumbereik.PlanOfTermijnDatum(evaluatiedatum, vandaag);
        var doel = new Doel(leefgebied, omschrijving, doelsoort, evaluatiedatum, inwonerId);
        _doelen.Add(doel);
        return doel;
    }

    /// <param name="socialeKaartAanbodId">The chosen offer of the sociale kaart, so the referral is concrete (002 §2.2, §3.1).</param>
    public Actie VoegActieToe(Guid doelId, string omschrijving, Uitvoerder uitvoerder, string uitgevoerdDoor, Financier financier, Guid? socialeKaartAanbodId = null)
    {
        PlanIsNietAfgesloten();
        Regel.Eis(_doelen.Any(d => d.Id == doelId), Regelnamen.ActieHoortBijDoelVanPlan, "Een actie hoort bij een doel van dit plan.");

        // 002 §2.2: the sociale kaart lists offers of the sociale basis; another pillar's action cannot point at one.
        Regel.Eis(socialeKaartAanbodId is null || uitvoerder == Uitvoerder.SocialeBasis, Regelnamen.SocialeKaartAlleenBijSocialeBasis,
            "Een aanbod van de sociale kaart hoort bij een actie van de sociale basis.");
        var actie = new Actie(doelId, omschrijving, uitvoerder, uitgevoerdDoor, financier, socialeKaartAanbodId);
        _acties.Add(actie);
        return actie;
    }

    /// <summary>Corrects a goal while the plan is a concept; an active plan changes through evaluation (001 L893-906).</summary>
    public void WijzigDoel(Huishouden huishouden, Guid doelId, Leefgebied leefgebied, string omschrijving, Doelsoort doelsoort, DateOnly evaluatiedatum, Guid? inwonerId, DateOnly datum)
    {
        AlleenConceptplanCorrigeren();
        Regel.Eis(huishouden.Id == HuishoudenId, Regelnamen.PlanHoortBijHuishouden, "Dit ondersteuningsplan hoort bij een ander huishouden.");
        DoelGaatOverLidVanHuishouden(huishouden, inwonerId, datum);
        Regel.Eis(evaluatiedatum > OpgesteldOp, Regelnamen.EvaluatiedatumNaOpstellen, "De evaluatiedatum ligt na de datum van het plan.");
        Datumbereik.PlanOfTermijnDatum(evaluatiedatum, datum);
        DoelVanDitPlan(doelId).Wijzig(leefgebied, omschrijving, doelsoort, evaluatiedatum, inwonerId);
    }

    /// <summary>Removes a goal of a concept plan, with the actions that belong to it (an action always has a goal).</summary>
    public void VerwijderDoel(Guid doelId)
    {
        AlleenConceptplanCorrigeren();
        _doelen.Remove(DoelVanDitPlan(doelId));
        _acties.RemoveAll(a => a.DoelId == doelId);
    }

    public void WijzigActie(Guid actieId, Guid doelId, string omschrijving, Uitvoerder uitvoerder, string uitgevoerdDoor, Financier financier, Guid? socialeKaartAanbodId = null)
    {
        AlleenConceptplanCorrigeren();
        var actie = ActieVanDitPlan(actieId);
        Regel.Eis(_doelen.Any(d => d.Id == doelId), Regelnamen.ActieHoortBijDoelVanPlan, "Een actie hoort bij een doel van dit plan.");
        Regel.Eis(socialeKaartAanbodId is null || uitvoerder == Uitvoerder.SocialeBasis, Regelnamen.SocialeKaartAlleenBijSocialeBasis,
            "Een aanbod van de sociale kaart hoort bij een actie van de sociale basis.");
        actie.Wijzig(doelId, omschrijving, uitvoerder, uitgevoerdDoor, financier, socialeKaartAanbodId);
    }

    public void VerwijderActie(Guid actieId)
    {
        AlleenConceptplanCorrigeren();
        _acties.Remove(ActieVanDitPlan(actieId));
    }

    /// <summary>
    /// AlleenConceptplanWeggooien: a concept was never agreed with the inwoner and may be thrown away; an active or
    /// closed plan is part of the dossier (Archiefwet, 001 L893-906) and stays.
    /// </summary>
    public void ControleerWeggooien() =>
        Regel.Eis(Status == PlanStatus.Concept, Regelnamen.AlleenConceptplanWeggooien, "Alleen een conceptplan kan worden weggegooid; een actief of afgesloten plan blijft in het dossier.");

    /// <summary>Evaluates a goal (001 L893-906); only an active plan is evaluated.</summary>
    public void EvalueerDoel(Guid doelId, EvaluatieUitkomst uitkomst, string toelichting, DateOnly datum, DateOnly? volgendeEvaluatie, DateOnly vandaag)
    {
        Datumbereik.PlanOfTermijnDatum(datum, vandaag);
        if (volgendeEvaluatie is { } volgende)
        {
            Datumbereik.PlanOfTermijnDatum(volgende, vandaag);
        }

        Regel.Eis(IsActief, Regelnamen.AlleenActiefPlanEvalueren, "Alleen een actief ondersteuningsplan kan worden geëvalueerd.");
        var doel = _doelen.SingleOrDefault(d => d.Id == doelId);
        Regel.Eis(doel is not null, Regelnamen.ActieHoortBijDoelVanPlan, "Dit doel hoort niet bij dit plan.");
        doel!.Evalueer(uitkomst, toelichting, datum, volgendeEvaluatie);
    }

    /// <summary>Goals whose evaluation date has passed without evaluation — for the worklist.</summary>
    public IEnumerable<Doel> TeEvaluerenOp(DateOnly datum) =>
        _doelen.Where(d => d.Evaluatiedatum <= datum && (d.LaatsteEvaluatieOp is null || d.LaatsteEvaluatieOp < d.Evaluatiedatum));

    /// <summary>Goals and actions can still be added (<see cref="PlanIsNietAfgesloten"/>).</summary>
    public bool KanWijzigen => Status != PlanStatus.Afgesloten;

    /// <summary>A concept can become the household's active plan.</summary>
    public bool KanActiveren => Status == PlanStatus.Concept;

    /// <summary>Only an active plan is evaluated and can be closed.</summary>
    public bool IsActief => Status == PlanStatus.Actief;

    /// <summary>Goals and actions can be corrected in place (<see cref="AlleenConceptplanCorrigeren"/>).</summary>
    public bool KanCorrigeren => Status == PlanStatus.Concept;

    internal void Activeer(DateOnly datum)
    {
        Regel.Eis(KanActiveren, Regelnamen.PlanStatusovergang, "Alleen een conceptplan kan actief worden.");
        Regel.Eis(_doelen.Count > 0, Regelnamen.PlanHeeftDoelen, "Een ondersteuningsplan heeft minstens één doel.");
        Status = PlanStatus.Actief;
        ActiefVanaf = datum;
    }

    internal void SluitAf(DateOnly datum)
    {
        Status = PlanStatus.Afgesloten;
        AfgeslotenOp = datum;
    }

    /// <summary>AlleenConceptplanCorrigeren: what was agreed in an active plan changes through an evaluation, not by editing (001 L893-906).</summary>
    private void AlleenConceptplanCorrigeren() =>
        Regel.Eis(KanCorrigeren, Regelnamen.AlleenConceptplanCorrigeren, "Doelen en acties van een actief plan wijzigt u via een evaluatie; alleen een conceptplan kunt u nog corrigeren.");

    private Doel DoelVanDitPlan(Guid doelId) =>
        _doelen.SingleOrDefault(d => d.Id == doelId) ?? throw new DomainException(Regelnamen.DoelHoortBijPlan, "Dit doel hoort niet bij dit plan.");

    private Actie ActieVanDitPlan(Guid actieId) =>
        _acties.SingleOrDefault(a => a.Id == actieId) ?? throw new DomainException(Regelnamen.ActieHoortBijPlan, "Deze actie hoort niet bij dit plan.");

    private void PlanIsNietAfgesloten() =>
        Regel.Eis(KanWijzigen, Regelnamen.PlanIsNietAfgesloten, "Een afgesloten plan kan niet meer worden gewijzigd.");
}

/// <summary>A goal on one leefgebied, aimed at ontwikkelen or stabiliseren (001 L893-906).</summary>
public sealed class Doel
{
    private Doel()
    {
        Omschrijving = string.Empty;
    }

    internal Doel(Leefgebied leefgebied, string omschrijving, Doelsoort doelsoort, DateOnly evaluatiedatum, Guid? inwonerId)
    {
        Id = Guid.CreateVersion7();
        Leefgebied = leefgebied;
        Omschrijving = Regel.VerplichteTekst(omschrijving, Regelnamen.DoelHeeftOmschrijving, "Beschrijf het doel.");
        Doelsoort = doelsoort;
        Evaluatiedatum = evaluatiedatum;
        InwonerId = inwonerId;
    }

    public Guid Id { get; private set; }

    public Leefgebied Leefgebied { get; private set; }

    public string Omschrijving { get; private set; }

    public Doelsoort Doelsoort { get; private set; }

    /// <summary>The member the goal is about; null for the whole household.</summary>
    public Guid? InwonerId { get; private set; }

    public DateOnly Evaluatiedatum { get; private set; }

    public EvaluatieUitkomst? Evaluatie { get; private set; }

    public string? EvaluatieToelichting { get; private set; }

    public DateOnly? LaatsteEvaluatieOp { get; private set; }

    internal void Wijzig(Leefgebied leefgebied, string omschrijving, Doelsoort doelsoort, DateOnly evaluatiedatum, Guid? inwonerId)
    {
        Omschrijving = Regel.VerplichteTekst(omschrijving, Regelnamen.DoelHeeftOmschrijving, "Beschrijf het doel.");
        Leefgebied = leefgebied;
        Doelsoort = doelsoort;
        Evaluatiedatum = evaluatiedatum;
        InwonerId = inwonerId;
    }

    internal void Evalueer(EvaluatieUitkomst uitkomst, string toelichting, DateOnly datum, DateOnly? volgendeEvaluatie)
    {
        EvaluatieToelichting = Regel.VerplichteTekst(toelichting, Regelnamen.EvaluatieHeeftToelichting, "Licht de evaluatie toe.");
        Evaluatie = uitkomst;
        LaatsteEvaluatieOp = datum;
        if (volgendeEvaluatie is { } volgende)
        {
            Regel.Eis(volgende > datum, Regelnamen.EvaluatiedatumNaOpstellen, "De volgende evaluatie ligt na deze evaluatie.");
            Evaluatiedatum = volgende;
        }
    }
}

/// <summary>Who does what for a goal and who pays (003 L2849-2857).</summary>
public sealed class Actie
{
    private Actie()
    {
        Omschrijving = string.Empty;
        UitgevoerdDoor = string.Empty;
    }

    internal Actie(Guid doelId, string omschrijving, Uitvoerder uitvoerder, string uitgevoerdDoor, Financier financier, Guid? socialeKaartAanbodId)
    {
        SocialeKaartAanbodId = socialeKaartAanbodId;
        Id = Guid.CreateVersion7();
        DoelId = doelId;
        Omschrijving = Regel.VerplichteTekst(omschrijving, Regelnamen.ActieHeeftOmschrijving, "Beschrijf de actie.");
        Uitvoerder = uitvoerder;
        UitgevoerdDoor = uitgevoerdDoor?.Trim() ?? string.Empty;
        Financier = financier;
    }

    public Guid Id { get; private set; }

    public Guid DoelId { get; private set; }

    internal void Wijzig(Guid doelId, string omschrijving, Uitvoerder uitvoerder, string uitgevoerdDoor, Financier financier, Guid? socialeKaartAanbodId)
    {
        Omschrijving = Regel.VerplichteTekst(omschrijving, Regelnamen.ActieHeeftOmschrijving, "Beschrijf de actie.");
        DoelId = doelId;
        Uitvoerder = uitvoerder;
        UitgevoerdDoor = uitgevoerdDoor?.Trim() ?? string.Empty;
        Financier = financier;
        SocialeKaartAanbodId = socialeKaartAanbodId;
    }

    public string Omschrijving { get; private set; }

    public Uitvoerder Uitvoerder { get; private set; }

    /// <summary>Name of the organisation/person ("vrijwilliger formulierenhulp", "Sociaal Werk De Kear").</summary>
    public string UitgevoerdDoor { get; private set; }

    public Financier Financier { get; private set; }

    /// <summary>The offer of the sociale kaart this action refers to, if any.</summary>
    public Guid? SocialeKaartAanbodId { get; private set; }
}
