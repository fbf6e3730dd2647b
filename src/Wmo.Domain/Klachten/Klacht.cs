using Wmo.Domain.Common;

namespace Wmo.Domain.Klachten;

/// <summary>The four levels of the klachtenregeling, in order (002 §4.9), plus the nationale ombudsman.</summary>
public enum KlachtNiveau
{
    MetDeOndersteuner = 1,
    Leidinggevende = 2,
    KlachtenbemiddelaarAanbieder = 3,
    ExterneKlachtencommissie = 4,
    NationaleOmbudsman = 5,
}

public enum KlachtUitkomst
{
    Opgelost = 1,
    Gegrond = 2,
    DeelsGegrond = 3,
    Ongegrond = 4,
    Ingetrokken = 5,
}

/// <summary>
/// A complaint about the support, handled level by level (002 §4.9): first with the ondersteuner, then the
/// leidinggevende, the klachtenbemiddelaar of the aanbieder and finally the externe klachtencommissie.
/// </summary>
public sealed class Klacht
{
    private readonly List<KlachtStap> _stappen = [];

    private Klacht()
    {
        Omschrijving = string.Empty;
    }

    public Klacht(Guid huishoudenId, Guid? aanbiederId, DateOnly ontvangenOp, string omschrijving, Actor geregistreerdDoor)
    {
        Id = Guid.CreateVersion7();
        HuishoudenId = huishoudenId;
        AanbiederId = aanbiederId;
        OntvangenOp = ontvangenOp;
        Omschrijving = Regel.VerplichteTekst(omschrijving, Regelnamen.KlachtHeeftOmschrijving, "Beschrijf de klacht.");
        GeregistreerdDoorId = geregistreerdDoor.GebruikerId;
        _stappen.Add(new KlachtStap(KlachtNiveau.MetDeOndersteuner, ontvangenOp));
    }

    public Guid Id { get; private set; }

    public Guid HuishoudenId { get; private set; }

    public Guid? AanbiederId { get; private set; }

    public DateOnly OntvangenOp { get; private set; }

    public string Omschrijving { get; private set; }

    public Guid GeregistreerdDoorId { get; private set; }

    public IReadOnlyList<KlachtStap> Stappen => _stappen;

    public KlachtStap HuidigeStap => _stappen[^1];

    public KlachtNiveau Niveau => HuidigeStap.Niveau;

    public bool IsAfgehandeld => HuidigeStap.Uitkomst is not null && !HuidigeStap.Doorgezet;

    /// <summary>Closes the current level with an outcome; the complainant may then escalate to the next level.</summary>
    public void HandelAf(KlachtUitkomst uitkomst, string toelichting, DateOnly datum)
    {
        Regel.Eis(HuidigeStap.Uitkomst is null, Regelnamen.KlachtNiveauOpen, "Dit niveau van de klacht is al afgehandeld.");
        HuidigeStap.HandelAf(uitkomst, Regel.VerplichteTekst(toelichting, Regelnamen.KlachtUitkomstToegelicht, "Licht de uitkomst toe."), datum);
    }

    /// <summary>002 §4.9: escalation goes one level up at a time, after the current level gave its answer.</summary>
    public void Escaleer(DateOnly datum)
    {
        Regel.Eis(HuidigeStap.Uitkomst is not null, Regelnamen.KlachtEscalatieNaUitkomst, "Escaleren kan pas als het huidige niveau een uitkomst heeft gegeven.");
        Regel.Eis(HuidigeStap.Uitkomst != KlachtUitkomst.Ingetrokken, Regelnamen.KlachtEscalatieNaUitkomst, "Een ingetrokken klacht kan niet worden doorgezet.");
        Regel.Eis(Niveau < KlachtNiveau.NationaleOmbudsman, Regelnamen.KlachtHoogsteNiveau, "De klacht is al bij de nationale ombudsman.");
        Regel.Eis(datum >= HuidigeStap.AfgehandeldOp, Regelnamen.KlachtEscalatieNaUitkomst, "De escalatie kan niet vóór de uitkomst van het vorige niveau liggen.");
        HuidigeStap.MarkeerDoorgezet();
        _stappen.Add(new KlachtStap(Niveau + 1, datum));
    }
}

public sealed class KlachtStap
{
    private KlachtStap()
    {
    }

    internal KlachtStap(KlachtNiveau niveau, DateOnly vanaf)
    {
        Id = Guid.CreateVersion7();
        Niveau = niveau;
        Vanaf = vanaf;
    }

    public Guid Id { get; private set; }

    public KlachtNiveau Niveau { get; private set; }

    public DateOnly Vanaf { get; private set; }

    public KlachtUitkomst? Uitkomst { get; private set; }

    public string? Toelichting { get; private set; }

    public DateOnly? AfgehandeldOp { get; private set; }

    public bool Doorgezet { get; private set; }

    internal void HandelAf(KlachtUitkomst uitkomst, string toelichting, DateOnly datum)
    {
        Regel.Eis(datum >= Vanaf, Regelnamen.KlachtUitkomstNaStart, "De uitkomst kan niet vóór de start van dit niveau liggen.");
        Uitkomst = uitkomst;
        Toelichting = toelichting;
        AfgehandeldOp = datum;
    }

    internal void MarkeerDoorgezet() => Doorgezet = true;
}
