using Wmo.Domain.Common;

namespace Wmo.Domain.SocialeKaart;

/// <summary>Kinds of offers of the sociale basis (002 §2.2, §3.1: maatje, formulierenhulp, sollicitatieclub, ...).</summary>
public enum AanbodSoort
{
    Maatje = 1,
    Formulierenhulp = 2,
    Sollicitatieclub = 3,
    Inloop = 4,
    Respijtzorg = 5,
    Ontmoeting = 6,
    Vervoer = 7,
    Anders = 8,
}

/// <summary>
/// One offer of the sociale basis on the sociale kaart: free, no registration needed (002 §2.2), kept up to date by
/// beheer and chosen at the buurtkamer table so a referral to the sociale basis is concrete.
/// </summary>
public sealed class SocialeKaartAanbod
{
    private SocialeKaartAanbod()
    {
        Organisatie = string.Empty;
        Naam = string.Empty;
        Omschrijving = string.Empty;
        Wanneer = string.Empty;
        Waar = string.Empty;
        Contact = string.Empty;
    }

    public SocialeKaartAanbod(string organisatie, string naam, AanbodSoort soort, string omschrijving, Guid? wijkId, string wanneer, string waar, string contact)
    {
        Id = Guid.CreateVersion7();
        IsActief = true;
        Wijzig(organisatie, naam, soort, omschrijving, wijkId, wanneer, waar, contact);
    }

    public Guid Id { get; private set; }

    public string Organisatie { get; private set; }

    public string Naam { get; private set; }

    public AanbodSoort Soort { get; private set; }

    public string Omschrijving { get; private set; }

    /// <summary>The wijk or dorp where the offer is; null = the whole gemeente.</summary>
    public Guid? WijkId { get; private set; }

    public string Wanneer { get; private set; }

    public string Waar { get; private set; }

    public string Contact { get; private set; }

    /// <summary>An offer that stopped is deactivated, not deleted: earlier referrals keep pointing at it.</summary>
    public bool IsActief { get; private set; }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Organisatie), nameof(Naam), nameof(Omschrijving), nameof(Wanneer), nameof(Waar), nameof(Contact))]
    public void Wijzig(string organisatie, string naam, AanbodSoort soort, string omschrijving, Guid? wijkId, string wanneer, string waar, string contact)
    {
        Organisatie = Regel.VerplichteTekst(organisatie, Regelnamen.AanbodHeeftOrganisatie, "Vul de organisatie in.");
        Naam = Regel.VerplichteTekst(naam, Regelnamen.AanbodHeeftNaam, "Vul de naam van het aanbod in.");
        Regel.Eis(Enum.IsDefined(soort), Regelnamen.AanbodHeeftSoort, "Kies de soort aanbod.");
        Soort = soort;
        Omschrijving = omschrijving?.Trim() ?? string.Empty;
        WijkId = wijkId;
        Wanneer = OfLeeg(wanneer);
        Waar = OfLeeg(waar);

        // 002 §3.1: the inwoner must be able to reach the offer, so there is always a way to get in touch.
        Contact = Regel.VerplichteTekst(contact, Regelnamen.AanbodHeeftContact, "Vul in hoe de inwoner contact opneemt (telefoon, e-mail of inloop).");

        static string OfLeeg(string? tekst) => tekst?.Trim() ?? string.Empty;
    }

    public void Deactiveer() => IsActief = false;

    public void Activeer() => IsActief = true;
}
