using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Weergave;
using Wmo.Domain.Afweging;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Klachten;
using Wmo.Domain.Plannen;
using Wmo.Domain.SocialeKaart;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;

// Every switch below names each enum value, without a "_ =>" fallback: a new value then fails the build (CS8509)
// instead of silently showing another value's label. CS8524 (a cast, unnamed value) cannot happen for domain data.
#pragma warning disable CS8524

namespace Wmo.Web.Weergave;

/// <summary>Dutch words for the domain's enums and values: one place for every label the screens and letters show.</summary>
public static partial class Teksten
{
    /// <summary>What happened, as a past participle for the audit overview ("ingezien", "gewijzigd").</summary>
    public static string Tekst(this Wmo.Infrastructure.Audit.AuditActie actie) => actie switch
    {
        Wmo.Infrastructure.Audit.AuditActie.Inzien => "ingezien",
        Wmo.Infrastructure.Audit.AuditActie.Aanmaken => "aangemaakt",
        Wmo.Infrastructure.Audit.AuditActie.Wijzigen => "gewijzigd",
        Wmo.Infrastructure.Audit.AuditActie.Verwijderen => "verwijderd",
        Wmo.Infrastructure.Audit.AuditActie.Afdrukken => "afgedrukt",
        Wmo.Infrastructure.Audit.AuditActie.Exporteren => "geëxporteerd",
        Wmo.Infrastructure.Audit.AuditActie.Zoeken => "gezocht",
        Wmo.Infrastructure.Audit.AuditActie.InzageBuitenCaseload => "ingezien buiten de eigen caseload",
        Wmo.Infrastructure.Audit.AuditActie.Geweigerd => "geweigerd",
        Wmo.Infrastructure.Audit.AuditActie.Opschonen => "opgeschoond",
    };

    /// <summary>
    /// The audit trail's subject (a type name, for owned parts "Ondersteuningsvraag.StapAntwoord") in words:
    /// "ondersteuningsvraag, antwoord op een afwegingsstap". Never the code's name on screen.
    /// </summary>
    public static string Onderwerp(string onderwerp) =>
        string.Join(", ", onderwerp.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(deel => deel switch
        {
            "StapAntwoord" => "antwoord op een afwegingsstap",
            "ZwaarwegendAdvies" => "zwaarwegend advies",
            "EersteContact" => "eerste contact",
            _ => HoofdletterGrens().Replace(deel, " ").ToLowerInvariant(),
        }));

    [GeneratedRegex("(?<=[a-zë])(?=[A-Z])")]
    private static partial Regex HoofdletterGrens();

    public static string Tekst(this Wmo.Domain.EigenBijdrage.RedenWijzigingHeffing reden) => reden switch
    {
        Wmo.Domain.EigenBijdrage.RedenWijzigingHeffing.Nieuw => "Nieuw",
        Wmo.Domain.EigenBijdrage.RedenWijzigingHeffing.Gewijzigd => "Gewijzigd",
        Wmo.Domain.EigenBijdrage.RedenWijzigingHeffing.Beeindigd => "Beëindigd",
        Wmo.Domain.EigenBijdrage.RedenWijzigingHeffing.Vervallen => "Niet meer geheven",
        Wmo.Domain.EigenBijdrage.RedenWijzigingHeffing.Ongewijzigd => "Ongewijzigd",
    };

    public static string Tekst(this Relatie relatie) => relatie switch
    {
        Relatie.Partner => "Partner",
        Relatie.Ouder => "Ouder",
        Relatie.Kind => "Kind",
        Relatie.Huisgenoot => "Huisgenoot",
    };

    public static string Tekst(this Belastbaarheid belastbaarheid) => belastbaarheid switch
    {
        Belastbaarheid.Goed => "Goed belastbaar",
        Belastbaarheid.RisicoOpOverbelasting => "Risico op overbelasting",
        Belastbaarheid.Overbelast => "Overbelast",
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
        Leefgebied.Veiligheid => "Veiligheid",
    };

    public static string Tekst(this Doelsoort soort) => soort switch
    {
        Doelsoort.Ontwikkelen => "Ontwikkelen",
        Doelsoort.Stabiliseren => "Stabiliseren",
    };

