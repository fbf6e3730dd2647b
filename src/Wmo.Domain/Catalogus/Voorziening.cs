using Wmo.Domain.Common;

namespace Wmo.Domain.Catalogus;

/// <summary>
/// One entry of the voorzieningencatalogus. Pure reference data keyed by <see cref="Code"/>; the platform keeps it
/// in a table (a <c>Beleidsversie</c>'s catalogus) and hands a <see cref="Voorzieningencatalogus"/> to the domain.
/// <see cref="Productcode"/> is the gemeente's iWmo productcode within the <see cref="ProductCategorie"/> (WMO020);
/// <see cref="Doelsoort"/> says whether the support aims to develop or stabilise (001 §6.1).
/// </summary>
public sealed record Voorziening(
    string Code,
    string Naam,
    Pijler Pijler,
    Perceel? Perceel,
    ProductCategorie? ProductCategorie,
    bool BeschikkingNodig,
    bool AbonnementstariefVanToepassing,
    string? Productcode = null,
    Doelsoort? Doelsoort = null,
    EigenBijdrageVrijstelling Vrijstelling = EigenBijdrageVrijstelling.Geen);

/// <summary>
/// Categories the Uitvoeringsbesluit Wmo 2015 exempts from the bijdrage in de kosten (art. 3.8), as catalogue data per
/// voorziening; which voorziening falls in a category is the gemeente's catalogue, the exemption itself is the law.
/// </summary>
public enum EigenBijdrageVrijstelling
{
    Geen = 0,

    /// <summary>Uitvoeringsbesluit Wmo 2015 art. 3.8 lid 4 onder d: no bijdrage for a rolstoel.</summary>
    Rolstoel = 1,

    /// <summary>Uitvoeringsbesluit Wmo 2015 art. 3.8 lid 4: no bijdrage for a woningaanpassing for a cliënt under 18.</summary>
    WoningaanpassingMinderjarige = 2,

    /// <summary>Uitvoeringsbesluit Wmo 2015 art. 3.8 lid 1: the abonnementstarief does not apply to beschermd wonen and opvang (own bijdrage).</summary>
    BeschermdWonenOfOpvang = 3,
}

/// <summary>The gemeente's catalogue of voorzieningen (policy as data, DOMAIN.md "Policy is data").</summary>
public sealed class Voorzieningencatalogus
{
    private readonly Dictionary<string, Voorziening> _voorzieningen;

