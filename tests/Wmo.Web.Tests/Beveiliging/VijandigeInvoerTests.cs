using System.Collections;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>Real records for every form to aim at: fatima's household with a plan, a submitted advies, a beschikking, a klacht and anna's first contact.</summary>
public sealed class VijandigeInvoerFactory : WmoWebApplicationFactory, IAsyncLifetime
{
    public Dictionary<string, Guid> Ids { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        var beschikt = await Dossiers.IngediendAdviesAsync(this, "Vijand-Beschikt");
        Ids["beschikking"] = await Dossiers.BeschiktAsync(this, beschikt);
        var advies = await Dossiers.IngediendAdviesAsync(this, "Vijand");
        Ids["advies"] = advies.AdviesId;
        Ids["vraag"] = advies.VraagId;
        Ids["inwoner"] = advies.InwonerId;
        await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var vraag = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == advies.VraagId);
            Ids["huishouden"] = vraag.HuishoudenId;
            Ids["gesprek"] = vraag.Gesprekken[0].Id;
            var plan = new Domain.Plannen.Ondersteuningsplan(vraag.HuishoudenId, await bouwer.ActorAsync("fatima.elamrani"), Klok.Vandaag());
            db.Ondersteuningsplannen.Add(plan);
            await db.SaveChangesAsync();
            Ids["plan"] = plan.Id;
            Ids["contact"] = (await bouwer.EersteContactAsync(await bouwer.ActorAsync("anna.devries"), "Buurtkamer Oost", Klok.Vandaag(), "Vera Vijand", "Ik red het niet meer.")).Id;
            Ids["gebruiker"] = await db.Users.Where(u => u.UserName == "henk.visser").Select(u => u.Id).SingleAsync();
            Ids["buurtkamer"] = await db.Buurtkamers.Select(b => b.Id).FirstAsync();
            Ids["aanbieder"] = await db.Organisaties.Select(o => o.Id).FirstAsync();
            Ids["aanbod"] = await db.SocialeKaart.Select(a => a.Id).FirstOrDefaultAsync();
            Ids["beleidsversie"] = await db.Beleidsversies.Select(v => v.Id).FirstAsync();
            var (aanvrager, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Aad", "Vijandaanvraag", new DateOnly(1970, 1, 1), "Markt", 9, "8911AA", "Leeuwarden");
            var aanvraag = await bouwer.VraagInVraagverheldering(huishouden, aanvrager, await bouwer.ActorAsync("fatima.elamrani"), "Buurtkamer Oost", Klok.Vandaag().AddDays(-10));
            aanvraag.DienAanvraagIn(Klok.Vandaag());
            db.Bewaar(aanvraag);
            await db.SaveChangesAsync();
            Ids["aanvraag"] = aanvraag.Id;
            return 0;
        });

        using var fatima = new PortalClient(this);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        var klacht = await fatima.PostFormAsync($"/Klacht/Nieuw?huishoudenId={Ids["huishouden"]}", new Dictionary<string, string>
        {
            ["OntvangenOp"] = Klok.Vandaag().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Omschrijving"] = "De hulp kwam niet.",
        });
        Assert.Equal(HttpStatusCode.Redirect, klacht.StatusCode);
        Ids["klacht"] = Guid.Parse(Regex.Match(klacht.Headers.Location!.OriginalString, "[0-9a-f-]{36}").Value);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Every form (every POST action with a view-model parameter, found from the endpoint data) gets hostile input:
/// overlong text with script and HTML, impossible dates, BSNs failing the elfproef, negative and huge numbers,
/// nothing at all, control characters (NUL included) in every text field, and fields that are not in the form. Never a 500, nothing saved (no change in the audit trail,
/// which is written in the same transaction as every change), Dutch messages at the field, input echoed encoded.
/// </summary>
public sealed partial class VijandigeInvoerTests(VijandigeInvoerFactory factory) : IClassFixture<VijandigeInvoerFactory>
{
    private const string Script = "<script>alert(1)</script>";

