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
    Doelsoort? Doelsoort = null);

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
        Regel.Eis(_voorzieningen.TryGetValue(code ?? string.Empty, out var voorziening), "VoorzieningStaatInCatalogus", $"Voorziening '{code}' staat niet in de voorzieningencatalogus.");
        return voorziening!;
    }

    public bool Bevat(string code) => _voorzieningen.ContainsKey(code);

    /// <summary>
    /// Leeuwarden from 2021 (002 §2, §3.1, §4.7; 000 L341-344). With <paramref name="basisondersteuningBeschikkingsvrij"/>
    /// false every basisondersteuning needs a beschikking (the switch 000 L816-828 warns case law may force).
    /// </summary>
    public static Voorzieningencatalogus Leeuwarden2021(bool basisondersteuningBeschikkingsvrij = true)
    {
        var basisBeschikking = !basisondersteuningBeschikkingsvrij;
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
            new("AO-TO", "Specialistische thuisondersteuning", Pijler.AanvullendeOndersteuning, Perceel.ThuisondersteuningEnDagbesteding, ProductCategorie.Begeleiding, true, true),
            new("AO-DB", "Specialistische dagbesteding", Pijler.AanvullendeOndersteuning, Perceel.ThuisondersteuningEnDagbesteding, ProductCategorie.Dagbesteding, true, true),
            new("AO-HH", "Hulp bij het huishouden", Pijler.AanvullendeOndersteuning, Perceel.HulpBijHetHuishouden, ProductCategorie.HulpBijHetHuishouden, true, true),
            new("AO-KV", "Kortdurend verblijf", Pijler.AanvullendeOndersteuning, Perceel.KortdurendVerblijf, ProductCategorie.KortdurendVerblijf, true, true),
            new("RV-BW", "Beschermd wonen", Pijler.Regionaal, null, ProductCategorie.BeschermdWonen, true, false),
            new("RV-THUISPLUS", "ThuisPlus", Pijler.Regionaal, null, ProductCategorie.BeschermdWonen, true, false),
            new("RV-OPVANG", "Maatschappelijke opvang", Pijler.Regionaal, null, ProductCategorie.Opvang, true, false),
            new("GD-VERVOER", "Wmo-taxi / vervoersvoorziening", Pijler.GemeenteDirect, null, ProductCategorie.Vervoervoorzieningen, true, false),
            new("GD-ROLSTOEL", "Rolstoel", Pijler.GemeenteDirect, null, ProductCategorie.Rolstoelen, true, true),
            new("GD-WONING", "Woonvoorziening (traplift)", Pijler.GemeenteDirect, null, ProductCategorie.Woonvoorzieningen, true, true),
        ]);
    }
}
