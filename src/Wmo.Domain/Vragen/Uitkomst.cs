using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;

namespace Wmo.Domain.Vragen;

/// <summary>The outcomes of DOMAIN.md §2.3.</summary>
public enum UitkomstSoort
{
    AdviesDoorverwijzing = 1,
    SocialeBasis = 2,
    Basisondersteuning = 3,
    AanvullendViaVerwijzing = 4,
    AanvullendViaAanvraag = 5,
    RegionaleVoorziening = 6,
}

/// <summary>
/// The outcome of the vraagverheldering. One flat shape (fields per kind are nullable) so EF can store it as an
/// owned type; create it only through the factory per kind.
/// </summary>
public sealed class Uitkomst
{
    private readonly List<Guid> _socialeKaartAanbodIds = [];

    private Uitkomst()
    {
        Toelichting = string.Empty;
    }

    private Uitkomst(UitkomstSoort soort, string toelichting)
    {
        Soort = soort;
        Toelichting = toelichting?.Trim() ?? string.Empty;
    }

    public UitkomstSoort Soort { get; private set; }

    public string Toelichting { get; private set; }

    /// <summary>AdviesDoorverwijzing: the other law/organisation.</summary>
    public string? DoorverwezenNaar { get; private set; }

    /// <summary>SocialeBasis: the chosen offers from the sociale kaart.</summary>
    public IReadOnlyList<Guid> SocialeKaartAanbodIds => _socialeKaartAanbodIds;

    /// <summary>Basisondersteuning: soort ondersteuning (registration, DOMAIN.md §7).</summary>
    public string? SoortOndersteuning { get; private set; }

    public DateOnly? Startdatum { get; private set; }

    /// <summary>
    /// Basisondersteuning: the last day of the registered support (DOMAIN.md §7, 002 §9.6: "start- en einddatum"), recorded
    /// on its own, apart from closing the vraag. Null while the support runs.
    /// </summary>
    public DateOnly? Einddatum { get; private set; }

    public string? VoorzieningCode { get; private set; }

    public Guid? AanbiederId { get; private set; }

    public Perceel? Perceel { get; private set; }

    public Pijler Pijler => Soort switch
    {
        UitkomstSoort.AdviesDoorverwijzing or UitkomstSoort.SocialeBasis => Pijler.SocialeBasis,
        UitkomstSoort.Basisondersteuning => Pijler.Basisondersteuning,
        UitkomstSoort.RegionaleVoorziening => Pijler.Regionaal,
        _ => Pijler.AanvullendeOndersteuning,
    };

    /// <summary>Outcomes that go through aanvraag → zwaarwegend advies → toetsing → beschikking.</summary>
    public bool VereistZwaarwegendAdvies => Soort is UitkomstSoort.AanvullendViaAanvraag or UitkomstSoort.RegionaleVoorziening;

    public static Uitkomst AdviesDoorverwijzing(string naarWie, string toelichting = "") =>
        new(UitkomstSoort.AdviesDoorverwijzing, toelichting) { DoorverwezenNaar = Regel.VerplichteTekst(naarWie, Regelnamen.DoorverwijzingNoemtOrganisatie, "Noem de wet of organisatie waarnaar is doorverwezen.") };

    public static Uitkomst SocialeBasis(IEnumerable<Guid> socialeKaartAanbodIds, string toelichting = "")
    {
        var uitkomst = new Uitkomst(UitkomstSoort.SocialeBasis, toelichting);
        uitkomst._socialeKaartAanbodIds.AddRange(socialeKaartAanbodIds.Distinct());
        return uitkomst;
    }

    /// <param name="socialeKaartAanbodIds">
    /// Offers of the sociale basis that go with the basisondersteuning (002 §4.4: the lightest fitting support first, alongside;
    /// Jelle: a vrijwilliger for the administration and a sollicitatieclub next to his begeleiding).
    /// </param>
    public static Uitkomst Basisondersteuning(string voorzieningCode, string soortOndersteuning, DateOnly startdatum, string toelichting = "", IEnumerable<Guid>? socialeKaartAanbodIds = null)
    {
        var uitkomst = new Uitkomst(UitkomstSoort.Basisondersteuning, toelichting)
        {
            VoorzieningCode = voorzieningCode,
            SoortOndersteuning = Regel.VerplichteTekst(soortOndersteuning, Regelnamen.BasisondersteuningHeeftSoort, "Registreer de soort ondersteuning."),
            Startdatum = startdatum,
        };
        uitkomst._socialeKaartAanbodIds.AddRange((socialeKaartAanbodIds ?? []).Distinct());
        return uitkomst;
    }

    internal void Beeindig(DateOnly? einddatum) => Einddatum = einddatum;

    public static Uitkomst AanvullendViaVerwijzing(string voorzieningCode, Guid aanbiederId, Perceel perceel, string toelichting = "") =>
        new(UitkomstSoort.AanvullendViaVerwijzing, toelichting) { VoorzieningCode = voorzieningCode, AanbiederId = aanbiederId, Perceel = perceel };

    public static Uitkomst AanvullendViaAanvraag(string voorzieningCode, string toelichting = "") =>
        new(UitkomstSoort.AanvullendViaAanvraag, toelichting) { VoorzieningCode = voorzieningCode };

    public static Uitkomst RegionaleVoorziening(string voorzieningCode, string toelichting = "") =>
        new(UitkomstSoort.RegionaleVoorziening, toelichting) { VoorzieningCode = voorzieningCode };
}