    public static string Tekst(this Uitvoerder uitvoerder) => uitvoerder switch
    {
        Uitvoerder.SocialeBasis => "Sociale basis",
        Uitvoerder.Basisondersteuning => "Basisondersteuning",
        Uitvoerder.AanvullendeOndersteuning => "Aanvullende ondersteuning",
        Uitvoerder.AnderDomein => "Ander domein",
        Uitvoerder.InwonerEnNetwerk => "Inwoner en netwerk",
    };

    public static string Tekst(this Financier financier) => financier switch
    {
        Financier.Niemand => "Geen kosten",
        Financier.Inwoner => "Inwoner zelf",
        Financier.GemeenteWmo => "Gemeente (Wmo)",
        Financier.GemeenteJeugdwet => "Gemeente (Jeugdwet)",
        Financier.GemeenteParticipatiewet => "Gemeente (Participatiewet)",
        Financier.Zorgverzekeraar => "Zorgverzekeraar",
        Financier.Wlz => "Wet langdurige zorg",
    };

    public static string Tekst(this PlanStatus status) => status switch
    {
        PlanStatus.Concept => "Concept",
        PlanStatus.Actief => "Actief",
        PlanStatus.Afgesloten => "Afgesloten",
    };

    public static string Tekst(this EvaluatieUitkomst uitkomst) => uitkomst switch
    {
        EvaluatieUitkomst.Behaald => "Behaald",
        EvaluatieUitkomst.DeelsBehaald => "Deels behaald",
        EvaluatieUitkomst.NietBehaald => "Niet behaald",
        EvaluatieUitkomst.Bijgesteld => "Bijgesteld",
    };

    public static string Tekst(this Domain.Vragen.BeslistermijnOpschortingGrond grond) => grond switch
    {
        Domain.Vragen.BeslistermijnOpschortingGrond.AanvullingAanvraag => "De aanvraag wordt aangevuld (Awb 4:15 lid 1 onder a, 4:5)",
        Domain.Vragen.BeslistermijnOpschortingGrond.ToestemmingInwoner => "Met schriftelijke toestemming van de inwoner (Awb 4:15 lid 2 onder a)",
    };

    public static string Tekst(this PgbBeheer beheer) => beheer switch
    {
        PgbBeheer.Zelfstandig => "Zelf",
        PgbBeheer.MetHulp => "Met hulp (bijvoorbeeld een vertegenwoordiger)",
    };

    public static string Tekst(this Domain.Catalogus.EigenBijdrageVrijstelling vrijstelling) => vrijstelling switch
    {
        Domain.Catalogus.EigenBijdrageVrijstelling.Geen => "Geen",
        Domain.Catalogus.EigenBijdrageVrijstelling.Rolstoel => "Rolstoel (Uitvoeringsbesluit Wmo 2015 art. 3.8)",
        Domain.Catalogus.EigenBijdrageVrijstelling.WoningaanpassingMinderjarige => "Woningaanpassing voor een minderjarige (art. 3.8)",
        Domain.Catalogus.EigenBijdrageVrijstelling.BeschermdWonenOfOpvang => "Beschermd wonen of opvang (art. 3.8)",
    };

    public static string Tekst(this Afsluitreden reden) => reden switch
    {
        Afsluitreden.Afgerond => "Afgerond",
        Afsluitreden.InwonerZietAf => "De inwoner ziet af van ondersteuning",
        Afsluitreden.OvergangNaarWlz => "Overgang naar de Wlz",
        Afsluitreden.Verhuisd => "Verhuisd",
        Afsluitreden.Overleden => "Overleden",
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
        AanbodSoort.Anders => "Anders",
    };

    public static string Tekst(this KlachtNiveau niveau) => niveau switch
    {
        KlachtNiveau.MetDeOndersteuner => "Met de ondersteuner",
        KlachtNiveau.Leidinggevende => "Leidinggevende",
        KlachtNiveau.KlachtenbemiddelaarAanbieder => "Klachtenbemiddelaar van de aanbieder",
        KlachtNiveau.ExterneKlachtencommissie => "Externe klachtencommissie",
        KlachtNiveau.NationaleOmbudsman => "Nationale ombudsman",
    };

    public static string Tekst(this KlachtUitkomst uitkomst) => uitkomst switch
    {
        KlachtUitkomst.Opgelost => "Opgelost",
        KlachtUitkomst.Gegrond => "Gegrond",
        KlachtUitkomst.DeelsGegrond => "Deels gegrond",
        KlachtUitkomst.Ongegrond => "Ongegrond",
        KlachtUitkomst.Ingetrokken => "Ingetrokken",
    };

