using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Besluiten;

public sealed class ToetsingTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Toetser_ziet_het_ingediende_advies_met_de_beslistermijn_in_de_wachtrij()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Wachtrij");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");

        var html = await client.GetHtmlAsync("/Toetsing");

        Assert.Contains("Pieter Wachtrij", html);
        Assert.Contains($"/Toetsing/Advies/{advies.AdviesId}", html);
        // Two weeks from today's aanvraag, extended by the Atw when that day is a Saturday, Sunday or feestdag (so not always 14).
        var vandaag = factory.Klok.Vandaag();
        var beslistermijn = await factory.InScopeAsync(sp => Task.FromResult(Domain.Termijnen.Termijn.Bereken(Domain.Termijnen.TermijnSoort.Beschikking, vandaag,
            sp.GetRequiredService<Domain.Gemeentebeleid.WmoBeleid>().Termijnen)));
        Assert.InRange(beslistermijn.DagenResterend(vandaag), 14, 18);
        Assert.Contains(beslistermijn.Resterend(vandaag), html);
    }

    [Fact]
    public async Task Goedkeuren_geeft_de_beschikking_af_met_nummer_en_de_verzending_bepaalt_het_einde_van_de_bezwaartermijn()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Goedkeuring");

        var beschikkingId = await Dossiers.BeschiktAsync(factory, advies);

        var beschikking = await factory.LeesAsync(db => db.Beschikkingen.SingleAsync(b => b.Id == beschikkingId));
        Assert.Matches(@"^WMO-\d{4}-\d{6}$", beschikking.Nummer);
        Assert.Equal(BeschikkingSoort.Toekenning, beschikking.Soort);
        Assert.Equal(factory.Klok.Vandaag(), beschikking.GenomenOp);
        Assert.Null(beschikking.Verzenddatum);
        Assert.Null(beschikking.BezwaartermijnEinde);
        var vraag = await factory.LeesAsync(db => db.Ondersteuningsvragen.SingleAsync(v => v.Id == advies.VraagId));
        Assert.Equal(VraagStatus.Beschikt, vraag.Status);
        Assert.Equal(beschikkingId, vraag.BeschikkingId);
        var opgeslagenAdvies = await factory.LeesAsync(db => db.Adviezen.SingleAsync(a => a.Id == advies.AdviesId));
        Assert.Equal(AdviesStatus.Goedgekeurd, opgeslagenAdvies.Status);

        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");
        var pagina = await client.GetHtmlAsync($"/Toetsing/Beschikking/{beschikkingId}");
        Assert.Contains(beschikking.Nummer, pagina);
        Assert.Contains("Nog niet verzonden", pagina);
        Assert.DoesNotContain($"/Brief/Beschikking/{beschikkingId}/Pdf", pagina);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(new Uri($"/Brief/Beschikking/{beschikkingId}", UriKind.Relative))).StatusCode);

        // Not in the future and not before the besluit: a field error, nothing stored.
        var morgen = await client.PostFormAsync($"/Toetsing/Verzenden/{beschikkingId}", new Dictionary<string, string> { ["Verzonden"] = Dag(1) });
        Assert.Contains("id=\"Verzonden-fout\"", await morgen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var gisteren = await client.PostFormAsync($"/Toetsing/Verzenden/{beschikkingId}", new Dictionary<string, string> { ["Verzonden"] = Dag(-1) });
        Assert.Contains("vóór het besluit", WebUtility.HtmlDecode(await gisteren.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null((await factory.LeesAsync(db => db.Beschikkingen.SingleAsync(b => b.Id == beschikkingId))).Verzenddatum);

        var verzonden = await client.PostFormAsync($"/Toetsing/Verzenden/{beschikkingId}", new Dictionary<string, string> { ["Verzonden"] = Dag(0) });
        Assert.Equal(HttpStatusCode.Redirect, verzonden.StatusCode);
        beschikking = await factory.LeesAsync(db => db.Beschikkingen.SingleAsync(b => b.Id == beschikkingId));
        Assert.Equal(factory.Klok.Vandaag(), beschikking.Verzenddatum);
        var einde = await factory.InScopeAsync(sp => Task.FromResult(Domain.Termijnen.Termijn.Bereken(Domain.Termijnen.TermijnSoort.Bezwaar, factory.Klok.Vandaag(),
            sp.GetRequiredService<Domain.Gemeentebeleid.WmoBeleid>().Termijnen).Einddatum));
        Assert.Equal(einde, beschikking.BezwaartermijnEinde);
        pagina = await client.GetHtmlAsync($"/Toetsing/Beschikking/{beschikkingId}");
        Assert.Contains($"/Brief/Beschikking/{beschikkingId}/Pdf", pagina);
        Assert.Contains(einde.Lang(), pagina);
    }

    private string Dag(int dagenVanafVandaag) => factory.Klok.Vandaag().AddDays(dagenVanafVandaag).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Terugsturen_met_opmerkingen_zet_advies_en_vraag_terug_bij_de_sociaal_werker()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Terug");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("sjoerd.dijkstra");

        var response = await Dossiers.ToetsAsync(client, advies.AdviesId, Dossiers.Formulier("Terugsturen", opmerking: "Onderbouw de omvang met de planbaarheid."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var opgeslagen = await factory.LeesAsync(db => db.Adviezen.SingleAsync(a => a.Id == advies.AdviesId));
        Assert.Equal(AdviesStatus.Teruggestuurd, opgeslagen.Status);
        Assert.Equal("Onderbouw de omvang met de planbaarheid.", opgeslagen.Toetsingen.Single().Opmerking);
        var vraag = await factory.LeesAsync(db => db.Ondersteuningsvragen.SingleAsync(v => v.Id == advies.VraagId));
        Assert.Equal(VraagStatus.AdviesTeruggestuurd, vraag.Status);
        Assert.False(await factory.LeesAsync(db => db.Beschikkingen.AnyAsync(b => b.VraagId == advies.VraagId)));
    }

    [Fact]
    public async Task Afwijken_zonder_motivering_geeft_een_veldfout_en_slaat_niets_op()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Afwijking");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");

        var response = await Dossiers.ToetsAsync(client, advies.AdviesId, Dossiers.Formulier("Afwijken"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Motiveer waarom de gemeente afwijkt van het zwaarwegend advies.", html);
        Assert.Contains("id=\"Motivering-fout\"", html);
        var opgeslagen = await factory.LeesAsync(db => db.Adviezen.SingleAsync(a => a.Id == advies.AdviesId));
        Assert.Equal(AdviesStatus.Ingediend, opgeslagen.Status);
        Assert.Empty(opgeslagen.Toetsingen);
    }

    [Fact]
    public async Task Afwijken_met_andere_omvang_kent_die_omvang_toe()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Andere Omvang");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");
        var velden = Dossiers.Formulier("Afwijken", motivering: "Twee uur per week volstaat gezien het netwerk.");
        velden["AndereVolume"] = "2";
        velden["AndereEenheid"] = "Uur";
        velden["AndereFrequentie"] = "PerWeek";

        var response = await Dossiers.ToetsAsync(client, advies.AdviesId, velden);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var beschikking = await factory.LeesAsync(db => db.Beschikkingen.SingleAsync(b => b.VraagId == advies.VraagId));
        Assert.Equal(2, beschikking.Omvang!.Volume);
        Assert.Equal("Twee uur per week volstaat gezien het netwerk.", beschikking.Motivering);
    }

    [Fact]
    public async Task Langere_periode_kan_alleen_bij_een_chronische_beperking()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Chronisch");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");
        var start = factory.Klok.Vandaag().AddDays(14);
        var velden = Dossiers.Formulier("Afwijken", motivering: "De beperking verandert niet; drie jaar voorkomt een nieuwe aanvraag.");
        velden["AndereIngangsdatum"] = start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        velden["AndereEinddatum"] = start.AddMonths(36).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var nummersVoor = await LaatsteNummerAsync();
        var geweigerd = await Dossiers.ToetsAsync(client, advies.AdviesId, new Dictionary<string, string>(velden));

        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.Contains("Een toekenning duurt hoogstens 24 maanden in deze situatie.", await geweigerd.Content.ReadAsStringAsync());
        Assert.Equal(AdviesStatus.Ingediend, (await factory.LeesAsync(db => db.Adviezen.SingleAsync(a => a.Id == advies.AdviesId))).Status);
        Assert.Equal(nummersVoor, await LaatsteNummerAsync());

        velden["ChronischeBeperking"] = "true";
        var toegekend = await Dossiers.ToetsAsync(client, advies.AdviesId, velden);

        Assert.Equal(HttpStatusCode.Redirect, toegekend.StatusCode);
        var beschikking = await factory.LeesAsync(db => db.Beschikkingen.SingleAsync(b => b.VraagId == advies.VraagId));
        Assert.Equal(start.AddMonths(36).AddDays(-1), beschikking.Einddatum);
    }

    [Fact]
    public async Task Afwijzen_geeft_een_afwijzende_beschikking_af()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Afwijzing");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");

        var response = await Dossiers.ToetsAsync(client, advies.AdviesId, Dossiers.Formulier("Afwijzen", motivering: "De Wlz is voorliggend."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var beschikking = await factory.LeesAsync(db => db.Beschikkingen.SingleAsync(b => b.VraagId == advies.VraagId));
        Assert.Equal(BeschikkingSoort.Afwijzing, beschikking.Soort);
        Assert.Equal(factory.Klok.Vandaag(), beschikking.GenomenOp);
    }

    [Fact]
    public async Task Clientondersteuner_van_de_zaak_kan_niet_beslissen()
    {
        var marieke = await factory.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<Gebruiker>>().FindByNameAsync("marieke.hoekstra"))!.Id);
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Ondersteund", (_, vraag) =>
        {
            vraag.WijsClientondersteunerToe(marieke, "Marieke Hoekstra");
            return Task.CompletedTask;
        });
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");

        var pagina = WebUtility.HtmlDecode(await client.GetHtmlAsync($"/Toetsing/Advies/{advies.AdviesId}"));
        Assert.Contains("U bent cliëntondersteuner in deze zaak", pagina);
        Assert.DoesNotContain("Besluit vastleggen", pagina);

        var response = await Dossiers.ToetsAsync(client, advies.AdviesId, Dossiers.Formulier("Goedkeuren"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("U bent cliëntondersteuner in deze zaak en kunt er daarom niet over beslissen.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var opgeslagen = await factory.LeesAsync(db => db.Adviezen.SingleAsync(a => a.Id == advies.AdviesId));
        Assert.Equal(AdviesStatus.Ingediend, opgeslagen.Status);
        Assert.False(await factory.LeesAsync(db => db.Beschikkingen.AnyAsync(b => b.VraagId == advies.VraagId)));
    }

    [Fact]
    public async Task Schrijver_van_het_advies_kan_het_niet_toetsen()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Eigen Advies");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        var html = await client.GetHtmlAsync("/");
        var form = new Dictionary<string, string>(Dossiers.Formulier("Goedkeuren"))
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(html),
        };
        using var inhoud = new FormUrlEncodedContent(form);

        var response = await client.Http.PostAsync(new Uri($"/Toetsing/Advies/{advies.AdviesId}", UriKind.Relative), inhoud);

        Toegang.AssertGeweigerd(response);
        var opgeslagen = await factory.LeesAsync(db => db.Adviezen.SingleAsync(a => a.Id == advies.AdviesId));
        Assert.Equal(AdviesStatus.Ingediend, opgeslagen.Status);
    }

    [Theory]
    [InlineData("fatima.elamrani")]
    [InlineData("anna.devries")]
    [InlineData("ingrid.postma")]
    public async Task Alleen_een_toetser_komt_bij_de_toetsing(string gebruiker)
    {
        await Toegang.AssertGeweigerdAsync(factory, gebruiker, "/Toetsing");
    }

    private Task<int> LaatsteNummerAsync() =>
        factory.LeesAsync(db => db.Nummerreeksen.Where(n => n.Naam == "WMO").Select(n => n.Laatste).SumAsync());
}
