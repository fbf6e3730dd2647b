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
        Regel.Eis(!IsAfgerond, "GesprekIsNogOpen", "Dit gesprek is al afgerond.");
        Verslag = Regel.VerplichteTekst(verslag, "GesprekHeeftVerslag", "Schrijf een kort verslag van het gesprek.");
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

    internal StapAntwoord(Afwegingsstap stap, bool biedtOplossing, string? motivering)
    {
        Id = Guid.CreateVersion7();
        Stap = stap;
        BiedtOplossing = biedtOplossing;
        Motivering = motivering?.Trim();
    }

    public Guid Id { get; private set; }

    public Afwegingsstap Stap { get; private set; }

    public bool BiedtOplossing { get; private set; }

    public string? Motivering { get; private set; }
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

    internal Opschorting(DateOnly van, string reden)
    {
        Id = Guid.CreateVersion7();
        Van = van;
        Reden = reden;
    }

    public Guid Id { get; private set; }

    public DateOnly Van { get; private set; }

    /// <summary>Last suspended day (inclusive); null while still suspended.</summary>
    public DateOnly? TotEnMet { get; private set; }

    public string Reden { get; private set; }

    internal void Beeindig(DateOnly totEnMet) => TotEnMet = new ValueObjects.Periode(Van, totEnMet).Einde;
}
