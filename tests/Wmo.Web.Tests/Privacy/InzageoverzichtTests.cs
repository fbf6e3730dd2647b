using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Privacy;

public sealed class InzageoverzichtTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private const string Bsn = "111222333";

    private async Task ZorgVoorDossierAsync() =>
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Wmo.Infrastructure.Persistence.WmoDbContext>();
            if (db.Inwoners.Any())
            {
                return 0;
            }

            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(Bsn, "Mariska", "Hoekstra", new DateOnly(2001, 2, 3), "Aldlânsdyk", 22, "8924CE", "Leeuwarden");
            await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Vrijheidswijk", new DateOnly(2026, 10, 1));

            // The regievoerder produces the AVG export of all data (issue 9: not the beheerder).
            var opnieuw = await db.Huishoudens.SingleAsync(h => h.Id == huishouden.Id);
            opnieuw.WijsRegievoerderToe(fatima, fatima, DateTimeOffset.UtcNow);
            db.Bewaar(opnieuw);
            await db.SaveChangesAsync();
            return 1;
        });

    [Fact]
    public async Task De_beheerder_ziet_wie_de_gegevens_van_een_inwoner_heeft_vastgelegd_en_dat_wordt_zelf_ook_gelogd()
    {
        await ZorgVoorDossierAsync();
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");

        var antwoord = await client.PostFormAsync("/Privacy", new Dictionary<string, string> { ["Bsn"] = Bsn });
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Mariska Hoekstra", html, StringComparison.Ordinal);
        Assert.Contains(">aangemaakt<", html, StringComparison.Ordinal);
        Assert.Contains(">gezocht<", html, StringComparison.Ordinal);
        // Roles and subjects in words, not the code's names ("SociaalWerker", "Ondersteuningsvraag.StapAntwoord").
        Assert.Contains(">Sociaal werker<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SociaalWerker", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<td>[A-Z][a-z]+[A-Z][a-z]+", html);
    }

    private Task<Guid> InwonerIdAsync() =>
        factory.LeesAsync(db => db.Inwoners.Where(i => i.Bsn == Wmo.Domain.ValueObjects.Bsn.Parse(Bsn)).Select(i => i.Id).SingleAsync());

    [Fact]
    public async Task Een_ongeldig_BSN_geeft_een_melding_bij_het_veld()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        var antwoord = await client.PostFormAsync("/Privacy", new Dictionary<string, string> { ["Bsn"] = "123456789" });
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("Dit is geen geldig BSN", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_export_is_een_csv_met_de_handelingen()
    {
        await ZorgVoorDossierAsync();
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        var antwoord = await client.PostFormAsync("/Privacy", new Dictionary<string, string> { ["Bsn"] = Bsn }, "/Privacy/Exporteer");
        Assert.Equal("text/csv", antwoord.Content.Headers.ContentType?.MediaType);
        var csv = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("Moment;Gebruiker;Rol;Actie;Onderwerp;Geslaagd", csv, StringComparison.Ordinal);
        Assert.Contains("Aanmaken", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_inzage_export_bevat_alles_over_de_inwoner_met_het_volledige_bsn()
    {
        await ZorgVoorDossierAsync();
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        var antwoord = await client.PostFormAsync("/Zoeken", new Dictionary<string, string>(), $"/AvgInzage/Gegevens/{await InwonerIdAsync()}");
        Assert.Equal("application/json", antwoord.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(Bsn, root.GetProperty("inwoner").GetProperty("bsn").GetString());
        Assert.Equal(1, root.GetProperty("huishoudens").GetArrayLength());
        var vraag = root.GetProperty("ondersteuningsvragen")[0];
        Assert.Equal("InVraagverheldering", vraag.GetProperty("status").GetString());
        Assert.Equal(1, vraag.GetProperty("gesprekken").GetArrayLength());
    }

    [Fact]
    public async Task De_leesbare_inzagebrief_bevat_de_gegevens_en_wie_ze_inzag()
    {
        await ZorgVoorDossierAsync();
        var pdf = new NepPdfRenderer();
        using var metNepPrinter = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<Wmo.Web.Brieven.IPdfRenderer>(pdf)));
        using var client = new PortalClient(metNepPrinter);
        await client.LoginAsDemoAsync("fatima.elamrani");

        var antwoord = await client.PostFormAsync("/Zoeken", new Dictionary<string, string>(), $"/AvgInzage/Brief/{await InwonerIdAsync()}");

        Assert.Equal("application/pdf", antwoord.Content.Headers.ContentType?.MediaType);
        var html = pdf.LaatsteHtml;
        Assert.NotNull(html);
        Assert.Contains("Beste Mariska Hoekstra", html, StringComparison.Ordinal);
        Assert.Contains(Bsn, html, StringComparison.Ordinal);
        Assert.Contains("In vraagverheldering", html, StringComparison.Ordinal);
        Assert.Contains("Wie heeft uw gegevens ingezien of gewijzigd", html, StringComparison.Ordinal);
        Assert.Contains("Fatima el Amrani", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_ketencontrole_meldt_een_intacte_audittrail()
    {
        await ZorgVoorDossierAsync();
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        var start = await client.PostFormAsync("/Privacy/Keten", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        await factory.Services.GetRequiredService<Wmo.Web.Hosting.KetencontroleDienst>().Afgerond;
        Assert.Contains("In orde.", await client.GetHtmlAsync("/Privacy/Keten"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fatima.elamrani")]
    [InlineData("anna.devries")]
    [InlineData("marieke.hoekstra")]
    public async Task Alleen_de_beheerder_komt_bij_het_inzageoverzicht(string gebruiker)
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);
        var antwoord = await client.Http.GetAsync(new Uri("/Privacy", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, antwoord.StatusCode);
        Assert.Contains("Geen toegang", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
