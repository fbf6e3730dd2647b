using Wmo.Domain.Common;

namespace Wmo.Domain.Vragen;

public enum Gesprekslocatie
{
    Thuis = 1,
    Buurtkamer = 2,
    Anders = 3,
}

public enum DeelnemerRol
{
    Inwoner = 1,
    Mantelzorger = 2,
    Clientondersteuner = 3,
    Vertegenwoordiger = 4,
    SociaalWerker = 5,
    Begeleider = 6,
    Anders = 7,
}

public sealed record Deelnemer(string Naam, DeelnemerRol Rol);

/// <summary>One keukentafelgesprek of the vraagverheldering (001: "vaak meerdere gesprekken").</summary>
public sealed class Gesprek
{
    private readonly List<Deelnemer> _deelnemers = [];

    private Gesprek()
    {
    }

    internal Gesprek(DateOnly datum, Gesprekslocatie locatie, IEnumerable<Deelnemer> deelnemers)
    {
        Id = Guid.CreateVersion7();
        Datum = datum;
        Locatie = locatie;
        _deelnemers.AddRange(deelnemers);
    }

    public Guid Id { get; private set; }

    public DateOnly Datum { get; private set; }

    public Gesprekslocatie Locatie { get; private set; }

    public IReadOnlyList<Deelnemer> Deelnemers => _deelnemers;

    public string? Verslag { get; private set; }

    public bool IsAfgerond { get; private set; }

    internal void RondAf(string verslag)
    {
        Regel.Eis(!IsAfgerond, Regelnamen.GesprekIsNogOpen, "Dit gesprek is al afgerond.");
        Verslag = Regel.VerplichteTekst(verslag, Regelnamen.GesprekHeeftVerslag, "Schrijf een kort verslag van het gesprek.");
        IsAfgerond = true;
    }
}

/// <summary>The fixed order of checks (000 L727-731, 003 L2765-2770); the value is the position.</summary>
public enum Afwegingsstap
{
    EigenKracht = 1,
    GebruikelijkeHulp = 2,
    Mantelzorg = 3,
    SociaalNetwerk = 4,
    VoorliggendeVoorzieningen = 5,
    SocialeBasis = 6,
    Basisondersteuning = 7,
    AanvullendeOndersteuning = 8,
}

/// <summary>The answer to one step: does it (partly) solve the question, and if not, why not.</summary>
public sealed class StapAntwoord
{
    private StapAntwoord()
    {
    }

    internal StapAntwoord(Afwegingsstap stap, bool biedtOplossing, string? motivering, string? waaromNietToereikend = null)
    {
        Id = Guid.CreateVersion7();
        Stap = stap;
        BiedtOplossing = biedtOplossing;
        Motivering = motivering?.Trim();
        WaaromNietToereikend = string.IsNullOrWhiteSpace(waaromNietToereikend) ? null : waaromNietToereikend.Trim();
    }

    public Guid Id { get; private set; }

    public Afwegingsstap Stap { get; private set; }

    public bool BiedtOplossing { get; private set; }

    public string? Motivering { get; private set; }

    /// <summary>For a step that (partly) solves the question: why it still does not suffice, so the order of checks goes on.</summary>
    public string? WaaromNietToereikend { get; private set; }

    /// <summary>The step solves the question and nobody recorded why that is not enough: the order of checks stops here (000 L727-731).</summary>
    public bool StoptAfweging => BiedtOplossing && WaaromNietToereikend is null;
}

/// <summary>The situation on one leefgebied as found in the onderzoek (002 §3.2).</summary>
public sealed class LeefgebiedSituatie
{
    private LeefgebiedSituatie()
    {
        Situatie = string.Empty;
    }

    internal LeefgebiedSituatie(Plannen.Leefgebied leefgebied, string situatie)
    {
        Id = Guid.CreateVersion7();
        Leefgebied = leefgebied;
        Situatie = situatie;
    }

    public Guid Id { get; private set; }

    public Plannen.Leefgebied Leefgebied { get; private set; }

    public string Situatie { get; private set; }

    internal void Wijzig(string situatie) => Situatie = situatie;
}

/// <summary>Suspension of the onderzoekstermijn, with its reason (e.g. inwoner asks for time, waiting for information).</summary>
public sealed class Opschorting
{
    private Opschorting()
    {
        Reden = string.Empty;
    }

    internal Opschorting(DateOnly van, string reden, bool toestemmingInwoner)
    {
        Id = Guid.CreateVersion7();
        Van = van;
        Reden = reden;
        ToestemmingInwoner = toestemmingInwoner;
    }

    public Guid Id { get; private set; }

    public DateOnly Van { get; private set; }

    /// <summary>Last suspended day (inclusive); null while still suspended.</summary>
    public DateOnly? TotEnMet { get; private set; }

    public string Reden { get; private set; }

    /// <summary>The inwoner agreed to the suspension (recorded; required for new suspensions).</summary>
    public bool ToestemmingInwoner { get; private set; }

    internal void Beeindig(DateOnly totEnMet) => TotEnMet = new ValueObjects.Periode(Van, totEnMet).Einde;
}

/// <summary>Why the beslistermijn on an aanvraag is suspended (Awb 4:15).</summary>
public enum BeslistermijnOpschortingGrond
{
    /// <summary>Awb 4:15 lid 1 onder a: the aanvraag is incomplete and the inwoner was given time to complete it (4:5).</summary>
    AanvullingAanvraag = 1,

    /// <summary>Awb 4:15 lid 2 onder a: the inwoner agreed in writing.</summary>
    ToestemmingInwoner = 2,
}

/// <summary>The notice of verdaging of the beslistermijn (Awb 4:14): when it was sent, the new date and the reason.</summary>
public sealed record Verdaging(DateOnly BerichtOp, DateOnly Tot, string Reden);

/// <summary>Suspension of the beslistermijn on an aanvraag (Awb 4:15), with start, end, reason and ground.</summary>
public sealed class BeslistermijnOpschorting
{
    private BeslistermijnOpschorting()
    {
        Reden = string.Empty;
    }

    internal BeslistermijnOpschorting(DateOnly van, BeslistermijnOpschortingGrond grond, string reden)
    {
        Id = Guid.CreateVersion7();
        Van = van;
        Grond = grond;
        Reden = reden;
    }

    public Guid Id { get; private set; }

    public DateOnly Van { get; private set; }

    /// <summary>Last suspended day (inclusive); null while still suspended.</summary>
    public DateOnly? TotEnMet { get; private set; }

    public BeslistermijnOpschortingGrond Grond { get; private set; }

    public string Reden { get; private set; }

    internal void Beeindig(DateOnly totEnMet) => TotEnMet = new ValueObjects.Periode(Van, totEnMet).Einde;
}
