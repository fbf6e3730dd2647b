using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Bezwaren;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Besluiten;

public sealed class BezwaarTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private static Dictionary<string, string> Bezwaar(string nummer, DateOnly ontvangen, string gronden = "Drie uur is te weinig voor mijn situatie.") => new()
    {
        ["Beschikkingsnummer"] = nummer,
        ["OntvangenOp"] = ontvangen.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Gronden"] = gronden,
    };

    private async Task<PortalClient> ToetserAsync()
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("sjoerd.dijkstra");
        return client;
    }

    [Fact]
    public async Task Bezwaar_binnen_de_termijn_is_op_tijd_en_staat_in_de_lijst_met_beslistermijn()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Bezwaar Tijdig");
        using var client = await ToetserAsync();

        var response = await client.PostFormAsync("/Bezwaar/Nieuw", Bezwaar(beschikking.Nummer, beschikking.Verzenddatum!.Value.AddDays(10)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var bezwaar = await factory.LeesAsync(db => db.Bezwaren.SingleAsync(z => z.BeschikkingId == beschikking.Id));
        Assert.True(bezwaar.IsTijdig);
        var detail = WebUtility.HtmlDecode(await client.GetHtmlAsync(response.Headers.Location!.ToString()));
        Assert.Contains("Het is op tijd ingediend.", detail);
        var lijst = await client.GetHtmlAsync("/Bezwaar");
        Assert.Contains(beschikking.Nummer, lijst);
        Assert.Contains("label-status--ok", lijst);
    }

    [Fact]
    public async Task Bezwaar_na_de_termijn_is_te_laat()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Bezwaar Laat");
        using var client = await ToetserAsync();

        var response = await client.PostFormAsync("/Bezwaar/Nieuw", Bezwaar(beschikking.Nummer, beschikking.BezwaartermijnEinde!.Value.AddDays(1)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var bezwaar = await factory.LeesAsync(db => db.Bezwaren.SingleAsync(z => z.BeschikkingId == beschikking.Id));
        Assert.False(bezwaar.IsTijdig);
        var detail = WebUtility.HtmlDecode(await client.GetHtmlAsync(response.Headers.Location!.ToString()));
        Assert.Contains("te laat ingediend", detail);
    }

    [Fact]
    public async Task Bezwaar_voor_het_einde_op_de_post_en_binnen_een_week_ontvangen_is_tijdig()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Bezwaar Post");
        using var client = await ToetserAsync();
        var velden = Bezwaar(beschikking.Nummer, beschikking.BezwaartermijnEinde!.Value.AddDays(5));
        velden["PoststempelOp"] = beschikking.BezwaartermijnEinde!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.PostFormAsync("/Bezwaar/Nieuw", velden);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var bezwaar = await factory.LeesAsync(db => db.Bezwaren.SingleAsync(z => z.BeschikkingId == beschikking.Id));
        Assert.Equal(beschikking.BezwaartermijnEinde, bezwaar.PoststempelOp);
        Assert.True(bezwaar.IsTijdig);
    }

    [Fact]
    public async Task Onbekend_beschikkingsnummer_geeft_een_veldfout_en_slaat_niets_op()
    {
        using var client = await ToetserAsync();
        var voor = await factory.LeesAsync(db => db.Bezwaren.CountAsync());

        var response = await client.PostFormAsync("/Bezwaar/Nieuw", Bezwaar("WMO-1999-999999", new DateOnly(2026, 1, 5)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Er is geen beschikking met dit nummer.", html);
        Assert.Contains("id=\"Beschikkingsnummer-fout\"", html);
        Assert.Equal(voor, await factory.LeesAsync(db => db.Bezwaren.CountAsync()));
    }

    [Fact]
    public async Task Ontvangst_voor_verzending_weigert_het_domein()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Bezwaar Vroeg");
        using var client = await ToetserAsync();

        var response = await client.PostFormAsync("/Bezwaar/Nieuw", Bezwaar(beschikking.Nummer, beschikking.Verzenddatum!.Value.AddDays(-1)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het bezwaar kan niet eerder zijn ontvangen dan de beschikking is verzonden.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(await factory.LeesAsync(db => db.Bezwaren.AnyAsync(z => z.BeschikkingId == beschikking.Id)));
    }

    [Fact]
    public async Task Verdagen_beslissen_en_de_regels_van_de_awb()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Bezwaar Beslist");
        using var client = await ToetserAsync();
        var response = await client.PostFormAsync("/Bezwaar/Nieuw", Bezwaar(beschikking.Nummer, beschikking.Verzenddatum!.Value));
        var id = await factory.LeesAsync(db => db.Bezwaren.Where(z => z.BeschikkingId == beschikking.Id).Select(z => z.Id).SingleAsync());

        var teLang = await client.PostFormAsync($"/Bezwaar/Verdagen/{id}", new Dictionary<string, string> { ["Dagen"] = "50", ["Versie"] = await VersieAsync(id) });
        Assert.Equal(HttpStatusCode.OK, teLang.StatusCode);
        Assert.Contains("hoogstens 6 weken", WebUtility.HtmlDecode(await teLang.Content.ReadAsStringAsync()));

        var verdaagd = await client.PostFormAsync($"/Bezwaar/Verdagen/{id}", new Dictionary<string, string> { ["Dagen"] = "42", ["Versie"] = await VersieAsync(id) });
        Assert.Equal(HttpStatusCode.Redirect, verdaagd.StatusCode);
        Assert.Equal(42, (await factory.LeesAsync(db => db.Bezwaren.SingleAsync(z => z.Id == id))).VerdagingDagen);

        var zonderToelichting = await client.PostFormAsync($"/Bezwaar/Beslissen/{id}", new Dictionary<string, string> { ["Beslissing"] = "Ongegrond", ["Toelichting"] = "", ["Versie"] = await VersieAsync(id) });
        Assert.Equal(HttpStatusCode.OK, zonderToelichting.StatusCode);
        Assert.Contains("Licht de beslissing op het bezwaar toe.", await zonderToelichting.Content.ReadAsStringAsync());

        var beslist = await client.PostFormAsync($"/Bezwaar/Beslissen/{id}", new Dictionary<string, string>
        {
            ["Beslissing"] = "DeelsGegrond",
            ["Toelichting"] = "De omvang wordt verhoogd naar vier uur.",
            ["Versie"] = await VersieAsync(id),
        });
        Assert.Equal(HttpStatusCode.Redirect, beslist.StatusCode);
        var bezwaar = await factory.LeesAsync(db => db.Bezwaren.SingleAsync(z => z.Id == id));
        Assert.Equal(BezwaarStatus.Beslist, bezwaar.Status);
        Assert.Equal(BezwaarBeslissing.DeelsGegrond, bezwaar.Beslissing);
    }

    [Fact]
    public async Task Intrekken_na_bevestiging()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Bezwaar Ingetrokken");
        using var client = await ToetserAsync();
        await client.PostFormAsync("/Bezwaar/Nieuw", Bezwaar(beschikking.Nummer, beschikking.Verzenddatum!.Value));
        var id = await factory.LeesAsync(db => db.Bezwaren.Where(z => z.BeschikkingId == beschikking.Id).Select(z => z.Id).SingleAsync());

        var bevestiging = await client.GetHtmlAsync($"/Bezwaar/Intrekken/{id}");
        Assert.Contains("Weet u het zeker?", bevestiging);
        var response = await client.PostFormAsync($"/Bezwaar/Intrekken/{id}", new Dictionary<string, string> { ["Versie"] = await VersieAsync(id) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(BezwaarStatus.Ingetrokken, (await factory.LeesAsync(db => db.Bezwaren.SingleAsync(z => z.Id == id))).Status);
    }

    [Theory]
    [InlineData("fatima.elamrani")]
    [InlineData("ingrid.postma")]
    public async Task Alleen_een_toetser_behandelt_bezwaren(string gebruiker)
    {
        await Toegang.AssertGeweigerdAsync(factory, gebruiker, "/Bezwaar/Nieuw");
    }

    private Task<string> VersieAsync(Guid id) =>
        factory.LeesAsync(async db => db.VersieVan(await db.Bezwaren.SingleAsync(z => z.Id == id)).ToString());
}
