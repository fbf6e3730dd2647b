using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Dossier;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Privacy;

/// <summary>Each kind of action on personal data leaves its entry in the audit trail (issue 5).</summary>
public sealed class AuditActiesTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Het_inzien_van_een_dossier_wordt_vastgelegd_met_het_huishouden()
    {
        var (huishoudenId, _, vraagId) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Inzage");
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        await fatima.GetHtmlAsync($"/Huishouden/Details/{huishoudenId}");
        await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}");

        var regels = await RegelsAsync(r => r.HuishoudenId == huishoudenId && r.Actie == AuditActie.Inzien);
        Assert.Contains(regels, r => r.Onderwerp == "Huishouden" && r.GebruikerNaam == "Fatima el Amrani" && r.Rol == "SociaalWerker");
        Assert.Contains(regels, r => r.Onderwerp == "Vraag" && r.InwonerId != null);
    }

    [Fact]
    public async Task Een_wijziging_wordt_vastgelegd_met_oud_en_nieuw()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Wijziging");
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        var antwoord = await fatima.PostFormAsync($"/Huishouden/Mantelzorger/{huishoudenId}", new Dictionary<string, string>
        {
            ["Naam"] = "Els de Boer", ["Relatie"] = "dochter", ["UrenPerWeek"] = "6", ["Belastbaarheid"] = "RisicoOpOverbelasting",
        });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        var regels = await RegelsAsync(r => r.HuishoudenId == huishoudenId && r.Actie == AuditActie.Aanmaken);
        Assert.Contains(regels, r => r.Onderwerp == "Huishouden.Mantelzorger" && r.GebruikerNaam == "Fatima el Amrani");
    }

    [Fact]
    public async Task Het_afdrukken_van_een_brief_als_PDF_wordt_vastgelegd_met_de_inwoner()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Afdruk");
        using var metNepPrinter = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<Wmo.Web.Brieven.IPdfRenderer>(new NepPdfRenderer())));
        using var marieke = new PortalClient(metNepPrinter);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");

        var antwoord = await marieke.Http.GetAsync(new Uri($"/Brief/Advies/{advies.AdviesId}/Pdf", UriKind.Relative));
        Assert.Equal("application/pdf", antwoord.Content.Headers.ContentType?.MediaType);

        var regel = Assert.Single(await RegelsAsync(r => r.Actie == AuditActie.Afdrukken && r.OnderwerpId == advies.AdviesId.ToString()));
        Assert.Equal(advies.InwonerId, regel.InwonerId);
        Assert.Equal("Marieke Hoekstra", regel.GebruikerNaam);
    }

    [Fact]
    public async Task Een_zoekopdracht_is_een_regel_met_elke_getoonde_inwoner_zonder_de_zoektermen_en_elk_van_hen_vindt_hem_terug()
    {
        var (_, eerste, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Zoekbaar");
        var (_, tweede, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Zoekbaar");
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        var antwoord = await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Achternaam"] = "Zoekbaar" });
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);

        // One entry for the page (issue 15), sealed with both inwoners it showed; not the name that was searched for.
        var regel = Assert.Single(await RegelsAsync(r => r.Actie == AuditActie.Zoeken && r.Onderwerp == "Zoekopdracht" && r.Betrokkenen != null
            && r.Betrokkenen.Contains(eerste.ToString())));
        Assert.Equal("Gezocht op naam, 2 inwoners getoond", regel.Details);
        Assert.Null(regel.InwonerId);
        Assert.Equal(new HashSet<Guid> { eerste, tweede }, regel.BetrokkenInwoners().ToHashSet());
        Assert.DoesNotContain("Zoekbaar", regel.Canoniek(), StringComparison.Ordinal);
        Assert.Equal("Fatima el Amrani", regel.GebruikerNaam);

        // Each of them finds the search in "who looked at my data" (the privacy overview and the AVG export read this).
        foreach (var inwoner in new[] { eerste, tweede })
        {
            var volgnummers = await factory.InScopeAsync(async sp => await (await sp.GetRequiredService<Wmo.Infrastructure.Avg.InzageExport>().ToegangsregelsVanAsync(inwoner))
                .Where(r => r.Actie == AuditActie.Zoeken).Select(r => r.Volgnummer).ToListAsync());
            Assert.Equal([regel.Volgnummer], volgnummers);
        }

        Assert.True((await factory.LeesAsync(db => AuditKeten.ControleerAsync(db))).IsIntact);
    }

    [Fact]
    public async Task Een_geweigerde_poging_op_een_dossier_en_op_een_pagina_wordt_vastgelegd()
    {
        var (huishoudenId, _, vraagId) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Geweigerd");
        using var jeroen = new PortalClient(factory);
        await jeroen.LoginAsDemoAsync("jeroen.bakker");
        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(new Uri($"/Vraag/Details/{vraagId}", UriKind.Relative))).StatusCode);

        using var anna = new PortalClient(factory);
        await anna.LoginAsDemoAsync("anna.devries");
        Assert.Equal(HttpStatusCode.Forbidden, (await anna.Http.GetAsync(new Uri($"/Huishouden/Details/{huishoudenId}", UriKind.Relative))).StatusCode);

        var geweigerd = await RegelsAsync(r => r.Actie == AuditActie.Geweigerd && !r.Geslaagd);
        Assert.Contains(geweigerd, r => r.GebruikerNaam == "Jeroen Bakker" && r.OnderwerpId == vraagId.ToString());
        Assert.Contains(geweigerd, r => r.GebruikerNaam == "Anna de Vries" && r.OnderwerpId == $"/Huishouden/Details/{huishoudenId}");
    }

    [Fact]
    public async Task Inzage_buiten_eigen_caseload_kan_alleen_met_een_reden_en_wordt_met_die_reden_vastgelegd()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Buitencaseload");
        using var jeroen = new PortalClient(factory);
        await jeroen.LoginAsDemoAsync("jeroen.bakker");
        var eerst = await jeroen.Http.GetAsync(new Uri($"/Huishouden/Details/{huishoudenId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, eerst.StatusCode);
        var formulier = await eerst.Content.ReadAsStringAsync();
        Assert.Contains("Dit dossier valt buiten uw caseload", formulier, StringComparison.Ordinal);
        Assert.DoesNotContain("Buitencaseload", formulier, StringComparison.Ordinal);

        var zonderReden = await PostAsync(jeroen, formulier, $"/Huishouden/InzageBuitenCaseload/{huishoudenId}", "kort");
        Assert.Contains("Beschrijf de reden in minstens 10 tekens.", await zonderReden.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var metReden = await PostAsync(jeroen, formulier, $"/Huishouden/InzageBuitenCaseload/{huishoudenId}", "Waarneming voor Fatima tijdens haar verlof");
        Assert.Equal(HttpStatusCode.Redirect, metReden.StatusCode);
        Assert.Contains("Buitencaseload", await jeroen.GetHtmlAsync($"/Huishouden/Details/{huishoudenId}"), StringComparison.Ordinal);

        var regel = Assert.Single(await RegelsAsync(r => r.Actie == AuditActie.InzageBuitenCaseload && r.HuishoudenId == huishoudenId));
        Assert.Equal("Waarneming voor Fatima tijdens haar verlof", regel.Details);

        using var beheerder = new PortalClient(factory);
        await beheerder.LoginAsDemoAsync("ingrid.postma");
        Assert.Contains("Waarneming voor Fatima tijdens haar verlof", await beheerder.GetHtmlAsync("/Privacy/BuitenCaseload"), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, string formulier, string url, string reden)
    {
        using var inhoud = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reden"] = reden,
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(formulier),
        });
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), inhoud);
    }

    private Task<List<AuditRegel>> RegelsAsync(System.Linq.Expressions.Expression<Func<AuditRegel, bool>> filter) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().AuditTrail.AsNoTracking().Where(filter).ToListAsync());
}
