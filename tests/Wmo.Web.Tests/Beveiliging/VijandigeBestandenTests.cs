using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wmo.Web.Tests.Iwmo;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>
/// The upload of iWmo messages (issue 14) under hostile files: nonsense, XML bombs and external entities, huge files, wrong
/// extensions. Never a 500, never anything read in, a Dutch message at the field (400) or the Dutch "te groot" page (413).
/// </summary>
public sealed class VijandigeBestandenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private const string Bom = """
        <?xml version="1.0"?>
        <!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <Bericht>&lol3;</Bericht>
        """;

    private const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <Bericht xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema">&xxe;</Bericht>
        """;

    private async Task<PortalClient> FatimaAsync()
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        return client;
    }

    private Task<int> BerichtenAsync() => factory.LeesAsync(db => db.IwmoBerichten.CountAsync());

    [Fact]
    public async Task Onzin_een_XML_bom_en_een_externe_entiteit_worden_geheel_geweigerd_zonder_dat_er_iets_wordt_ingelezen()
    {
        using var fatima = await FatimaAsync();
        var voor = await BerichtenAsync();
        var willekeurig = new byte[4096];
        new Random(14).NextBytes(willekeurig);

        var response = await IwmoSchermenTests.UploadAsync(fatima,
            ("willekeurig.xml", willekeurig), ("bom.xml", Encoding.UTF8.GetBytes(Bom)), ("xxe.xml", Encoding.UTF8.GetBytes(Xxe)),
            ("ander-schema.xml", "<?xml version=\"1.0\"?><html><body>geen bericht</body></html>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("4 bestanden gelezen: 0 verwerkt, 4 geweigerd.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", html, StringComparison.Ordinal);
        Assert.Equal(voor, await BerichtenAsync());
    }

    [Theory]
    [InlineData("bericht.txt")]
    [InlineData("bericht.xml.exe")]
    [InlineData("bericht")]
    public async Task Een_verkeerde_extensie_geeft_een_400_met_de_melding_bij_het_veld_en_niets_wordt_ingelezen(string naam)
    {
        using var fatima = await FatimaAsync();
        var voor = await BerichtenAsync();

        var response = await IwmoSchermenTests.UploadAsync(fatima, (naam, "<Bericht/>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("is geen XML-bestand", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Bestanden-fout\"", html, StringComparison.Ordinal);
        Assert.Equal(voor, await BerichtenAsync());
    }

    [Fact]
    public async Task Een_bestand_groter_dan_1_MB_geeft_een_400_met_de_melding_bij_het_veld()
    {
        using var fatima = await FatimaAsync();
        var groot = Encoding.UTF8.GetBytes("<Bericht>" + new string('x', 1_100_000) + "</Bericht>");

        var response = await IwmoSchermenTests.UploadAsync(fatima, ("groot.xml", groot));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is groter dan 1 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Samen_meer_dan_20_MB_geeft_de_Nederlandse_413_pagina_en_niets_wordt_ingelezen()
    {
        using var fatima = await FatimaAsync();
        var voor = await BerichtenAsync();
        var stuk = new byte[1_000_000];
        Array.Fill(stuk, (byte)'x');

        var response = await IwmoSchermenTests.UploadAsync(fatima, [.. Enumerable.Range(0, 22).Select(i => ($"b{i}.xml", stuk))]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("verstuur minder of kleinere bestanden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(voor, await BerichtenAsync());
    }

    [Fact]
    public async Task Zonder_bestanden_geeft_het_formulier_een_400_met_de_melding()
    {
        using var fatima = await FatimaAsync();

        var response = await IwmoSchermenTests.UploadAsync(fatima);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kies één of meer XML-bestanden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