    /// <summary>Which signed-in user fills in which controller's forms (null: anonymous).</summary>
    private static readonly Dictionary<string, string?> Invuller = new(StringComparer.Ordinal)
    {
        ["Account"] = null,
        ["TweeStaps"] = null,
        // Someone who has not set up the app yet: an enrolled user never gets this form again (issue 9).
        ["TweeStaps.TweeStapsInstellen"] = "fatima.elamrani",
        ["TweeStaps.TweeStapsInrichten"] = "fatima.elamrani",

        // A wrong current password counts towards a lockout, like the recovery codes below.
        ["Account.WachtwoordWijzigen"] = "henk.visser",

        // Wrong passwords count towards a lockout: a user no other form of this suite needs.
        ["TweeStaps.HerstelcodesVernieuwen"] = "sjoerd.dijkstra",
        ["EersteContact"] = "anna.devries",
        ["Toetsing"] = "marieke.hoekstra",
        ["Toewijzing.Beschikking"] = "marieke.hoekstra",
        ["Bezwaar"] = "marieke.hoekstra",
        ["Beheer"] = "ingrid.postma",
        ["AanbiederBeheer"] = "ingrid.postma",
        ["BuurtkamerBeheer"] = "ingrid.postma",
        ["Feestdagen"] = "ingrid.postma",
        ["BeleidBeheer"] = "ingrid.postma",
        ["CatalogusBeheer"] = "ingrid.postma",
        ["TariefBeheer"] = "ingrid.postma",
        ["SocialeKaart"] = "ingrid.postma",
        ["Privacy"] = "ingrid.postma",
        ["Lumpsum"] = "ingrid.postma",
        ["Iwmo.Versturen"] = "ingrid.postma",
        ["Abonnementstarief"] = "ingrid.postma",
    };

    /// <summary>Which record a controller's {id} points at.</summary>
    private static readonly Dictionary<string, string> IdVan = new(StringComparer.Ordinal)
    {
        ["Huishouden"] = "huishouden",
        ["Vraag"] = "vraag",
        ["Plan"] = "plan",
        ["Toetsing"] = "advies",
        ["Toetsing.Afwijzen"] = "aanvraag",
        ["Klacht"] = "klacht",
        ["EersteContact"] = "contact",
        ["Beheer"] = "gebruiker",
        ["AanbiederBeheer"] = "aanbieder",
        ["BuurtkamerBeheer"] = "buurtkamer",
        ["SocialeKaart"] = "aanbod",
        ["BeleidBeheer"] = "beleidsversie",
        ["CatalogusBeheer"] = "beleidsversie",
    };

    public static TheoryData<string, string> Formulieren()
    {
        var data = new TheoryData<string, string>();
        foreach (var formulier in FormulierActies())
        {
            foreach (var variant in new[] { "lang-script", "html-onmogelijk", "leeg", "minimaal", "stuurtekens" })
            {
                data.Add(formulier, variant);
            }
        }

        return data;
    }

    public static TheoryData<string> AlleFormulieren()
    {
        var data = new TheoryData<string>();
        foreach (var formulier in FormulierActies())
        {
            data.Add(formulier);
        }

        return data;
    }

    [Fact]
    public void Alle_formulieren_worden_aangevallen()
    {
        using var f = new WmoWebApplicationFactory();
        _ = f.Server;
        var uitApp = Acties(f.Services).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(FormulierActies().Order(StringComparer.Ordinal), uitApp);
        Assert.True(uitApp.Count >= 40, $"Verdacht weinig formulieren: {uitApp.Count}");
    }

