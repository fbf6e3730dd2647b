using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>
/// Every controller action the app exposes, read from its own endpoint data, checked against a declared table of
/// who may call it. A new action that is not in the table fails the test, so nobody adds a page without deciding
/// who may see it.
/// </summary>
public sealed partial class AutorisatieMatrixTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Flags]
    public enum Wie
    {
        Niemand = 0,
        Anoniem = 1,
        Vrijwilliger = 2,
        SociaalWerker = 4,
        Toetser = 8,
        Beheerder = 16,
        Ingelogd = Vrijwilliger | SociaalWerker | Toetser | Beheerder,
        Iedereen = Anoniem | Ingelogd,
    }

    private const Wie SW = Wie.SociaalWerker;
    private const Wie Beh = Wie.Beheerder;
    private const Wie Toets = Wie.Toetser;
    private const Wie Intake = Wie.Vrijwilliger | Wie.SociaalWerker;
    private const Wie Sturing = Wie.Beheerder | Wie.Toetser;

    /// <summary>"Controller.Action METHOD" → who may call it. The policy on the controller is the source; this table is the spec.</summary>
    private static readonly Dictionary<string, Wie> Tabel = new(StringComparer.Ordinal)
    {
        ["AanbiederBeheer.Activeren POST"] = Beh,
        ["AanbiederBeheer.Deactiveren GET"] = Beh,
        ["AanbiederBeheer.Deactiveren POST"] = Beh,
        ["AanbiederBeheer.Index GET"] = Beh,
        ["AanbiederBeheer.Nieuw GET"] = Beh,
        ["AanbiederBeheer.Nieuw POST"] = Beh,
        ["AanbiederBeheer.Wijzigen GET"] = Beh,
        ["AanbiederBeheer.Wijzigen POST"] = Beh,
        ["Abonnementstarief.Aanleveren POST"] = Beh,
        ["Abonnementstarief.Bestand GET"] = Beh,
        ["Abonnementstarief.Index GET"] = Beh,
        ["Account.Geweigerd GET"] = Wie.Ingelogd,
        ["Account.Inloggen GET"] = Wie.Iedereen,
        ["Account.Inloggen POST"] = Wie.Iedereen,
        ["Account.Uitloggen POST"] = Wie.Ingelogd,
        ["Account.WachtwoordWijzigen GET"] = Wie.Ingelogd,
        ["Account.WachtwoordWijzigen POST"] = Wie.Ingelogd,
        ["AvgInzage.Brief POST"] = SW,
        ["AvgInzage.Gegevens POST"] = SW,
        ["BeleidBeheer.Index GET"] = Beh,
        ["BeleidBeheer.Instellingen GET"] = Beh,
        ["BeleidBeheer.Instellingen POST"] = Beh,
        ["BeleidBeheer.Nieuw GET"] = Beh,
        ["BeleidBeheer.Nieuw POST"] = Beh,
        ["BeleidBeheer.Perceel GET"] = Beh,
        ["BeleidBeheer.Perceel POST"] = Beh,
        ["BeleidBeheer.Verwijderen GET"] = Beh,
        ["BeleidBeheer.Verwijderen POST"] = Beh,
        ["CatalogusBeheer.Nieuw GET"] = Beh,
        ["CatalogusBeheer.Nieuw POST"] = Beh,
        ["CatalogusBeheer.Verwijderen GET"] = Beh,
        ["CatalogusBeheer.Verwijderen POST"] = Beh,
        ["CatalogusBeheer.Wijzigen GET"] = Beh,
        ["CatalogusBeheer.Wijzigen POST"] = Beh,
        ["TariefBeheer.Nieuw GET"] = Beh,
        ["TariefBeheer.Nieuw POST"] = Beh,
        ["TariefBeheer.Verwijderen GET"] = Beh,
        ["TariefBeheer.Verwijderen POST"] = Beh,
        ["TariefBeheer.Wijzigen GET"] = Beh,
        ["TariefBeheer.Wijzigen POST"] = Beh,
        ["Beheer.GebruikerActiveren POST"] = Beh,
        ["Beheer.GebruikerDeactiveren GET"] = Beh,
        ["Beheer.GebruikerDeactiveren POST"] = Beh,
        ["Beheer.GebruikerNieuw GET"] = Beh,
        ["Beheer.GebruikerNieuw POST"] = Beh,
        ["Beheer.GebruikerWijzigen GET"] = Beh,
        ["Beheer.GebruikerWijzigen POST"] = Beh,
        ["Beheer.Gebruikers GET"] = Beh,
        ["Beheer.Overdracht GET"] = Beh,
        ["Beheer.Aanmelding GET"] = Beh,
        ["Beheer.Aanmelding POST"] = Beh,
        ["Beheer.Aanmeldingen GET"] = Beh,
        ["Beheer.Regie GET"] = Beh,
        ["Beheer.Regie POST"] = Beh,
        ["Beheer.WachtwoordReset GET"] = Beh,
        ["Beheer.WachtwoordReset POST"] = Beh,
        ["Beheer.Index GET"] = Beh,
        ["Bezwaar.Beslissen GET"] = Toets,
        ["Bezwaar.Gronden GET"] = Toets,
        ["Bezwaar.Gronden POST"] = Toets,
        ["Bezwaar.Uitstel GET"] = Toets,
        ["Bezwaar.Uitstel POST"] = Toets,
        ["Bezwaar.Verschoonbaar GET"] = Toets,
        ["Bezwaar.Verschoonbaar POST"] = Toets,
        ["Bezwaar.Beslissen POST"] = Toets,
        ["Bezwaar.Details GET"] = Toets,
        ["Bezwaar.Index GET"] = Toets,
        ["Bezwaar.Intrekken GET"] = Toets,
        ["Bezwaar.Intrekken POST"] = Toets,
        ["Bezwaar.Nieuw GET"] = Toets,
        ["Bezwaar.Nieuw POST"] = Toets,
        ["Bezwaar.Verdagen GET"] = Toets,
        ["Bezwaar.Verdagen POST"] = Toets,
        ["Brief.Advies GET"] = Wie.Ingelogd,
        ["Brief.AdviesPdf GET"] = Wie.Ingelogd,
        ["Brief.Beschikking GET"] = Wie.Ingelogd,
        ["Brief.BeschikkingPdf GET"] = Wie.Ingelogd,
        ["Brief.BeschikkingVoorbeeld GET"] = Toets,
        ["Brief.Verwijsbrief GET"] = Wie.Ingelogd,
        ["Brief.VerwijsbriefPdf GET"] = Wie.Ingelogd,
        ["BuurtkamerBeheer.Heropenen POST"] = Beh,
        ["Feestdagen.Index GET"] = Beh,
        ["Feestdagen.Nieuw GET"] = Beh,
        ["Feestdagen.Nieuw POST"] = Beh,
        ["Feestdagen.Verwijderen GET"] = Beh,
        ["Feestdagen.Verwijderen POST"] = Beh,
        ["BuurtkamerBeheer.Index GET"] = Beh,
        ["BuurtkamerBeheer.Nieuw GET"] = Beh,
        ["BuurtkamerBeheer.Nieuw POST"] = Beh,
        ["BuurtkamerBeheer.NieuweWijk GET"] = Beh,
        ["BuurtkamerBeheer.NieuweWijk POST"] = Beh,
        ["BuurtkamerBeheer.Sluiten GET"] = Beh,
        ["BuurtkamerBeheer.Sluiten POST"] = Beh,
        ["BuurtkamerBeheer.Wijzigen GET"] = Beh,
        ["BuurtkamerBeheer.Wijzigen POST"] = Beh,
        ["EersteContact.Details GET"] = Intake,
        ["EersteContact.Index GET"] = Intake,
        ["EersteContact.Nieuw GET"] = Intake,
        ["EersteContact.Nieuw POST"] = Intake,
        ["EersteContact.Notitie POST"] = Intake,
        ["Fout.Index GET"] = Wie.Iedereen,
        ["Home.Index GET"] = Wie.Ingelogd,
        ["Home.Kaal GET"] = Wie.Ingelogd,
        ["Huishouden.AndereRegie GET"] = SW,
        ["Huishouden.Berichten GET"] = SW,
        ["Huishouden.AndereRegie POST"] = SW,
        ["Huishouden.Details GET"] = SW,
        ["Huishouden.InzageBuitenCaseload POST"] = SW,
        ["Huishouden.LidBeeindigen GET"] = SW,
        ["Huishouden.LidBeeindigen POST"] = SW,
        ["Huishouden.AanmeldingBeslissen GET"] = SW,
        ["Huishouden.AanmeldingBeslissen POST"] = SW,
        ["Huishouden.LidToevoegen GET"] = SW,
        ["Huishouden.LidToevoegen POST"] = SW,
        ["Huishouden.Mantelzorger GET"] = SW,
        ["Huishouden.Mantelzorger POST"] = SW,
        ["Huishouden.RegieOverdragen GET"] = SW,
        ["Huishouden.RegieOverdragen POST"] = SW,
        ["Huishouden.RegievoerderToewijzen GET"] = SW,
        ["Huishouden.RegievoerderToewijzen POST"] = SW,
        ["Iwmo.Batch GET"] = Beh,
        ["Iwmo.Bestand GET"] = SW | Beh,
        ["Iwmo.Inlezen GET"] = SW | Beh,
        ["Iwmo.Inlezen POST"] = SW | Beh,
        ["Iwmo.Retour GET"] = SW | Beh,
        ["Iwmo.Uitgaand GET"] = Beh,
        ["Iwmo.Versturen POST"] = Beh,
        ["Klacht.Details GET"] = SW,
        ["Klacht.Escaleer GET"] = SW,
        ["Klacht.Escaleer POST"] = SW,
        ["Klacht.HandelAf POST"] = SW,
        ["Klacht.Nieuw GET"] = SW,
        ["Klacht.Nieuw POST"] = SW,
        ["Lumpsum.Besluit GET"] = Beh,
        ["Lumpsum.Besluit POST"] = Beh,
        ["Lumpsum.Contract GET"] = Beh,
        ["Lumpsum.Contract POST"] = Beh,
        ["Lumpsum.ContractVerwijderen GET"] = Beh,
        ["Lumpsum.ContractVerwijderen POST"] = Beh,
        ["Lumpsum.Details GET"] = Sturing,
        ["Lumpsum.Herverdeling GET"] = Beh,
        ["Lumpsum.Herverdeling POST"] = Beh,
        ["Lumpsum.Index GET"] = Sturing,
        ["Lumpsum.Nieuw GET"] = Beh,
        ["Lumpsum.Nieuw POST"] = Beh,
        ["Lumpsum.Realisatie GET"] = Beh,
        ["Lumpsum.Realisatie POST"] = Beh,
        ["Lumpsum.Upload GET"] = Beh,
        ["Lumpsum.Upload POST"] = Beh,
        ["Lumpsum.Verdeling GET"] = Beh,
        ["Lumpsum.Verdeling POST"] = Beh,
        ["Lumpsum.Voorbeeld GET"] = Sturing,
        ["Monitoring.Csv GET"] = Sturing,
        ["Monitoring.Index GET"] = Sturing,
        ["Plan.Actie GET"] = SW,
        ["Plan.Actie POST"] = SW,
        ["Plan.Activeren GET"] = SW,
        ["Plan.Activeren POST"] = SW,
        ["Plan.Afsluiten GET"] = SW,
        ["Plan.Afsluiten POST"] = SW,
        ["Plan.Bewerken GET"] = SW,
        ["Plan.Doel GET"] = SW,
        ["Plan.Doel POST"] = SW,
        ["Plan.Evalueren GET"] = SW,
        ["Plan.Evalueren POST"] = SW,
        ["Plan.Nieuw POST"] = SW,
        ["Plan.Verwijderen GET"] = SW,
        ["Plan.Verwijderen POST"] = SW,
        ["Plan.Weggooien GET"] = SW,
        ["Plan.Weggooien POST"] = SW,
        ["Privacy.BuitenCaseload GET"] = Beh,
        ["Privacy.Exporteer POST"] = Beh,
        ["Privacy.Index GET"] = Beh,
        ["Privacy.Index POST"] = Beh,
        ["Privacy.Keten GET"] = Beh,
        ["Privacy.Keten POST"] = Beh,
        ["Privacy.Opschonen GET"] = Beh,
        ["Privacy.Opschonen POST"] = Beh,
        ["SocialeKaart.Activeren POST"] = Beh,
        ["SocialeKaart.Deactiveren GET"] = Beh,
        ["SocialeKaart.Deactiveren POST"] = Beh,
        ["SocialeKaart.Index GET"] = Wie.Vrijwilliger | SW | Beh,
        ["SocialeKaart.Nieuw GET"] = Beh,
        ["SocialeKaart.Nieuw POST"] = Beh,
        ["SocialeKaart.Wijzigen GET"] = Beh,
        ["SocialeKaart.Wijzigen POST"] = Beh,
        ["Toetsing.Aanvragen GET"] = Toets,
        ["Toetsing.Afwijzen GET"] = Toets,
        ["Toetsing.Afwijzen POST"] = Toets,
        ["Toetsing.Advies GET"] = Toets,
        ["Toetsing.Advies POST"] = Toets,
        ["Beschikkingen.Index GET"] = Toets,
        ["Toetsing.Beschikking GET"] = Toets,
        ["Toetsing.Index GET"] = Toets,
        ["Toetsing.Verzenden GET"] = Toets,
        ["Toetsing.Verzenden POST"] = Toets,
        ["Toewijzing.Beschikking GET"] = Toets,
        ["Toewijzing.Beschikking POST"] = Toets,
        ["Toewijzing.Verwijzing GET"] = SW,
        ["Toewijzing.Wijzigen GET"] = SW,
        ["Toewijzing.Wijzigen POST"] = SW,
        ["Toewijzing.Verwijzing POST"] = SW,
        ["Transitie.Conclusie GET"] = SW,
        ["Transitie.Conclusie POST"] = SW,
        ["Transitie.Gesprek GET"] = SW,
        ["Transitie.Gesprek POST"] = SW,
        ["Transitie.Index GET"] = SW,
        ["TweeStaps.Herstelcode GET"] = Wie.Iedereen,
        ["TweeStaps.Herstelcode POST"] = Wie.Iedereen,
        ["TweeStaps.HerstelcodesVernieuwen GET"] = Wie.Ingelogd,
        ["TweeStaps.HerstelcodesVernieuwen POST"] = Wie.Ingelogd,
        ["TweeStaps.TweeStaps GET"] = Wie.Iedereen,
        ["TweeStaps.TweeStaps POST"] = Wie.Iedereen,
        ["TweeStaps.TweeStapsInrichten POST"] = Wie.Ingelogd,
        ["TweeStaps.TweeStapsInstellen GET"] = Wie.Ingelogd,
        ["TweeStaps.TweeStapsInstellen POST"] = Wie.Ingelogd,
        ["Vraag.Aanvraag GET"] = SW,
        ["Vraag.Aanvraag POST"] = SW,
        ["Vraag.Advies GET"] = SW,
        ["Vraag.Advies POST"] = SW,
        ["Vraag.AdviesHerzien GET"] = SW,
        ["Vraag.AdviesHerzien POST"] = SW,
        ["Vraag.Afsluiten GET"] = SW,
        ["Vraag.Afsluiten POST"] = SW,
        ["Vraag.Afweging GET"] = SW,
        ["Vraag.Afweging POST"] = SW,
        ["Vraag.Afwegingskader GET"] = SW,
        ["Vraag.Afwegingskader POST"] = SW,
        ["Vraag.Details GET"] = SW,
        ["Vraag.EindeBasisondersteuning GET"] = SW,
        ["Vraag.EindeBasisondersteuning POST"] = SW,
        ["Vraag.Gesprek GET"] = SW,
        ["Vraag.Gesprek POST"] = SW,
        ["Vraag.GesprekAfronden GET"] = SW,
        ["Vraag.GesprekAfronden POST"] = SW,
        ["Vraag.Hervatten GET"] = SW,
        ["Vraag.Hervatten POST"] = SW,
        ["Vraag.Onderzoek GET"] = SW,
        ["Vraag.Onderzoek POST"] = SW,
        ["Vraag.KoppelingOngedaan GET"] = SW,
        ["Vraag.KoppelingOngedaan POST"] = SW,
        ["Vraag.Oppakken GET"] = SW,
        ["Vraag.Oppakken POST"] = SW,
        ["Vraag.BeslistermijnHervatten GET"] = SW,
        ["Vraag.BeslistermijnHervatten POST"] = SW,
        ["Vraag.BeslistermijnOpschorten GET"] = SW,
        ["Vraag.BeslistermijnOpschorten POST"] = SW,
        ["Vraag.Ingebrekestelling GET"] = SW,
        ["Vraag.Ingebrekestelling POST"] = SW,
        ["Vraag.Wlz GET"] = SW,
        ["Vraag.Wlz POST"] = SW,
        ["Vraag.Verdagen GET"] = SW,
        ["Vraag.Verdagen POST"] = SW,
        ["Vraag.Opschorten GET"] = SW,
        ["Vraag.Opschorten POST"] = SW,
        ["Vraag.Uitkomst GET"] = SW,
        ["Vraag.Uitkomst POST"] = SW,
        ["VerzoekOmToewijzing.Afwijzen GET"] = SW,
        ["VerzoekOmToewijzing.Afwijzen POST"] = SW,
        ["VerzoekOmToewijzing.Details GET"] = SW,
        ["VerzoekOmToewijzing.Toewijzen GET"] = SW,
        ["VerzoekOmToewijzing.Toewijzen POST"] = SW,
        ["Werkvoorraad.Index GET"] = SW,
        ["Zoeken.Index GET"] = SW,
        ["Zoeken.Index POST"] = SW,
    };

    /// <summary>Logging out sends you to the login page; that redirect is the action working, not a refusal.</summary>
    private const string Uitloggen = "Account.Uitloggen POST";

    private static readonly Dictionary<Wie, string?> Gebruikers = new()
    {
        [Wie.Anoniem] = null,
        [Wie.Vrijwilliger] = "anna.devries",
        [Wie.SociaalWerker] = "fatima.elamrani",
        [Wie.Toetser] = "marieke.hoekstra",
        [Wie.Beheerder] = "ingrid.postma",
    };

    public sealed record Eindpunt(string Sleutel, string Methode, string Url);

    private List<Eindpunt> Eindpunten()
    {
        _ = factory.Server; // the host (and its routing) must be built before the endpoint data is complete
        var bron = factory.Services.GetRequiredService<EndpointDataSource>();
        return bron.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Actie: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(e => e.Actie is not null)
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new Eindpunt($"{e.Actie!.ControllerName}.{e.Actie.ActionName} {m}", m, Url(e.Endpoint, e.Actie))))
            .GroupBy(e => e.Sleutel)
            .Select(g => g.OrderByDescending(e => e.Url.Length).First()) // /Fout/{statusCode} rather than /Fout (which is the 500 page by design)
            .OrderBy(e => e.Sleutel, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void Elke_actie_staat_in_de_tabel_en_elke_regel_in_de_tabel_is_een_actie()
    {
        var eindpunten = Eindpunten();
        var ontbreekt = eindpunten.Where(e => !Tabel.ContainsKey(e.Sleutel)).Select(e => $"[\"{e.Sleutel}\"] = ?,  // {e.Url}").ToList();
        var overbodig = Tabel.Keys.Except(eindpunten.Select(e => e.Sleutel), StringComparer.Ordinal).ToList();
        Assert.True(ontbreekt.Count == 0, "Acties zonder regel in de autorisatietabel:\n" + string.Join('\n', ontbreekt));
        Assert.True(overbodig.Count == 0, "Regels in de tabel zonder actie:\n" + string.Join('\n', overbodig));
        Assert.True(eindpunten.Count > 50, $"Verdacht weinig acties gevonden: {eindpunten.Count}");
    }

    [Fact]
    public async Task Elke_rol_krijgt_precies_wat_de_tabel_zegt()
    {
        // Logging out ends the session of the shared client, so that one goes last.
        var eindpunten = Eindpunten().Where(e => Tabel.ContainsKey(e.Sleutel)).OrderBy(e => e.Sleutel == Uitloggen).ToList();
        var fouten = new List<string>();
        foreach (var (rol, gebruiker) in Gebruikers)
        {
            using var client = new PortalClient(factory);
            if (gebruiker is not null)
            {
                await client.LoginAsDemoAsync(gebruiker);
            }

            // Any form of the session carries a valid token: the logout form in the layout, or the login form.
            var token = PortalClient.AntiforgeryToken(await client.GetHtmlAsync(gebruiker is null ? "/Account/Inloggen" : "/"));
            foreach (var eindpunt in eindpunten)
            {
                var response = await StuurAsync(client, eindpunt, token);
                var toegestaan = Tabel[eindpunt.Sleutel].HasFlag(rol);
                var status = (int)response.StatusCode;
                var naarInloggen = response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location!.OriginalString.Contains("/Account/Inloggen", StringComparison.OrdinalIgnoreCase);
                var beschrijving = $"{eindpunt.Sleutel} ({eindpunt.Url}) als {rol}: {status} {response.Headers.Location}";
                if (status >= 500)
                {
                    fouten.Add($"{beschrijving} — serverfout");
                }
                else if (toegestaan && (status == 403 || (naarInloggen && !Tabel[eindpunt.Sleutel].HasFlag(Wie.Anoniem) && eindpunt.Sleutel != Uitloggen)))
                {
                    fouten.Add($"{beschrijving} — toegestaan volgens de tabel, maar geweigerd");
                }
                else if (!toegestaan && rol == Wie.Anoniem && !naarInloggen)
                {
                    fouten.Add($"{beschrijving} — anoniem moet naar /Account/Inloggen");
                }
                else if (!toegestaan && rol != Wie.Anoniem && status != 403)
                {
                    fouten.Add($"{beschrijving} — geweigerd volgens de tabel, verwacht 403");
                }
            }
        }

        Assert.True(fouten.Count == 0, $"{fouten.Count} afwijkingen van de autorisatietabel:\n" + string.Join('\n', fouten));
    }

    private static async Task<HttpResponseMessage> StuurAsync(PortalClient client, Eindpunt eindpunt, string token)
    {
        var uri = new Uri(eindpunt.Url, UriKind.Relative);
        if (eindpunt.Methode == "GET")
        {
            return await client.Http.GetAsync(uri);
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await client.Http.PostAsync(uri, content);
    }

    /// <summary>A concrete URL for the action: attribute routes with their parameters filled, conventional routes as /Controller/Action/{id}.</summary>
    private static string Url(RouteEndpoint endpoint, ControllerActionDescriptor actie)
    {
        var id = Guid.NewGuid().ToString();
        if (actie.AttributeRouteInfo?.Template is { } sjabloon)
        {
            var pad = ParameterRegex().Replace(sjabloon, m => m.Value.EndsWith("?}", StringComparison.Ordinal) ? "" : m.Value.Contains(":int", StringComparison.Ordinal) ? "404" : id);
            return "/" + pad.TrimEnd('/');
        }

        var heeftId = actie.Parameters.Any(p => p.Name == "id");
        return $"/{actie.ControllerName}/{actie.ActionName}" + (heeftId ? $"/{id}" : "");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex ParameterRegex();
}