    public static string Tekst(this LegacyRichting richting) => richting switch
    {
        LegacyRichting.Basisondersteuning => "Basisondersteuning",
        LegacyRichting.AanvullendeOndersteuning => "Aanvullende ondersteuning",
        LegacyRichting.PerPersoonBeoordelen => "Per persoon beoordelen",
    };

    public static string Tekst(this LegacyProduct product) => product switch
    {
        LegacyProduct.PraktischeThuisondersteuning => "Praktische thuisondersteuning (PTO)",
        LegacyProduct.PersoonlijkeVerzorging => "Persoonlijke verzorging",
        LegacyProduct.KortdurendVerblijf => "Kortdurend verblijf",
        LegacyProduct.HulpBijHetHuishouden => "Hulp bij het huishouden",
        LegacyProduct.TO1 or LegacyProduct.TO2 or LegacyProduct.TO3 or LegacyProduct.TO4 => $"Thuisondersteuning {product}",
        LegacyProduct.DB1 or LegacyProduct.DB2 or LegacyProduct.DB3 or LegacyProduct.DB4 or LegacyProduct.DB5 or LegacyProduct.DB6 => $"Dagbesteding {product.ToString()[2..]} ({product})",
    };

    public static string Tekst(this Pijler pijler) => pijler.Naam();

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
        VraagStatus.Afgesloten => "Afgesloten",
    };

    public static string Tekst(this UitkomstSoort soort) => soort switch
    {
        UitkomstSoort.AdviesDoorverwijzing => "Advies en doorverwijzing",
        UitkomstSoort.SocialeBasis => "Sociale basis",
        UitkomstSoort.Basisondersteuning => "Basisondersteuning",
        UitkomstSoort.AanvullendViaVerwijzing => "Aanvullende ondersteuning via verwijzing",
        UitkomstSoort.AanvullendViaAanvraag => "Aanvullende ondersteuning via aanvraag",
        UitkomstSoort.RegionaleVoorziening => "Regionale of landelijke voorziening",
    };

    /// <summary>Options for a select from an enum, labelled in Dutch.</summary>
    public static IEnumerable<SelectListItem> Keuzes<T>(Func<T, string> tekst)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(w => new SelectListItem(tekst(w), w.ToString()));

    public static string Tekst(this MelderSoort soort) => soort switch
    {
        MelderSoort.Inwoner => "De inwoner zelf",
        MelderSoort.Buur => "Buur",
        MelderSoort.Huisarts => "Huisarts",
        MelderSoort.School => "School",
        MelderSoort.Familie => "Familie",
        MelderSoort.Anders => "Iemand anders",
    };

    public static string Tekst(this Veiligheidssignaal signaal) => signaal switch
    {
        Veiligheidssignaal.HuiselijkGeweld => "Huiselijk geweld",
        Veiligheidssignaal.Kindermishandeling => "Kindermishandeling",
        Veiligheidssignaal.DreigendeHuisuitzetting => "Dreigende huisuitzetting",
        Veiligheidssignaal.AcuteZorgOmGezondheid => "Acute zorg om gezondheid",
        Veiligheidssignaal.Suicidaliteit => "Zorg om suïcide",
        Veiligheidssignaal.Anders => "Ander veiligheidssignaal",
    };

    public static string Tekst(this Gesprekslocatie locatie) => locatie switch
    {
        Gesprekslocatie.Thuis => "Thuis",
        Gesprekslocatie.Buurtkamer => "In de buurt-/dorpskamer",
        Gesprekslocatie.Anders => "Elders",
    };

    public static string Tekst(this DeelnemerRol rol) => rol switch
    {
        DeelnemerRol.Inwoner => "Inwoner",
        DeelnemerRol.Mantelzorger => "Mantelzorger",
        DeelnemerRol.Clientondersteuner => "Cliëntondersteuner",
        DeelnemerRol.Vertegenwoordiger => "Vertegenwoordiger",
        DeelnemerRol.SociaalWerker => "Sociaal werker",
        DeelnemerRol.Begeleider => "Begeleider",
        DeelnemerRol.Anders => "Anders",
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
        Afwegingsstap.AanvullendeOndersteuning => "Aanvullende ondersteuning",
    };

    public static string Tekst(this Ondersteuningsvorm vorm) => vorm switch
    {
        Ondersteuningsvorm.Thuisondersteuning => "Thuisondersteuning",
        Ondersteuningsvorm.Dagbesteding => "Dagbesteding",
    };

    public static string Tekst(this AdviesStatus status) => status switch
    {
        AdviesStatus.Concept => "Concept",
        AdviesStatus.Ingediend => "Ingediend",
        AdviesStatus.Teruggestuurd => "Teruggestuurd",
        AdviesStatus.Goedgekeurd => "Goedgekeurd",
        AdviesStatus.Afgeweken => "Afgeweken",
    };

    public static string Tekst(this Leveringsvorm vorm) => vorm switch
    {
        Leveringsvorm.Pgb => "Persoonsgebonden budget (pgb)",
        Leveringsvorm.ZorgInNatura => "Zorg in natura",
    };

    public static string Tekst(this Eenheid eenheid) => eenheid switch
    {
        Eenheid.Minuut => "minuten",
        Eenheid.Uur => "uur",
        Eenheid.Etmaal => "etmalen",
        Eenheid.Dagdeel => "dagdelen",
        Eenheid.StuksOutput => "stuks (output)",
        Eenheid.Euros => "euro",
        Eenheid.StuksInspanning => "stuks (inspanning)",
    };

    public static string Tekst(this Frequentie frequentie) => frequentie switch
    {
        Frequentie.PerDag => "per dag",
        Frequentie.PerWeek => "per week",
        Frequentie.PerMaand => "per maand",
        Frequentie.TotaalBinnenGeldigheidsduur => "totaal binnen de looptijd",
    };

    public static string Tekst(this ToetsUitkomst uitkomst) => uitkomst switch
    {
        ToetsUitkomst.Goedkeuren => "Goedgekeurd",
        ToetsUitkomst.TerugsturenMetOpmerkingen => "Teruggestuurd met opmerkingen",
        ToetsUitkomst.AfwijkenMetMotivering => "Afgeweken met motivering",
    };

    public static string Tekst(this BeschikkingSoort soort) => soort switch
    {
        BeschikkingSoort.Toekenning => "Toekenning",
        BeschikkingSoort.Afwijzing => "Afwijzing",
    };

    public static string Tekst(this BezwaarStatus status) => status switch
    {
        BezwaarStatus.InBehandeling => "In behandeling",
        BezwaarStatus.Beslist => "Beslist",
        BezwaarStatus.Ingetrokken => "Ingetrokken",
    };

    public static string Tekst(this AanmeldingStatus status) => status switch
    {
        AanmeldingStatus.Aangemeld => "aangemeld, wacht op bevestiging",
        AanmeldingStatus.Bevestigd => "bevestigd",
        AanmeldingStatus.NietBevestigd => "niet bevestigd. Controleer de gegevens met de inwoner; klopt alles, vraag dan de beheerder om hulp",
    };

    public static string Tekst(this Wmo.Domain.Lumpsum.HerverdelingStatus status) => status switch
    {
        Wmo.Domain.Lumpsum.HerverdelingStatus.Aangevraagd => "Open",
        Wmo.Domain.Lumpsum.HerverdelingStatus.Toegekend => "Toegekend",
        Wmo.Domain.Lumpsum.HerverdelingStatus.Afgewezen => "Afgewezen",
    };

    public static string Tekst(this BezwaarBeslissing beslissing) => beslissing switch
    {
        BezwaarBeslissing.Gegrond => "Gegrond",
        BezwaarBeslissing.DeelsGegrond => "Deels gegrond",
        BezwaarBeslissing.Ongegrond => "Ongegrond",
        BezwaarBeslissing.NietOntvankelijk => "Niet-ontvankelijk",
    };

    /// <summary>The iWmo productcategorie with its code, as the standard's code list names it (Basisschema, WJ756).</summary>
    public static string Tekst(this ProductCategorie categorie) => $"{(int)categorie:D2} " + categorie switch
    {
        ProductCategorie.HulpBijHetHuishouden => "Hulp bij het huishouden",
        ProductCategorie.Begeleiding => "Begeleiding",
        ProductCategorie.PersoonlijkeVerzorging => "Persoonlijke verzorging",
        ProductCategorie.KortdurendVerblijf => "Kortdurend verblijf",
        ProductCategorie.Woondiensten => "Woondiensten",
        ProductCategorie.OverigeOndersteuningIndividu => "Overige ondersteuning gericht op het individu of huishouden/gezin",
        ProductCategorie.Dagbesteding => "Dagbesteding",
        ProductCategorie.Vervoerdiensten => "Vervoerdiensten",
        ProductCategorie.OverigeGroepsgerichteOndersteuning => "Overige groepsgerichte ondersteuning",
        ProductCategorie.OverigeMaatwerkArrangementen => "Overige maatwerkarrangementen",
        ProductCategorie.Rolstoelen => "Rolstoelen",
        ProductCategorie.Vervoervoorzieningen => "Vervoervoorzieningen",
        ProductCategorie.Woonvoorzieningen => "Woonvoorzieningen",
        ProductCategorie.OverigeHulpmiddelen => "Overige hulpmiddelen",
        ProductCategorie.BeschermdWonen => "Beschermd wonen",
        ProductCategorie.Opvang => "Opvang",
        ProductCategorie.Spoedopvang => "Spoedopvang",
        ProductCategorie.OverigeBeschermdWonenEnOpvang => "Overige beschermd wonen en opvang",
    };

    public static string Tekst(this Perceel perceel) => perceel.Naam();

    /// <summary>The catalogue name of a voorziening, or the code itself when the catalogue no longer knows it.</summary>
    public static string VoorzieningNaam(this WmoBeleid beleid, string? code) =>
        code is not null && beleid.Catalogus.Bevat(code) ? beleid.Catalogus.Zoek(code).Naam : code ?? "–";

    /// <summary>The voorzieningen of <paramref name="pijlers"/> as a drop-down list, by name.</summary>
    public static List<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Keuzelijst(this WmoBeleid beleid, params Pijler[] pijlers) =>
        [.. beleid.Catalogus.Voorzieningen.Where(v => pijlers.Contains(v.Pijler)).OrderBy(v => v.Naam).Select(v => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(v.Naam, v.Code))];

    public static string Tekst(this Wmo.Domain.EigenBijdrage.Tariefperiode periode) => periode switch
    {
        Wmo.Domain.EigenBijdrage.Tariefperiode.VierWeken => "per vier weken",
        Wmo.Domain.EigenBijdrage.Tariefperiode.Maand => "per maand",
    };

    public static string Tekst(this Models.Beheer.VersieStatus status) => status switch
    {
        Models.Beheer.VersieStatus.Geldend => "Geldt vandaag",
        Models.Beheer.VersieStatus.Toekomstig => "Gaat nog in",
        Models.Beheer.VersieStatus.Vervallen => "Vervallen",
    };

    public static string Tekst(this Wmo.Domain.Toewijzingen.RedenWijziging reden) => reden switch
    {
        Wmo.Domain.Toewijzingen.RedenWijziging.AdministratieveCorrectieVervallen => "Administratieve correctie (vervallen)",
        Wmo.Domain.Toewijzingen.RedenWijziging.ClientOverleden => "Cliënt overleden",
        Wmo.Domain.Toewijzingen.RedenWijziging.Contractwijziging => "Contractwijziging",
        Wmo.Domain.Toewijzingen.RedenWijziging.Verlenging => "Verlenging",
        Wmo.Domain.Toewijzingen.RedenWijziging.Verkorting => "Verkorting",
        Wmo.Domain.Toewijzingen.RedenWijziging.UitstroomNaarAnderDomein => "Uitstroom naar ander domein",
        Wmo.Domain.Toewijzingen.RedenWijziging.VerhuizingNaarAndereGemeente => "Verhuizing naar andere gemeente",
        Wmo.Domain.Toewijzingen.RedenWijziging.WijzigingLeveringsvorm => "Wijziging leveringsvorm",
        Wmo.Domain.Toewijzingen.RedenWijziging.OverstapNaarAndereAanbieder => "Overstap naar andere aanbieder",
        Wmo.Domain.Toewijzingen.RedenWijziging.NieuweBekostigingssystematiek => "Nieuwe bekostigingssystematiek",
        Wmo.Domain.Toewijzingen.RedenWijziging.GemeentelijkeHerindeling => "Gemeentelijke herindeling",
        Wmo.Domain.Toewijzingen.RedenWijziging.GeinitieerdDoorAanbieder => "Geïnitieerd door de aanbieder",
        Wmo.Domain.Toewijzingen.RedenWijziging.Verwijderd => "Verwijderd",
        Wmo.Domain.Toewijzingen.RedenWijziging.AdministratieveCorrectie => "Administratieve correctie",
    };

    public static string JaNee(this bool waarde) => waarde ? "Ja" : "Nee";
}