    [Theory]
    [MemberData(nameof(Formulieren))]
    public async Task Vijandige_invoer_geeft_nooit_een_500_slaat_niets_op_en_meldt_in_het_nederlands(string formulier, string variant)
    {
        var actie = Acties(factory.Services)[formulier];
        using var client = await ClientAsync(formulier);
        var token = await TokenAsync(client, formulier);
        var velden = Velden(actie, variant);
        velden["__RequestVerificationToken"] = token;
        var voor = await factory.LeesAsync(db => db.AuditTrail.MaxAsync(a => a.Volgnummer));
        var buitenAudit = await NietGeauditAsync();

        using var content = new FormUrlEncodedContent(velden);
        var response = await client.Http.PostAsync(new Uri(Url(actie), UriKind.Relative), content);

        var status = (int)response.StatusCode;
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{formulier} ({variant}): {status}\n{LogStaart()}");
        var opgeslagen = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking()
            .Where(a => a.Volgnummer > voor && (a.Actie == AuditActie.Aanmaken || a.Actie == AuditActie.Wijzigen || a.Actie == AuditActie.Verwijderen))
            .Select(a => a.Onderwerp + " " + a.Actie).ToListAsync());
        Assert.True(opgeslagen.Count == 0, $"{formulier} ({variant}) sloeg iets op ({status} {response.Headers.Location}): {string.Join(", ", opgeslagen)}");
        Assert.True(buitenAudit == await NietGeauditAsync(), $"{formulier} ({variant}) wijzigde een gebruiker of inzage buiten caseload ({status})");
        Assert.DoesNotContain(Script, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        if (variant == "stuurtekens" && velden.Any(v => Domain.Common.Invoertekst.BevatStuurteken(v.Value)))
        {
            // NUL and other control characters in any text field: never the bare "Ongeldig verzoek" of an unreadable form; a
            // form that comes back names the field (other forms stop earlier, e.g. 404 for a record the junk ids do not find).
            Assert.DoesNotContain("<h1>Ongeldig verzoek</h1>", html, StringComparison.Ordinal);
            Assert.True(response.StatusCode != HttpStatusCode.OK || html.Contains(Domain.Common.Invoertekst.StuurtekenMelding, StringComparison.Ordinal),
                $"{formulier} (stuurtekens): formulier terug zonder melding bij het veld");
        }

        if (response.StatusCode == HttpStatusCode.OK && variant != "minimaal" && actie.ControllerName is not "Zoeken")
        {
            Assert.True(html.Contains("-fout\"", StringComparison.Ordinal) || html.Contains("class=\"foutoverzicht\"", StringComparison.Ordinal),
                $"{formulier} ({variant}): geen melding bij het veld of in het foutoverzicht");
        }

        foreach (var engels in new[] { "is not valid", "field is required", "The value", "must be", "is invalid" })
        {
            Assert.DoesNotContain(engels, html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(AlleFormulieren))]
    public async Task Zonder_of_met_een_vals_antiforgery_token_400_en_niets_opgeslagen(string formulier)
    {
        var actie = Acties(factory.Services)[formulier];
        using var client = await ClientAsync(formulier);
        var voor = await factory.LeesAsync(db => db.AuditTrail.CountAsync());
        foreach (var token in new string?[] { null, "CfDJ8vals-token", await TokenVanAnderAsync() })
        {
            var velden = Velden(actie, "minimaal");
            if (token is not null)
            {
                velden["__RequestVerificationToken"] = token;
            }

            using var content = new FormUrlEncodedContent(velden);
            var response = await client.Http.PostAsync(new Uri(Url(actie), UriKind.Relative), content);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{formulier} met token '{token?[..Math.Min(token.Length, 12)]}': {(int)response.StatusCode}");
        }

        var na = await factory.LeesAsync(db => db.AuditTrail.CountAsync(a => a.Actie != AuditActie.Geweigerd));
        Assert.True(na <= voor, $"{formulier}: de audittrail groeide zonder geldig token");
    }

    /// <summary>Every plan and term date field (issue 9: today ± a few years, <see cref="Domain.Common.Datumbereik"/>) with dates far out of range.</summary>
    public static TheoryData<string, string, string> PlanEnTermijnDatums()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (formulier, veld) in new[]
        {
            ("Vraag.Opschorten", "Van"), ("Vraag.Hervatten", "LaatsteOpgeschorteDag"), ("Vraag.Verdagen", "BerichtOp"), ("Vraag.Verdagen", "NieuweDatum"),
            ("Vraag.BeslistermijnOpschorten", "Van"), ("Vraag.BeslistermijnHervatten", "LaatsteOpgeschorteDag"), ("Vraag.Ingebrekestelling", "OntvangenOp"),
            ("Plan.Doel", "Evaluatiedatum"), ("Plan.Evalueren", "Datum"), ("Plan.Evalueren", "VolgendeEvaluatie"), ("Toetsing.Verzenden", "Verzonden"),
            ("Toetsing.Advies", "AndereIngangsdatum"), ("Toetsing.Advies", "AndereEinddatum"),
        })
        {
            foreach (var waarde in new[] { "9999-12-30", "0001-01-01", "vandaag+50", "vandaag-6" })
            {
                data.Add(formulier, veld, waarde);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlanEnTermijnDatums))]
    public async Task Een_plan_of_termijndatum_buiten_bereik_geeft_een_veldfout_slaat_niets_op_en_laat_werkvoorraad_en_dossier_heel(string formulier, string veld, string waarde)
    {
        var vandaag = factory.Klok.Vandaag();
        string Dag(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (gebruiker, url, velden) = formulier switch
        {
            "Vraag.Opschorten" => ("fatima.elamrani", $"/Vraag/Opschorten/{factory.Ids["vraag"]}", new Dictionary<string, string> { ["Reden"] = "Inwoner wil bedenktijd", ["ToestemmingInwoner"] = "true" }),
            "Vraag.Hervatten" => ("fatima.elamrani", $"/Vraag/Hervatten/{factory.Ids["vraag"]}", []),
            "Vraag.Verdagen" => ("fatima.elamrani", $"/Vraag/Verdagen/{factory.Ids["vraag"]}",
                new Dictionary<string, string> { ["BerichtOp"] = Dag(vandaag), ["NieuweDatum"] = Dag(vandaag.AddDays(20)), ["Reden"] = "Advies van de ergotherapeut is nodig" }),
            "Vraag.BeslistermijnOpschorten" => ("fatima.elamrani", $"/Vraag/BeslistermijnOpschorten/{factory.Ids["vraag"]}",
                new Dictionary<string, string> { ["Grond"] = "ToestemmingInwoner", ["Reden"] = "Inwoner wil een second opinion" }),
            "Vraag.BeslistermijnHervatten" => ("fatima.elamrani", $"/Vraag/BeslistermijnHervatten/{factory.Ids["vraag"]}", []),
            "Vraag.Ingebrekestelling" => ("fatima.elamrani", $"/Vraag/Ingebrekestelling/{factory.Ids["vraag"]}", []),
            "Plan.Doel" => ("fatima.elamrani", $"/Plan/Doel/{factory.Ids["plan"]}",
                new Dictionary<string, string> { ["Leefgebied"] = "FinancienSchulden", ["Omschrijving"] = "Administratie op orde", ["Doelsoort"] = "Ontwikkelen" }),
            "Plan.Evalueren" => ("fatima.elamrani", $"/Plan/Evalueren/{factory.Ids["plan"]}", new Dictionary<string, string>
            {
                ["DoelId"] = Guid.NewGuid().ToString(), ["Uitkomst"] = "Behaald", ["Toelichting"] = "Gaat goed", ["Datum"] = Dag(vandaag), ["VolgendeEvaluatie"] = Dag(vandaag.AddMonths(3)),
            }),
            "Toetsing.Verzenden" => ("marieke.hoekstra", $"/Toetsing/Verzenden/{factory.Ids["beschikking"]}", new Dictionary<string, string>()),
            "Toetsing.Advies" => ("marieke.hoekstra", $"/Toetsing/Advies/{factory.Ids["advies"]}", new Dictionary<string, string>
            {
                ["Besluit"] = "Afwijken", ["Motivering"] = "Een kortere periode past beter.",
                ["AndereIngangsdatum"] = Dag(vandaag.AddDays(14)), ["AndereEinddatum"] = Dag(vandaag.AddMonths(6)),
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(formulier)),
        };
        velden[veld] = waarde switch
        {
            "vandaag+50" => Dag(vandaag.AddYears(50)),
            "vandaag-6" => Dag(vandaag.AddYears(-6)),
            _ => waarde,
        };

        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);
        var pagina = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        var formulierHtml = pagina.StatusCode == HttpStatusCode.OK ? await pagina.Content.ReadAsStringAsync() : await client.GetHtmlAsync("/");
        velden["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(formulierHtml);
        if (Regex.Match(formulierHtml, "name=\"Versie\"[^>]*value=\"([^\"]+)\"") is { Success: true } versie)
        {
            velden["Versie"] = versie.Groups[1].Value;
        }

        var voor = await factory.LeesAsync(db => db.AuditTrail.MaxAsync(a => a.Volgnummer));
        using var content = new FormUrlEncodedContent(velden);
        var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{formulier} {veld}={velden[veld]}: {(int)response.StatusCode} {response.Headers.Location}\n{LogStaart()}");
        Assert.Contains($"id=\"{veld}-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("Vul een datum tussen", html, StringComparison.Ordinal);
        var opgeslagen = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking()
            .Where(a => a.Volgnummer > voor && (a.Actie == AuditActie.Aanmaken || a.Actie == AuditActie.Wijzigen || a.Actie == AuditActie.Verwijderen))
            .Select(a => a.Onderwerp + " " + a.Actie).ToListAsync());
        Assert.True(opgeslagen.Count == 0, $"{formulier} {veld}={velden[veld]} sloeg iets op: {string.Join(", ", opgeslagen)}");

        // Nothing out of range reached the records, so the pages built from them still answer.
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        foreach (var bladzijde in new[] { "/Werkvoorraad", $"/Vraag/Details/{factory.Ids["vraag"]}", $"/Huishouden/Details/{factory.Ids["huishouden"]}", $"/Plan/Bewerken/{factory.Ids["plan"]}" })
        {
            var antwoord = await fatima.Http.GetAsync(new Uri(bladzijde, UriKind.Relative));
            Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{bladzijde} na {formulier} {veld}={velden[veld]}: {(int)antwoord.StatusCode}");
        }
    }

    /// <summary>What the audit trail does not record as Aanmaken/Wijzigen: accounts (Identity) and granted inzage buiten caseload.</summary>
    private Task<string> NietGeauditAsync() => factory.LeesAsync(async db =>
        string.Join(',', await db.Users.OrderBy(u => u.Id).Select(u => u.ConcurrencyStamp).ToListAsync())
        + $";{await db.GebruikerBuurtkamers.CountAsync()};{await db.InzagesBuitenCaseload.CountAsync()}");

    /// <summary>The end of the app's log, so a 500 names its cause.</summary>
    private string LogStaart()
    {
        var regels = Directory.Exists(factory.LogFolder)
            ? Directory.GetFiles(factory.LogFolder, "wmo-*.log").SelectMany(f =>
            {
                using var stroom = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var lezer = new StreamReader(stroom);
                return lezer.ReadToEnd().Split('\n');
            }).ToList()
            : [];
        return string.Join('\n', regels.TakeLast(40));
    }

    /// <summary>A token of another session (the anonymous login page) is not valid for this user's session.</summary>
    private async Task<string> TokenVanAnderAsync()
    {
        using var ander = new PortalClient(factory);
        await ander.LoginAsDemoAsync("jeroen.bakker");
        return PortalClient.AntiforgeryToken(await ander.GetHtmlAsync("/"));
    }

    private static string? InvullerVan(string formulier) =>
        Invuller.TryGetValue(formulier, out var voorActie) ? voorActie : Invuller.GetValueOrDefault(formulier.Split('.')[0], "fatima.elamrani");

    private async Task<PortalClient> ClientAsync(string formulier)
    {
        var client = new PortalClient(factory);
        var gebruiker = InvullerVan(formulier);
        if (gebruiker is not null)
        {
            await client.LoginAsDemoAsync(gebruiker);
        }

        return client;
    }

    private static async Task<string> TokenAsync(PortalClient client, string formulier) =>
        PortalClient.AntiforgeryToken(await client.GetHtmlAsync(InvullerVan(formulier) is null ? "/Account/Inloggen" : "/"));

    private static string[] FormulierActies() =>
    [
        "AanbiederBeheer.Nieuw", "AanbiederBeheer.Wijzigen", "Abonnementstarief.Aanleveren", "Account.Inloggen", "Account.WachtwoordWijzigen", "Beheer.Aanmelding", "Beheer.GebruikerNieuw", "Beheer.GebruikerWijzigen", "Beheer.Regie", "Beheer.WachtwoordReset",
        "BeleidBeheer.Instellingen", "BeleidBeheer.Nieuw", "BeleidBeheer.Perceel", "CatalogusBeheer.Nieuw", "CatalogusBeheer.Wijzigen", "TariefBeheer.Nieuw", "TariefBeheer.Wijzigen",
        "Bezwaar.Beslissen", "Bezwaar.Gronden", "Bezwaar.Intrekken", "Bezwaar.Nieuw", "Bezwaar.Uitstel", "Bezwaar.Verdagen", "Bezwaar.Verschoonbaar", "BuurtkamerBeheer.Nieuw", "BuurtkamerBeheer.NieuweWijk",
        "BuurtkamerBeheer.Wijzigen", "EersteContact.Nieuw", "EersteContact.Notitie", "Feestdagen.Nieuw", "Huishouden.AanmeldingBeslissen", "Huishouden.AndereRegie", "Huishouden.InzageBuitenCaseload",
        "Huishouden.LidBeeindigen", "Huishouden.LidToevoegen", "Huishouden.Mantelzorger", "Huishouden.RegieOverdragen", "Huishouden.RegievoerderToewijzen", "Iwmo.Inlezen", "Iwmo.Versturen",
        "Klacht.Escaleer", "Klacht.HandelAf", "Klacht.Nieuw", "Lumpsum.Besluit", "Lumpsum.Contract", "Lumpsum.ContractVerwijderen", "Lumpsum.Herverdeling", "Lumpsum.Nieuw",
        "Lumpsum.Realisatie", "Lumpsum.Upload", "Lumpsum.Verdeling", "Plan.Actie", "Plan.Activeren", "Plan.Afsluiten", "Plan.Doel", "Plan.Evalueren", "Plan.Verwijderen", "Plan.Weggooien",
        "Privacy.Exporteer", "Privacy.Index", "SocialeKaart.Nieuw", "SocialeKaart.Wijzigen", "Toetsing.Advies", "Toetsing.Afwijzen", "Toetsing.Verzenden", "Toewijzing.Beschikking", "Toewijzing.Verwijzing", "Toewijzing.Wijzigen", "Transitie.Conclusie",
        "Transitie.Gesprek", "TweeStaps.Herstelcode", "TweeStaps.HerstelcodesVernieuwen", "TweeStaps.TweeStaps", "TweeStaps.TweeStapsInrichten", "TweeStaps.TweeStapsInstellen", "Vraag.Advies", "Vraag.AdviesHerzien",
        "Vraag.Afsluiten", "Vraag.Afweging", "Vraag.Afwegingskader", "Vraag.BeslistermijnHervatten", "Vraag.BeslistermijnOpschorten", "Vraag.EindeBasisondersteuning", "Vraag.Gesprek", "Vraag.GesprekAfronden", "Vraag.Hervatten",
        "Vraag.Ingebrekestelling", "Vraag.KoppelingOngedaan", "Vraag.Onderzoek", "Vraag.Oppakken", "Vraag.Opschorten", "Vraag.Uitkomst", "VerzoekOmToewijzing.Afwijzen", "VerzoekOmToewijzing.Toewijzen", "Vraag.Verdagen", "Vraag.Wlz", "Zoeken.Index",
    ];

    /// <summary>Every POST action that binds a view model, from the app's own endpoint data.</summary>
    private static Dictionary<string, ControllerActionDescriptor> Acties(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>())
            .OfType<ControllerActionDescriptor>()
            .Where(a => a.Parameters.Any(p => IsModel(p.ParameterType)))
            .GroupBy(a => $"{a.ControllerName}.{a.ActionName}")
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static bool IsModel(Type t) => t.IsClass && t != typeof(string) && !t.IsArray;

    private string Url(ControllerActionDescriptor actie)
    {
        var id = (IdVan.TryGetValue($"{actie.ControllerName}.{actie.ActionName}", out var sleutel) || IdVan.TryGetValue(actie.ControllerName, out sleutel))
            && factory.Ids.TryGetValue(sleutel, out var bekend) && bekend != Guid.Empty
            ? bekend : Guid.NewGuid();
        if (actie.ControllerName == "Vraag" && actie.ActionName == "Oppakken")
        {
            id = factory.Ids["contact"];
        }

        var pad = actie.AttributeRouteInfo?.Template is { } sjabloon
            ? "/" + Regex.Replace(sjabloon.Replace("{jaar:int}", "2026", StringComparison.Ordinal), @"\{[^}]+\}", id.ToString())
            : $"/{actie.ControllerName}/{actie.ActionName}" + (actie.Parameters.Any(p => p.Name == "id") ? $"/{id}" : "");
        var query = new List<string>();
        if (actie.Parameters.Any(p => p.Name == "huishoudenId"))
        {
            query.Add($"huishoudenId={factory.Ids["huishouden"]}");
        }

        if (actie.Parameters.Any(p => p.Name == "inwonerId"))
        {
            query.Add($"inwonerId={factory.Ids["inwoner"]}");
        }

        return query.Count == 0 ? pad : pad + "?" + string.Join('&', query);
    }

    /// <summary>The form fields of the view model, each filled the way <paramref name="variant"/> says, plus fields that are not in the form.</summary>
    private Dictionary<string, string> Velden(ControllerActionDescriptor actie, string variant)
    {
        var velden = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var model in actie.Parameters.Where(p => IsModel(p.ParameterType)))
        {
            Vul(velden, "", model.ParameterType, variant, diepte: 0);
        }

        if (variant != "minimaal")
        {
            // Over-posting: fields the form does not have must not reach the record.
            foreach (var (naam, waarde) in new Dictionary<string, string>
            {
                ["Status"] = "Beschikt",
                ["Id"] = Guid.NewGuid().ToString(),
                ["AuteurId"] = Guid.NewGuid().ToString(),
                ["BehandelaarId"] = Guid.NewGuid().ToString(),
                ["RegievoerderId"] = Guid.NewGuid().ToString(),
                ["Geslaagd"] = "true",
            })
            {
                velden.TryAdd(naam, waarde);
            }
        }

        return velden;
    }

    private void Vul(Dictionary<string, string> velden, string voorvoegsel, Type type, string variant, int diepte)
    {
        foreach (var eigenschap in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var naam = voorvoegsel + eigenschap.Name;
            var t = Nullable.GetUnderlyingType(eigenschap.PropertyType) ?? eigenschap.PropertyType;
            if (t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t))
            {
                var element = t.IsArray ? t.GetElementType()! : t.GetGenericArguments().FirstOrDefault();
                if (element is not null && diepte == 0 && IsModel(element) && element != typeof(string))
                {
                    Vul(velden, $"{naam}[0].", element, variant, diepte + 1);
                }
                else if (element is not null && diepte == 0)
                {
                    velden[$"{naam}[0]"] = Waarde(eigenschap.Name, element, variant) ?? "";
                }

                continue;
            }

            if (IsModel(t))
            {
                continue;
            }

            if (Waarde(eigenschap.Name, t, variant) is { } waarde)
            {
                velden[naam] = waarde;
            }
        }
    }

    private string? Waarde(string naam, Type t, string variant)
    {
        if (naam is "Versie" or "ReturnUrl")
        {
            return variant == "minimaal" ? null : Guid.NewGuid().ToString();
        }

        if (variant == "leeg")
        {
            return "";
        }

        if (variant == "minimaal")
        {
            return null;
        }

        if (variant == "stuurtekens")
        {
            // Text fields carry NUL, BEL, ESC and NEL (as pasted from another program); the rest stays empty.
            return t == typeof(string) ? "Tekst\u0000met\u0007stuur\u001btekens\u0085" : "";
        }

        var lang = variant == "lang-script";
        if (naam.Contains("Bsn", StringComparison.OrdinalIgnoreCase))
        {
            return lang ? "123456789" : "000000000";
        }

        if (t == typeof(string))
        {
            return lang
                ? new string('A', 10_000) + Script
                : "<b>vet</b><img src=x onerror=alert(1)>" + new string('x', 10_000);
        }

        if (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset))
        {
            return lang ? "2026-02-30" : "31-31-2026";
        }

        if (t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double) || t == typeof(short))
        {
            return lang ? "99999999999999999999" : "-5";
        }

        if (t == typeof(bool))
        {
            return lang ? "true" : "niet-waar";
        }

        if (t == typeof(Guid))
        {
            return naam.EndsWith("GesprekId", StringComparison.Ordinal) ? factory.Ids["gesprek"].ToString() : Guid.NewGuid().ToString();
        }

        if (t == typeof(TimeOnly) || t == typeof(TimeSpan))
        {
            return "25:61";
        }

        return t.IsEnum ? (lang ? Script : "-5") : "0001-01-01";
    }
}