    public Voorzieningencatalogus(IEnumerable<Voorziening> voorzieningen)
    {
        _voorzieningen = voorzieningen.ToDictionary(v => v.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<Voorziening> Voorzieningen => _voorzieningen.Values;

    public Voorziening Zoek(string code)
    {
        Regel.Eis(_voorzieningen.TryGetValue(code ?? string.Empty, out var voorziening), Regelnamen.VoorzieningStaatInCatalogus, $"Voorziening '{code}' staat niet in de voorzieningencatalogus.");
        return voorziening!;
    }

    public bool Bevat(string code) => _voorzieningen.ContainsKey(code);

    /// <summary>
    /// Leeuwarden from 2021 (002 §2, §3.1, §4.7; 000 L341-344). With <paramref name="basisondersteuningBeschikkingsvrij"/>
    /// false every basisondersteuning needs a beschikking (the switch 000 L816-828 warns case law may force).
    /// </summary>
    /// <remarks>
    /// Aanvullende ondersteuning goes by verwijzing without a beschikking (002 §3.1; a beschikking when the inwoner asks for one,
    /// 000 L580); with <paramref name="aanvullendeVerwijzingBeschikkingsvrij"/> false a verwijzing needs a beschikking too.
    /// </remarks>
    public static Voorzieningencatalogus Leeuwarden2021(bool basisondersteuningBeschikkingsvrij = true, bool aanvullendeVerwijzingBeschikkingsvrij = true)
    {
        var basisBeschikking = !basisondersteuningBeschikkingsvrij;
        var aanvullendBeschikking = !aanvullendeVerwijzingBeschikkingsvrij;
        return new Voorzieningencatalogus(
        [
            new("SB-MAATJE", "Maatje (sociale basis)", Pijler.SocialeBasis, null, null, false, false),
            new("SB-FORMULIER", "Formulierenhulp", Pijler.SocialeBasis, null, null, false, false),
            new("SB-SOLLICITATIE", "Sollicitatieclub", Pijler.SocialeBasis, null, null, false, false),
            new("BO-TO", "Thuisondersteuning (basis)", Pijler.Basisondersteuning, Perceel.Basisondersteuning, ProductCategorie.Begeleiding, basisBeschikking, true),
            new("BO-DB", "Dagbesteding (basis)", Pijler.Basisondersteuning, Perceel.Basisondersteuning, ProductCategorie.Dagbesteding, basisBeschikking, true),
            new("BO-PV", "Persoonlijke verzorging", Pijler.Basisondersteuning, Perceel.Basisondersteuning, ProductCategorie.PersoonlijkeVerzorging, basisBeschikking, true),
            new("BO-SCHULD", "Schuldhulpverlening", Pijler.Basisondersteuning, Perceel.Basisondersteuning, ProductCategorie.OverigeOndersteuningIndividu, basisBeschikking, false),
            new("BO-MANTELZORG", "Mantelzorgondersteuning", Pijler.Basisondersteuning, Perceel.Basisondersteuning, ProductCategorie.OverigeOndersteuningIndividu, basisBeschikking, false),
            new("AO-TO", "Specialistische thuisondersteuning", Pijler.AanvullendeOndersteuning, Perceel.ThuisondersteuningEnDagbesteding, ProductCategorie.Begeleiding, aanvullendBeschikking, true),
            new("AO-DB", "Specialistische dagbesteding", Pijler.AanvullendeOndersteuning, Perceel.ThuisondersteuningEnDagbesteding, ProductCategorie.Dagbesteding, aanvullendBeschikking, true),
            new("AO-HH", "Hulp bij het huishouden", Pijler.AanvullendeOndersteuning, Perceel.HulpBijHetHuishouden, ProductCategorie.HulpBijHetHuishouden, aanvullendBeschikking, true),
            new("AO-KV", "Kortdurend verblijf", Pijler.AanvullendeOndersteuning, Perceel.KortdurendVerblijf, ProductCategorie.KortdurendVerblijf, aanvullendBeschikking, true),
            new("RV-BW", "Beschermd wonen", Pijler.Regionaal, null, ProductCategorie.BeschermdWonen, true, false, Vrijstelling: EigenBijdrageVrijstelling.BeschermdWonenOfOpvang),
            new("RV-THUISPLUS", "ThuisPlus", Pijler.Regionaal, null, ProductCategorie.BeschermdWonen, true, false, Vrijstelling: EigenBijdrageVrijstelling.BeschermdWonenOfOpvang),
            new("RV-OPVANG", "Maatschappelijke opvang", Pijler.Regionaal, null, ProductCategorie.Opvang, true, false, Vrijstelling: EigenBijdrageVrijstelling.BeschermdWonenOfOpvang),
            new("GD-VERVOER", "Wmo-taxi / vervoersvoorziening", Pijler.GemeenteDirect, null, ProductCategorie.Vervoervoorzieningen, true, false),
            new("GD-ROLSTOEL", "Rolstoel", Pijler.GemeenteDirect, null, ProductCategorie.Rolstoelen, true, true, Vrijstelling: EigenBijdrageVrijstelling.Rolstoel),
            new("GD-WONING", "Woonvoorziening (traplift)", Pijler.GemeenteDirect, null, ProductCategorie.Woonvoorzieningen, true, true, Vrijstelling: EigenBijdrageVrijstelling.WoningaanpassingMinderjarige),
        ]);
    }
}
