using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Brieven;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Besluiten;

public sealed class BriefTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public async Task Beschikkingsbrief_toont_het_besluit_zoals_genomen_met_bezwaarclausule()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Brief");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");

        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync($"/Brief/Beschikking/{beschikking.Id}"));

        Assert.Contains(beschikking.Nummer, html);
        Assert.Contains("Pieter Brief", html);
        Assert.Contains("Specialistische thuisondersteuning", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("3 uur per week", html);
        Assert.Contains(beschikking.Ingangsdatum!.Value.ToString("d MMMM yyyy", Nl), html);
        Assert.Contains(beschikking.Einddatum!.Value.ToString("d MMMM yyyy", Nl), html);
        Assert.Contains("binnen zes weken na de dag van verzending bezwaar maken", html);
        Assert.Contains("uiterlijk op <strong>" + beschikking.BezwaartermijnEinde!.Value.ToString("d MMMM yyyy", Nl), html);
        Assert.Contains("Postbus 21000, 8900 JA Leeuwarden", html);
        Assert.Contains("Marieke Hoekstra", html);
        Assert.Contains("/css/brief.css", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("class=\"menu\"", html);
    }

    [Fact]
    public async Task Beschikkingsbrief_zegt_onderwerp_en_bezwaarvraag_elk_een_keer()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Eenmaal");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");

        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync($"/Brief/Beschikking/{beschikking.Id}"));
        var brief = html[html.IndexOf("<main", StringComparison.Ordinal)..];

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(brief, "Bent u het niet eens met dit besluit"));
        var onderwerp = System.Text.RegularExpressions.Regex.Match(brief, "<h1 class=\"onderwerp\">([^<]+)</h1>").Groups[1].Value;
        Assert.NotEmpty(onderwerp);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(brief, System.Text.RegularExpressions.Regex.Escape(onderwerp)));
    }

    [Fact]
    public async Task Adviesbrief_toont_voorziening_omvang_en_schrijver()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Adviesbrief");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("sjoerd.dijkstra");

        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync($"/Brief/Advies/{advies.AdviesId}"));

        Assert.Contains("Zwaarwegend advies", html);
        Assert.Contains("3 uur per week", html);
        Assert.Contains("Zorg in natura", html);
        Assert.Contains("Fatima", html);
    }

    [Fact]
    public async Task Verwijsbrief_noemt_aanbieder_voorziening_perceel_en_inwoner()
    {
        var vraagId = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<WmoBeleid>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var vandaag = factory.Klok.Vandaag();
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Mariska", "Verwezen", new DateOnly(2001, 2, 3), "Oostergrachtswal", 12, "8921AA", "Leeuwarden");
            var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", vandaag.AddDays(-10));
            var aanbieder = await db.Organisaties.Where(o => o.Naam == "Zorggroep Noord").Select(o => o.Id).SingleAsync();
            vraag.LegUitkomstVast(Uitkomst.AanvullendViaVerwijzing("AO-TO", aanbieder, Perceel.ThuisondersteuningEnDagbesteding, "Begeleiding bij structuur in de week."),
                fatima, vandaag, beleid.Catalogus);
            db.Bewaar(vraag);
            await db.SaveChangesAsync();
            return vraag.Id;
        });
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");

        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync($"/Brief/Verwijsbrief/{vraagId}"));

        Assert.Contains("Zorggroep Noord", html);
        Assert.Contains("Thuisondersteuning en dagbesteding", html);
        Assert.Contains("Mariska Verwezen", html);
        Assert.Contains("Begeleiding bij structuur in de week.", html);
        Assert.Contains(factory.Klok.Vandaag().ToString("d MMMM yyyy", Nl), html);

        using var anderen = new PortalClient(factory);
        await anderen.LoginAsDemoAsync("jeroen.bakker");
        Assert.Equal(HttpStatusCode.NotFound, (await anderen.Http.GetAsync(new Uri($"/Brief/Verwijsbrief/{vraagId}", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("ingrid.postma")]
    [InlineData("anna.devries")]
    [InlineData("jeroen.bakker")]
    public async Task Wie_het_dossier_niet_nodig_heeft_krijgt_de_brief_niet(string gebruiker)
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Geheim " + gebruiker.Replace(".", "", StringComparison.Ordinal));
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);

        var brief = await client.Http.GetAsync(new Uri($"/Brief/Beschikking/{beschikking.Id}", UriKind.Relative));
        var pdf = await client.Http.GetAsync(new Uri($"/Brief/Beschikking/{beschikking.Id}/Pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, brief.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
    }

    [Fact]
    public async Task Pdf_download_geeft_de_brief_aan_de_pdf_renderer_en_een_bijlage_met_het_nummer()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Nep Pdf");
        var renderer = new NepPdfRenderer();
        using var metNep = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPdfRenderer>(renderer)));
        using var client = new PortalClient(metNep);
        await client.LoginAsDemoAsync("marieke.hoekstra");

        var response = await client.Http.GetAsync(new Uri($"/Brief/Beschikking/{beschikking.Id}/Pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"beschikking-{beschikking.Nummer}.pdf", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition.DispositionType);
        var gerenderd = renderer.LaatsteHtml;
        Assert.NotNull(gerenderd);
        Assert.Contains(beschikking.Nummer, gerenderd);
        Assert.Contains("<style>", gerenderd);
        Assert.DoesNotContain("/css/brief.css", gerenderd);
        Assert.DoesNotContain("Download als PDF", gerenderd);
    }

    [Fact]
    public async Task Chromium_maakt_een_echte_pdf_van_de_beschikkingsbrief()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Echte Pdf");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");

        var response = await client.Http.GetAsync(new Uri($"/Brief/Beschikking/{beschikking.Id}/Pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 1024, $"PDF is maar {bytes.Length} bytes.");
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
    }

    [Fact]
    public async Task Een_tweede_pdf_hergebruikt_de_browser_van_het_portaal()
    {
        var eerste = await Dossiers.BeschikkingAsync(factory, "Eerste Pdf");
        var tweede = await Dossiers.BeschikkingAsync(factory, "Tweede Pdf");
        var chromium = factory.Services.GetRequiredService<ChromiumPdfRenderer>();
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");

        var antwoord1 = await client.Http.GetAsync(new Uri($"/Brief/Beschikking/{eerste.Id}/Pdf", UriKind.Relative));
        var starts = chromium.Starts;
        var proces = chromium.BrowserProcesId;
        var antwoord2 = await client.Http.GetAsync(new Uri($"/Brief/Beschikking/{tweede.Id}/Pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, antwoord1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, antwoord2.StatusCode);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(await antwoord2.Content.ReadAsByteArrayAsync(), 0, 5));
        Assert.Equal(starts, chromium.Starts);
        Assert.Equal(proces, chromium.BrowserProcesId);
    }
}
