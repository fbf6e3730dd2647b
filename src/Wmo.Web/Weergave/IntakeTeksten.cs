using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Afweging;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Plannen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;

namespace Wmo.Web.Weergave;

/// <summary>Dutch words for the intake enums, in one place so every screen says the same.</summary>
public static class IntakeTeksten
{
    public static string Tekst(this MelderSoort soort) => soort switch
    {
        MelderSoort.Inwoner => "De inwoner zelf",
        MelderSoort.Buur => "Buur",
        MelderSoort.Huisarts => "Huisarts",
        MelderSoort.School => "School",
        MelderSoort.Familie => "Familie",
        _ => "Iemand anders",
    };

    public static string Tekst(this Veiligheidssignaal signaal) => signaal switch
    {
        Veiligheidssignaal.HuiselijkGeweld => "Huiselijk geweld",
        Veiligheidssignaal.Kindermishandeling => "Kindermishandeling",
        Veiligheidssignaal.DreigendeHuisuitzetting => "Dreigende huisuitzetting",
        Veiligheidssignaal.AcuteZorgOmGezondheid => "Acute zorg om gezondheid",
        Veiligheidssignaal.Suicidaliteit => "Zorg om suïcide",
        _ => "Ander veiligheidssignaal",
    };

    public static string Tekst(this VraagStatus status) => status switch
    {
        VraagStatus.Gemeld => "Gemeld",
        VraagStatus.InVraagverheldering => "In vraagverheldering",
        VraagStatus.UitkomstVastgelegd => "Uitkomst vastgelegd",
        VraagStatus.AdviesVereist => "Advies nodig",
        VraagStatus.AdviesIngediend => "Advies ingediend",
        VraagStatus.AdviesTeruggestuurd => "Advies teruggestuurd",
        VraagStatus.Getoetst => "Getoetst",
        VraagStatus.Beschikt => "Beschikt",
        _ => "Afgesloten",
    };

    public static string Tekst(this Gesprekslocatie locatie) => locatie switch
    {
        Gesprekslocatie.Thuis => "Thuis",
        Gesprekslocatie.Buurtkamer => "In de buurt-/dorpskamer",
        _ => "Elders",
    };

    public static string Tekst(this DeelnemerRol rol) => rol switch
    {
        DeelnemerRol.Inwoner => "Inwoner",
        DeelnemerRol.Mantelzorger => "Mantelzorger",
        DeelnemerRol.Clientondersteuner => "Cliëntondersteuner",
        DeelnemerRol.Vertegenwoordiger => "Vertegenwoordiger",
        DeelnemerRol.SociaalWerker => "Sociaal werker",
        DeelnemerRol.Begeleider => "Begeleider",
        _ => "Anders",
    };

    public static string Tekst(this Afwegingsstap stap) => stap switch
    {
        Afwegingsstap.EigenKracht => "Eigen kracht",
        Afwegingsstap.GebruikelijkeHulp => "Gebruikelijke hulp (huisgenoten)",
        Afwegingsstap.Mantelzorg => "Mantelzorg",
        Afwegingsstap.SociaalNetwerk => "Sociaal netwerk en buurt",
        Afwegingsstap.VoorliggendeVoorzieningen => "Voorliggende voorzieningen (Wlz, Zvw, Jeugdwet, Participatiewet)",
        Afwegingsstap.SocialeBasis => "Sociale basis",
        Afwegingsstap.Basisondersteuning => "Basisondersteuning",
        _ => "Aanvullende ondersteuning",
    };

    public static string Tekst(this Leefgebied leefgebied) => leefgebied switch
    {
        Leefgebied.Wonen => "Wonen",
        Leefgebied.FinancienSchulden => "Financiën en schulden",
        Leefgebied.Gezondheid => "Gezondheid",
        Leefgebied.WelzijnSocialeRelaties => "Welzijn en sociale relaties",
        Leefgebied.MeedoenParticipatie => "Meedoen en participatie",
        Leefgebied.DagbestedingWerk => "Dagbesteding en werk",
        Leefgebied.OpvoedenOpgroeien => "Opvoeden en opgroeien",
        _ => "Veiligheid",
    };

    public static string Tekst(this Pijler pijler) => pijler switch
    {
        Pijler.SocialeBasis => "Sociale basis",
        Pijler.Basisondersteuning => "Basisondersteuning",
        Pijler.AanvullendeOndersteuning => "Aanvullende ondersteuning",
        Pijler.Regionaal => "Regionale of landelijke voorziening",
        _ => "Gemeente (direct)",
    };

    public static string Tekst(this UitkomstSoort soort) => soort switch
    {
        UitkomstSoort.AdviesDoorverwijzing => "Advies en informatie / doorverwijzing",
        UitkomstSoort.SocialeBasis => "Sociale basis",
        UitkomstSoort.Basisondersteuning => "Basisondersteuning (beschikkingsvrij)",
        UitkomstSoort.AanvullendViaVerwijzing => "Aanvullende ondersteuning via verwijzing",
        UitkomstSoort.AanvullendViaAanvraag => "Aanvullende ondersteuning via aanvraag en zwaarwegend advies",
        _ => "Regionale voorziening via zwaarwegend advies",
    };

    public static string Tekst(this Ondersteuningsvorm vorm) => vorm == Ondersteuningsvorm.Thuisondersteuning ? "Thuisondersteuning" : "Dagbesteding";

    public static string Tekst(this AdviesStatus status) => status switch
    {
        AdviesStatus.Concept => "Concept",
        AdviesStatus.Ingediend => "Ingediend",
        AdviesStatus.Teruggestuurd => "Teruggestuurd",
        AdviesStatus.Goedgekeurd => "Goedgekeurd",
        _ => "Afgeweken",
    };

    public static string Tekst(this Leveringsvorm vorm) => vorm == Leveringsvorm.Pgb ? "Persoonsgebonden budget (pgb)" : "Zorg in natura";

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
        _ => "totaal binnen de looptijd",
    };

    /// <summary>Select items for an enum, with the Dutch words above.</summary>
    public static List<SelectListItem> Keuzes<T>(Func<T, string> tekst)
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(w => new SelectListItem(tekst(w), w.ToString()))];
}
