using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Bezwaren;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Besluiten;

/// <summary>
/// The bezwaar screens of issue 11: a bezwaarschrift without gronden with its hersteltermijn (Awb 6:6, 7:10 lid 2), further
/// postponement with the indiener's consent (7:10 lid 4) and a late bezwaar declared excusable (6:11).
/// </summary>
public sealed class BezwaarHerstelTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<PortalClient> ToetserAsync()
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("sjoerd.dijkstra");
        return client;
    }

    [Fact]
    public async Task Bezwaar_zonder_gronden_krijgt_een_hersteltermijn_en_de_gronden_worden_later_aangevuld()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Zonder Gronden");
        using var client = await ToetserAsync();
        var ontvangen = beschikking.Verzenddatum!.Value;

        var zonderKeuze = await client.PostFormAsync("/Bezwaar/Nieuw", new Dictionary<string, string> { ["Beschikkingsnummer"] = beschikking.Nummer, ["OntvangenOp"] = Datum(ontvangen) });
        Assert.Equal(HttpStatusCode.OK, zonderKeuze.StatusCode);
        Assert.Contains("kies dat het bezwaarschrift geen gronden bevat", WebUtility.HtmlDecode(await zonderKeuze.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var response = await client.PostFormAsync("/Bezwaar/Nieuw", new Dictionary<string, string>
        {
            ["Beschikkingsnummer"] = beschikking.Nummer,
            ["OntvangenOp"] = Datum(ontvangen),
            ["ZonderGronden"] = "true",
            ["HersteltermijnTot"] = Datum(ontvangen.AddDays(14)),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detailUrl = response.Headers.Location!.ToString();
        var bezwaar = await factory.LeesAsync(db => db.Bezwaren.AsNoTracking().SingleAsync(z => z.BeschikkingId == beschikking.Id));
        Assert.True(bezwaar.GrondenOntbreken);
        Assert.Equal(ontvangen.AddDays(14), bezwaar.HersteltermijnTot);
        var detail = WebUtility.HtmlDecode(await client.GetHtmlAsync(detailUrl));
        Assert.Contains("Ontbreken nog", detail, StringComparison.Ordinal);
        Assert.Contains("Hersteltermijn (Awb 6:6)", detail, StringComparison.Ordinal);

        Assert.Contains("Gronden aanvullen", await client.GetHtmlAsync($"/Bezwaar/Gronden/{bezwaar.Id}"), StringComparison.Ordinal);
        var versie = await VersieAsync(bezwaar.Id);
        await IntakeVerwacht302(client.PostFormAsync($"/Bezwaar/Gronden/{bezwaar.Id}", new Dictionary<string, string>
        {
            ["Versie"] = versie,
            ["Gronden"] = "Drie uur per week is te weinig.",
            ["OntvangenOp"] = Datum(ontvangen),
        }));
        bezwaar = await factory.LeesAsync(db => db.Bezwaren.AsNoTracking().SingleAsync(z => z.Id == bezwaar.Id));
        Assert.False(bezwaar.GrondenOntbreken);
        Assert.Equal("Drie uur per week is te weinig.", bezwaar.Omschrijving);
    }

    [Fact]
    public async Task Uitstel_alleen_met_instemming_en_te_laat_bezwaar_eerst_verschoonbaar()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Laat Verschoonbaar");
        // The late bezwaar comes in after the bezwaartermijn; the toetser works on it later still (a decision follows its receipt).
        factory.Klok.Advance(TimeSpan.FromDays(60));
        using var client = await ToetserAsync();
        var response = await client.PostFormAsync("/Bezwaar/Nieuw", new Dictionary<string, string>
        {
            ["Beschikkingsnummer"] = beschikking.Nummer,
            ["OntvangenOp"] = Datum(beschikking.BezwaartermijnEinde!.Value.AddDays(3)),
            ["Gronden"] = "Ik lag in het ziekenhuis.",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = (await factory.LeesAsync(db => db.Bezwaren.AsNoTracking().SingleAsync(z => z.BeschikkingId == beschikking.Id))).Id;

        var versie = await VersieAsync(id);
        var zonderInstemming = await client.PostFormAsync($"/Bezwaar/Uitstel/{id}", new Dictionary<string, string> { ["Versie"] = versie, ["Dagen"] = "14", ["Instemming"] = "Telefonisch" });
        Assert.Contains("alleen als de indiener ermee instemt", WebUtility.HtmlDecode(await zonderInstemming.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await IntakeVerwacht302(client.PostFormAsync($"/Bezwaar/Uitstel/{id}", new Dictionary<string, string>
        {
            ["Versie"] = versie, ["Dagen"] = "14", ["IndienerStemtIn"] = "true", ["Instemming"] = "Per e-mail ingestemd met uitstel tot na de hoorzitting.",
        }));

        versie = await VersieAsync(id);
        var gegrond = await client.PostFormAsync($"/Bezwaar/Beslissen/{id}", new Dictionary<string, string> { ["Versie"] = versie, ["Beslissing"] = "Gegrond", ["Toelichting"] = "Gegrond." });
        Assert.Contains("verklaar de termijnoverschrijding eerst gemotiveerd verschoonbaar", WebUtility.HtmlDecode(await gegrond.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        versie = await VersieAsync(id);
        await IntakeVerwacht302(client.PostFormAsync($"/Bezwaar/Verschoonbaar/{id}", new Dictionary<string, string> { ["Versie"] = versie, ["Motivering"] = "Opname in het ziekenhuis." }));
        versie = await VersieAsync(id);
        await IntakeVerwacht302(client.PostFormAsync($"/Bezwaar/Beslissen/{id}", new Dictionary<string, string> { ["Versie"] = versie, ["Beslissing"] = "Gegrond", ["Toelichting"] = "Gegrond." }));

        var bezwaar = await factory.LeesAsync(db => db.Bezwaren.AsNoTracking().SingleAsync(z => z.Id == id));
        Assert.Equal(BezwaarBeslissing.Gegrond, bezwaar.Beslissing);
        Assert.Equal(14, bezwaar.UitstelMetInstemmingDagen);
        Assert.Equal("Opname in het ziekenhuis.", bezwaar.VerschoonbaarMotivering);
    }

    private Task<string> VersieAsync(Guid id) =>
        factory.LeesAsync(async db => db.VersieVan(await db.Bezwaren.SingleAsync(z => z.Id == id)).ToString());

    private static async Task IntakeVerwacht302(Task<HttpResponseMessage> verzoek) => await IntakeHulp.Verwacht302(verzoek);
}
