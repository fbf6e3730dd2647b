using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Dossier;

public sealed class HuishoudenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Dossier_toont_leden_vragen_en_tijdlijn()
    {
        var (huishoudenId, _, vraagId) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Hoekstra");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");

        var html = await client.GetHtmlAsync($"/Huishouden/Details/{huishoudenId}");

        Assert.Contains("<h1>Huishouden Hoekstra</h1>", html);
        Assert.Contains("Pieter Hoekstra", html);
        Assert.Contains("*****", html);
        Assert.Contains("Vlietsingel 3", html);
        Assert.Contains($"/Vraag/Details/{vraagId}", html);
        Assert.Contains("In vraagverheldering", html);
        Assert.Contains("Melding van een ondersteuningsvraag voor Pieter Hoekstra", html);
        Assert.Contains("Keukentafelgesprek gevoerd", html);
        Assert.Contains("Nog geen regievoerder toegewezen", html);
    }

    [Theory]
    [InlineData("jeroen.bakker", HttpStatusCode.Forbidden)]
    [InlineData("anna.devries", HttpStatusCode.Forbidden)]
    [InlineData("ingrid.postma", HttpStatusCode.Forbidden)]
    public async Task Dossier_is_alleen_zichtbaar_voor_wie_het_moet_weten(string gebruiker, HttpStatusCode verwacht)
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);

        var response = await client.Http.GetAsync(new Uri($"/Huishouden/Details/{huishoudenId}", UriKind.Relative));

        Assert.Equal(verwacht, response.StatusCode);
    }

    [Fact]
    public async Task Sociaal_werker_van_andere_buurtkamers_kan_niets_wijzigen()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        var formulier = await fatima.GetHtmlAsync($"/Huishouden/Mantelzorger/{huishoudenId}");
        using var jeroen = new PortalClient(factory);
        await jeroen.LoginAsDemoAsync("jeroen.bakker");
        var eigenForm = await jeroen.GetHtmlAsync("/");

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Naam"] = "Indringer",
            ["UrenPerWeek"] = "4",
            ["Belastbaarheid"] = "Goed",
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(eigenForm),
        });
        var response = await jeroen.Http.PostAsync(new Uri($"/Huishouden/Mantelzorger/{huishoudenId}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Mantelzorger toevoegen", formulier);
        Assert.Empty((await DossierTestData.HuishoudenAsync(factory, huishoudenId)).Mantelzorgers);
    }

    [Fact]
    public async Task Regievoerder_wordt_eenmaal_toegewezen_en_daarna_met_reden_overgedragen()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        var (fatimaId, jeroenId) = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            return ((await bouwer.ActorAsync("fatima.elamrani")).GebruikerId, (await bouwer.ActorAsync("jeroen.bakker")).GebruikerId);
        });
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        var url = $"/Huishouden/RegievoerderToewijzen/{huishoudenId}";

        var eerste = await client.PostFormAsync(url, new Dictionary<string, string> { ["RegievoerderId"] = fatimaId.ToString() });
        var dossier = await DossierTestData.VolgRedirectAsync(client, eerste);
        Assert.Contains("Fatima el Amrani is regievoerder", dossier);
        Assert.Contains("Regie overdragen", dossier);

        var tweede = await client.PostFormAsync(url, new Dictionary<string, string> { ["RegievoerderId"] = jeroenId.ToString() });
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Contains("Dit huishouden heeft al een regievoerder. Draag de regie expliciet over.", await tweede.Content.ReadAsStringAsync());

        var zonderReden = await client.PostFormAsync($"/Huishouden/RegieOverdragen/{huishoudenId}", new Dictionary<string, string> { ["RegievoerderId"] = jeroenId.ToString(), ["Reden"] = "" });
        var zonderRedenHtml = await zonderReden.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, zonderReden.StatusCode);
        Assert.Contains("id=\"Reden-fout\"", zonderRedenHtml);
        Assert.Contains("Geef de reden van de overdracht van de regie.", zonderRedenHtml);
        Assert.Equal(fatimaId, (await DossierTestData.HuishoudenAsync(factory, huishoudenId)).RegievoerderId);

        var overdracht = await client.PostFormAsync($"/Huishouden/RegieOverdragen/{huishoudenId}", new Dictionary<string, string> { ["RegievoerderId"] = jeroenId.ToString(), ["Reden"] = "Verhuisd naar Stiens" });
        var naOverdracht = await DossierTestData.VolgRedirectAsync(client, overdracht);
        Assert.Contains("overgedragen van Fatima el Amrani aan Jeroen Bakker", naOverdracht);
        Assert.Contains("Verhuisd naar Stiens", naOverdracht);

        var opgeslagen = await DossierTestData.HuishoudenAsync(factory, huishoudenId);
        Assert.Equal(jeroenId, opgeslagen.RegievoerderId);
        Assert.Equal(2, opgeslagen.Regiehistorie.Count);
    }

    [Fact]
    public async Task Jet_procesregie_wordt_vastgelegd_zonder_tweede_regievoerder()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");

        var response = await client.PostFormAsync($"/Huishouden/AndereRegie/{huishoudenId}", new Dictionary<string, string>
        {
            ["Domein"] = "JeugdExpertTeam",
            ["Naam"] = "Sanne Jansma (JET)",
            ["Contact"] = "058-1234567",
        });
        var html = await DossierTestData.VolgRedirectAsync(client, response);

        Assert.Contains("Sanne Jansma (JET), 058-1234567", html);
        var opgeslagen = await DossierTestData.HuishoudenAsync(factory, huishoudenId);
        Assert.Null(opgeslagen.RegievoerderId);
        Assert.Equal("Sanne Jansma (JET)", opgeslagen.JetProcesregie!.Naam);
    }

    [Fact]
    public async Task Lid_toevoegen_met_nieuw_bsn_maakt_inwoner_en_lidmaatschap()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        var url = $"/Huishouden/LidToevoegen/{huishoudenId}";
        var bsn = TestBsn.Nieuw();

        var onvolledig = await client.PostFormAsync(url, new Dictionary<string, string> { ["Bsn"] = bsn, ["Relatie"] = "Partner", ["Vanaf"] = "2026-01-01" });
        var onvolledigHtml = await onvolledig.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, onvolledig.StatusCode);
        Assert.Contains("Vul de voornamen in.", onvolledigHtml);

        var response = await client.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Bsn"] = bsn,
            ["Relatie"] = "Partner",
            ["Vanaf"] = "2026-01-01",
            ["Voornamen"] = "Marieke",
            ["Achternaam"] = "de Boer",
            ["Geboortedatum"] = "1995-02-03",
            ["Straat"] = "Vlietsingel",
            ["Huisnummer"] = "3",
            ["Postcode"] = "8913 AB",
            ["Woonplaats"] = "Leeuwarden",
        });
        // Issue 9: an aanmelding, confirmed by the beheerder after the BRP check, not a membership at once (that told whether a BSN was known).
        var html = await DossierTestData.VolgRedirectAsync(client, response);
        Assert.Contains(Controllers.HuishoudenLedenController.AanmeldingVastgelegd("Marieke de Boer"), html);
        Assert.Single((await DossierTestData.HuishoudenAsync(factory, huishoudenId)).Lidmaatschappen);

        using var beheerder = new PortalClient(factory);
        await beheerder.LoginAsDemoAsync("ingrid.postma");
        var aanmeldingId = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().LidAanmeldingen.Where(a => a.HuishoudenId == huishoudenId).Select(a => a.Id).SingleAsync());
        var bevestigd = await beheerder.PostFormAsync($"/Beheer/Aanmeldingen/{aanmeldingId}", new Dictionary<string, string> { ["Bevestigen"] = "true" });
        Assert.Contains("De aanmelding van Marieke de Boer is bevestigd", await DossierTestData.VolgRedirectAsync(beheerder, bevestigd));
        Assert.Equal(2, (await DossierTestData.HuishoudenAsync(factory, huishoudenId)).Lidmaatschappen.Count);
    }

    [Fact]
    public async Task Inwoner_die_elders_lid_is_wordt_geweigerd_tot_dat_lidmaatschap_eindigt()
    {
        var (eersteId, inwonerId, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        var (tweedeId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Visser");
        var bsn = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Inwoners.Where(i => i.Id == inwonerId).Select(i => i.Bsn.Value).SingleAsync());
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");

        // The person's data are asked for a known BSN too (no BSN oracle, issue 9).
        var velden = new Dictionary<string, string>
        {
            ["Bsn"] = bsn, ["Relatie"] = "Partner", ["Vanaf"] = "2026-01-01", ["Voornamen"] = "Pieter", ["Achternaam"] = "de Boer", ["Geboortedatum"] = "1996-04-02",
            ["Straat"] = "Vlietsingel", ["Huisnummer"] = "3", ["Postcode"] = "8913 AB", ["Woonplaats"] = "Leeuwarden",
        };
        var geweigerd = await client.PostFormAsync($"/Huishouden/LidToevoegen/{tweedeId}", velden);
        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.Contains("Deze inwoner is in deze periode al lid van een huishouden.", await geweigerd.Content.ReadAsStringAsync());

        var beeindig = await client.PostFormAsync($"/Huishouden/LidBeeindigen/{eersteId}?inwonerId={inwonerId}", new Dictionary<string, string> { ["TotEnMet"] = "2025-12-31" });
        Assert.Equal(HttpStatusCode.Redirect, beeindig.StatusCode);
        var toegevoegd = await client.PostFormAsync($"/Huishouden/LidToevoegen/{tweedeId}", velden);
        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);
    }

    [Fact]
    public async Task Mantelzorger_met_overbelasting_wordt_gemarkeerd()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        var url = $"/Huishouden/Mantelzorger/{huishoudenId}";

        var fout = await client.PostFormAsync(url, new Dictionary<string, string> { ["Naam"] = "Els", ["UrenPerWeek"] = "200", ["Belastbaarheid"] = "Goed" });
        Assert.Contains("Het aantal uren mantelzorg per week ligt tussen 0 en 168.", await fout.Content.ReadAsStringAsync());
        Assert.Empty((await DossierTestData.HuishoudenAsync(factory, huishoudenId)).Mantelzorgers);

        var response = await client.PostFormAsync(url, new Dictionary<string, string> { ["Naam"] = "Els de Boer", ["Relatie"] = "dochter", ["UrenPerWeek"] = "20", ["Belastbaarheid"] = "Overbelast" });
        var html = await DossierTestData.VolgRedirectAsync(client, response);
        Assert.Contains("Els de Boer", html);
        Assert.Contains("label-status--verlopen\">Overbelast", html);
    }
}
