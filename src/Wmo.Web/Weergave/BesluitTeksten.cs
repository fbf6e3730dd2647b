using Wmo.Domain.Afweging;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;

namespace Wmo.Web.Weergave;

/// <summary>Dutch labels for the enums that appear on toetsing, beschikking, bezwaar and beheer screens and letters.</summary>
public static class BesluitTeksten
{
    public static string Tekst(this Leveringsvorm vorm) => vorm switch
    {
        Leveringsvorm.ZorgInNatura => "Zorg in natura",
        _ => "Persoonsgebonden budget (pgb)",
    };

    public static string Tekst(this AdviesStatus status) => status switch
    {
        AdviesStatus.Concept => "Concept",
        AdviesStatus.Ingediend => "Ingediend voor toetsing",
        AdviesStatus.Teruggestuurd => "Teruggestuurd",
        AdviesStatus.Goedgekeurd => "Goedgekeurd",
        _ => "Afgeweken",
    };

    public static string Tekst(this ToetsUitkomst uitkomst) => uitkomst switch
    {
        ToetsUitkomst.Goedkeuren => "Goedgekeurd",
        ToetsUitkomst.TerugsturenMetOpmerkingen => "Teruggestuurd met opmerkingen",
        _ => "Afgeweken met motivering",
    };

    public static string Tekst(this BeschikkingSoort soort) => soort == BeschikkingSoort.Toekenning ? "Toekenning" : "Afwijzing";

    public static string Tekst(this BezwaarStatus status) => status switch
    {
        BezwaarStatus.InBehandeling => "In behandeling",
        BezwaarStatus.Beslist => "Beslist",
        _ => "Ingetrokken",
    };

    public static string Tekst(this BezwaarBeslissing beslissing) => beslissing switch
    {
        BezwaarBeslissing.Gegrond => "Gegrond",
        BezwaarBeslissing.DeelsGegrond => "Deels gegrond",
        BezwaarBeslissing.Ongegrond => "Ongegrond",
        _ => "Niet-ontvankelijk",
    };

    public static string Tekst(this Pijler pijler) => pijler switch
    {
        Pijler.SocialeBasis => "Sociale basis",
        Pijler.Basisondersteuning => "Basisondersteuning",
        Pijler.AanvullendeOndersteuning => "Aanvullende ondersteuning",
        Pijler.Regionaal => "Regionale of landelijke voorziening",
        _ => "Gemeente (woon-, rol- en vervoersvoorziening)",
    };

    public static string Tekst(this Perceel perceel) => perceel switch
    {
        Perceel.Basisondersteuning => "Basisondersteuning",
        Perceel.ThuisondersteuningEnDagbesteding => "Thuisondersteuning en dagbesteding",
        Perceel.HulpBijHetHuishouden => "Hulp bij het huishouden",
        _ => "Kortdurend verblijf",
    };

    public static string Tekst(this UitkomstSoort soort) => soort switch
    {
        UitkomstSoort.AdviesDoorverwijzing => "Advies en informatie / doorverwijzing",
        UitkomstSoort.SocialeBasis => "Sociale basis",
        UitkomstSoort.Basisondersteuning => "Basisondersteuning",
        UitkomstSoort.AanvullendViaVerwijzing => "Aanvullende ondersteuning via verwijzing",
        UitkomstSoort.AanvullendViaAanvraag => "Aanvullende ondersteuning via aanvraag (beschikking)",
        _ => "Regionale of landelijke voorziening",
    };

    public static string Tekst(this Afwegingsstap stap) => stap switch
    {
        Afwegingsstap.EigenKracht => "Eigen kracht",
        Afwegingsstap.GebruikelijkeHulp => "Gebruikelijke hulp",
        Afwegingsstap.Mantelzorg => "Mantelzorg",
        Afwegingsstap.SociaalNetwerk => "Sociaal netwerk en buurt",
        Afwegingsstap.VoorliggendeVoorzieningen => "Voorliggende voorzieningen",
        Afwegingsstap.SocialeBasis => "Sociale basis",
        Afwegingsstap.Basisondersteuning => "Basisondersteuning",
        _ => "Aanvullende ondersteuning",
    };

    public static string Tekst(this Ondersteuningsvorm vorm) => vorm == Ondersteuningsvorm.Thuisondersteuning ? "Thuisondersteuning" : "Dagbesteding";

    public static string Tekst(this Relatie relatie) => relatie switch
    {
        Relatie.Partner => "Partner",
        Relatie.Ouder => "Ouder",
        Relatie.Kind => "Kind",
        _ => "Huisgenoot",
    };

    public static string Tekst(this Gesprekslocatie locatie) => locatie switch
    {
        Gesprekslocatie.Thuis => "Thuis",
        Gesprekslocatie.Buurtkamer => "In de buurtkamer",
        _ => "Elders",
    };

    public static string Tekst(this Eenheid eenheid) => eenheid switch
    {
        Eenheid.Minuut => "minuten",
        Eenheid.Uur => "uur",
        Eenheid.Etmaal => "etmalen",
        Eenheid.Dagdeel => "dagdelen",
        Eenheid.StuksOutput => "stuks (output)",
        Eenheid.Euros => "euro",
        _ => "stuks (inspanning)",
    };

    public static string Tekst(this Frequentie frequentie) => frequentie switch
    {
        Frequentie.PerDag => "per dag",
        Frequentie.PerWeek => "per week",
        Frequentie.PerMaand => "per maand",
        _ => "in totaal binnen de geldigheidsduur",
    };

    /// <summary>The catalogue name of a voorziening, or the code itself when the catalogue no longer knows it.</summary>
    public static string VoorzieningNaam(this WmoBeleid beleid, string? code) =>
        code is not null && beleid.Catalogus.Bevat(code) ? beleid.Catalogus.Zoek(code).Naam : code ?? "–";

    public static string JaNee(this bool waarde) => waarde ? "Ja" : "Nee";
}
