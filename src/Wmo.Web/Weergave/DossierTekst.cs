using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Klachten;
using Wmo.Domain.Plannen;
using Wmo.Domain.SocialeKaart;
using Wmo.Domain.Vragen;

namespace Wmo.Web.Weergave;

/// <summary>Dutch labels for the enums shown in the dossier, plan, sociale kaart, transitie and klacht screens.</summary>
public static class DossierTekst
{
    public static string Tekst(this Relatie relatie) => relatie switch
    {
        Relatie.Partner => "Partner",
        Relatie.Ouder => "Ouder",
        Relatie.Kind => "Kind",
        _ => "Huisgenoot",
    };

    public static string Tekst(this Belastbaarheid belastbaarheid) => belastbaarheid switch
    {
        Belastbaarheid.Goed => "Goed belastbaar",
        Belastbaarheid.RisicoOpOverbelasting => "Risico op overbelasting",
        _ => "Overbelast",
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

    public static string Tekst(this Doelsoort soort) => soort == Doelsoort.Ontwikkelen ? "Ontwikkelen" : "Stabiliseren";

    public static string Tekst(this Uitvoerder uitvoerder) => uitvoerder switch
    {
        Uitvoerder.SocialeBasis => "Sociale basis",
        Uitvoerder.Basisondersteuning => "Basisondersteuning",
        Uitvoerder.AanvullendeOndersteuning => "Aanvullende ondersteuning",
        Uitvoerder.AnderDomein => "Ander domein",
        _ => "Inwoner en netwerk",
    };

    public static string Tekst(this Financier financier) => financier switch
    {
        Financier.Niemand => "Geen kosten",
        Financier.Inwoner => "Inwoner zelf",
        Financier.GemeenteWmo => "Gemeente (Wmo)",
        Financier.GemeenteJeugdwet => "Gemeente (Jeugdwet)",
        Financier.GemeenteParticipatiewet => "Gemeente (Participatiewet)",
        Financier.Zorgverzekeraar => "Zorgverzekeraar",
        _ => "Wet langdurige zorg",
    };

    public static string Tekst(this PlanStatus status) => status switch
    {
        PlanStatus.Concept => "Concept",
        PlanStatus.Actief => "Actief",
        _ => "Afgesloten",
    };

    public static string Tekst(this EvaluatieUitkomst uitkomst) => uitkomst switch
    {
        EvaluatieUitkomst.Behaald => "Behaald",
        EvaluatieUitkomst.DeelsBehaald => "Deels behaald",
        EvaluatieUitkomst.NietBehaald => "Niet behaald",
        _ => "Bijgesteld",
    };

    public static string Tekst(this AanbodSoort soort) => soort switch
    {
        AanbodSoort.Maatje => "Maatje",
        AanbodSoort.Formulierenhulp => "Formulierenhulp",
        AanbodSoort.Sollicitatieclub => "Sollicitatieclub",
        AanbodSoort.Inloop => "Inloop",
        AanbodSoort.Respijtzorg => "Respijtzorg",
        AanbodSoort.Ontmoeting => "Ontmoeting",
        AanbodSoort.Vervoer => "Vervoer",
        _ => "Anders",
    };

    public static string Tekst(this KlachtNiveau niveau) => niveau switch
    {
        KlachtNiveau.MetDeOndersteuner => "Met de ondersteuner",
        KlachtNiveau.Leidinggevende => "Leidinggevende",
        KlachtNiveau.KlachtenbemiddelaarAanbieder => "Klachtenbemiddelaar van de aanbieder",
        KlachtNiveau.ExterneKlachtencommissie => "Externe klachtencommissie",
        _ => "Nationale ombudsman",
    };

    public static string Tekst(this KlachtUitkomst uitkomst) => uitkomst switch
    {
        KlachtUitkomst.Opgelost => "Opgelost",
        KlachtUitkomst.Gegrond => "Gegrond",
        KlachtUitkomst.DeelsGegrond => "Deels gegrond",
        KlachtUitkomst.Ongegrond => "Ongegrond",
        _ => "Ingetrokken",
    };

    public static string Tekst(this LegacyRichting richting) => richting switch
    {
        LegacyRichting.Basisondersteuning => "Basisondersteuning",
        LegacyRichting.AanvullendeOndersteuning => "Aanvullende ondersteuning",
        _ => "Per persoon beoordelen",
    };

    public static string Tekst(this LegacyProduct product) => product switch
    {
        LegacyProduct.PraktischeThuisondersteuning => "Praktische thuisondersteuning (PTO)",
        LegacyProduct.PersoonlijkeVerzorging => "Persoonlijke verzorging",
        LegacyProduct.KortdurendVerblijf => "Kortdurend verblijf",
        LegacyProduct.HulpBijHetHuishouden => "Hulp bij het huishouden",
        >= LegacyProduct.TO1 and <= LegacyProduct.TO4 => $"Thuisondersteuning {product}",
        _ => $"Dagbesteding {product.ToString()[2..]} ({product})",
    };

    public static string Tekst(this Pijler pijler) => pijler switch
    {
        Pijler.Basisondersteuning => "Basisondersteuning",
        Pijler.AanvullendeOndersteuning => "Aanvullende ondersteuning",
        Pijler.SocialeBasis => "Sociale basis",
        Pijler.Regionaal => "Regionale of landelijke voorziening",
        _ => "Gemeente (direct)",
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

    public static string Tekst(this UitkomstSoort soort) => soort switch
    {
        UitkomstSoort.AdviesDoorverwijzing => "Advies en doorverwijzing",
        UitkomstSoort.SocialeBasis => "Sociale basis",
        UitkomstSoort.Basisondersteuning => "Basisondersteuning",
        UitkomstSoort.AanvullendViaVerwijzing => "Aanvullende ondersteuning via verwijzing",
        UitkomstSoort.AanvullendViaAanvraag => "Aanvullende ondersteuning via aanvraag",
        _ => "Regionale of landelijke voorziening",
    };

    /// <summary>Options for a select from an enum, labelled in Dutch.</summary>
    public static IEnumerable<SelectListItem> Keuzes<T>(Func<T, string> tekst)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(w => new SelectListItem(tekst(w), w.ToString()));
}
