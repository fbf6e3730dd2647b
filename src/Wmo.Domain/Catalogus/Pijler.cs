namespace Wmo.Domain.Catalogus;

/// <summary>Where support comes from (002 §2, §3.1; DOMAIN.md §1).</summary>
public enum Pijler
{
    SocialeBasis = 1,
    Basisondersteuning = 2,
    AanvullendeOndersteuning = 3,

    /// <summary>Regional/national provisions (beschermd wonen, ThuisPlus, zintuiglijk): always via zwaarwegend advies (002 §4.7).</summary>
    Regionaal = 4,

    /// <summary>Woon-, rol- and vervoersvoorzieningen: the gemeente researches and beschikt itself (000 L341-344).</summary>
    GemeenteDirect = 5,
}

/// <summary>Lumpsum percelen (002 §5.1).</summary>
public enum Perceel
{
    Basisondersteuning = 1,
    ThuisondersteuningEnDagbesteding = 2,
    HulpBijHetHuishouden = 3,
    KortdurendVerblijf = 4,
}

/// <summary>iWmo productcategorie, code list WMO020 (LDT_ProductCategorie); the value is the code.</summary>
public enum ProductCategorie
{
    HulpBijHetHuishouden = 1,
    Begeleiding = 2,
    PersoonlijkeVerzorging = 3,
    KortdurendVerblijf = 4,
    Woondiensten = 5,
    OverigeOndersteuningIndividu = 6,
    Dagbesteding = 7,
    Vervoerdiensten = 8,
    OverigeGroepsgerichteOndersteuning = 9,
    OverigeMaatwerkArrangementen = 10,
    Rolstoelen = 11,
    Vervoervoorzieningen = 12,
    Woonvoorzieningen = 13,
    OverigeHulpmiddelen = 14,
    BeschermdWonen = 15,
    Opvang = 16,
    Spoedopvang = 17,
    OverigeBeschermdWonenEnOpvang = 18,
}

public static class PijlerExtensies
{
    /// <summary>Basis- or aanvullende ondersteuning: the pillars that need a regievoerder (002 §2.3).</summary>
    public static bool IsProfessioneel(this Pijler pijler) =>
        pijler is Pijler.Basisondersteuning or Pijler.AanvullendeOndersteuning;

    /// <summary>
    /// An individuele maatwerkvoorziening (Wmo 2015 art. 1.1.1): aanvullende ondersteuning, regional provisions and the woon-,
    /// rol- and vervoersvoorzieningen; the sociale basis and the basisondersteuning are algemene voorzieningen (002 §2).
    /// </summary>
    public static bool IsMaatwerkvoorziening(this Pijler pijler) =>
        pijler is Pijler.AanvullendeOndersteuning or Pijler.Regionaal or Pijler.GemeenteDirect;
}
