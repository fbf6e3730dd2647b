using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Organisaties;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Sturing;

/// <summary>The lumpsum rules end to end through the screens: every refusal shows its message on the form and saves nothing.</summary>
public sealed partial class LumpsumSchermTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private static int _volgendJaar = 2040;

    private static int NieuwJaar() => Interlocked.Increment(ref _volgendJaar);

    private async Task<PortalClient> BeheerderAsync()
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        return client;
    }

    private static Dictionary<string, string> Begroting(int jaar, string totaal = "10.000.000", string basis = "6.000.000", string todb = "3.000.000", string hh = "900.000", string kv = "100.000") => new()
    {
        ["Jaar"] = jaar.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Totaal"] = totaal,
        ["Basisondersteuning"] = basis,
        ["ThuisondersteuningEnDagbesteding"] = todb,
        ["HulpBijHetHuishouden"] = hh,
        ["KortdurendVerblijf"] = kv,
    };

    private async Task<int> BegrotingAsync(PortalClient client)
    {
        var jaar = NieuwJaar();
        var response = await client.PostFormAsync("/Lumpsum/Nieuw", Begroting(jaar));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return jaar;
    }

    private async Task<Guid> AanbiederAsync(string naam, OrganisatieSoort soort = OrganisatieSoort.Aanbieder)
    {
        var organisatie = new Organisatie($"{naam} {Guid.NewGuid():N}"[..(naam.Length + 9)], soort);
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Infrastructure.Persistence.WmoDbContext>();
            db.Add(organisatie);
            return await db.SaveChangesAsync();
        });
        return organisatie.Id;
    }

    private static Dictionary<string, string> Contract(int jaar, Guid aanbieder, Perceel perceel, ContractRol rol = ContractRol.Hoofdaanbieder) => new()
    {
        ["AanbiederId"] = aanbieder.ToString(),
        ["Perceel"] = perceel.ToString(),
        ["Rol"] = rol.ToString(),
        ["Start"] = $"{jaar}-01-01",
        ["Einde"] = $"{jaar}-12-31",
    };

    /// <summary>Posts a form of the year with the version token the page handed out.</summary>
    private static async Task<HttpResponseMessage> PostMetVersieAsync(PortalClient client, string url, Dictionary<string, string> velden)
    {
        var html = await client.GetHtmlAsync(url);
        velden["Versie"] = VersieRegex().Match(html).Groups[1].Value;
        return await client.PostFormAsync(url, velden);
    }

    private Task<Begrotingsjaar> LeesJaarAsync(int jaar) =>
        factory.LeesAsync(db => db.Begrotingsjaren.AsNoTracking().SingleAsync(b => b.Jaar == jaar));

    private static async Task<string> WeigeringAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Controleer het formulier", html, StringComparison.Ordinal);
        return html;
    }

    [Fact]
    public async Task Beheerder_stelt_een_begroting_op_en_ziet_de_vijf_gelijke_delen_met_vrije_delen_als_niet_toegewezen()
    {
        using var client = await BeheerderAsync();
        var jaar = await BegrotingAsync(client);
        var aanbieder = await AanbiederAsync("Zorg Een");
        Assert.Equal(HttpStatusCode.Redirect, (await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, aanbieder, Perceel.ThuisondersteuningEnDagbesteding))).StatusCode);

        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync($"/Lumpsum/{jaar}"));

        Assert.Contains("verdeeld in 5 gelijke delen", html, StringComparison.Ordinal);
        Assert.Contains("verdeeld in 2 gelijke delen", html, StringComparison.Ordinal);
        Assert.Equal(4 + 2 + 1 + 1, Regex.Matches(html, "<em>Niet toegewezen</em>").Count);
        Assert.Contains("€ 600.000,00", html, StringComparison.Ordinal);
        var opgeslagen = await LeesJaarAsync(jaar);
        Assert.Equal(10_000_000m, opgeslagen.Totaal);
        Assert.Single(opgeslagen.Contracten);
    }

    [Fact]
    public async Task Een_verdeling_die_niet_optelt_tot_het_totaal_wordt_bij_het_veld_geweigerd_en_niet_opgeslagen()
    {
        using var client = await BeheerderAsync();
        var jaar = NieuwJaar();

        var html = await WeigeringAsync(await client.PostFormAsync("/Lumpsum/Nieuw", Begroting(jaar, kv: "100.001")));

        Assert.Contains("De verdeling over de percelen (€ 10.000.001,00) is niet gelijk aan het totaal (€ 10.000.000,00).", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Totaal-fout\"", html, StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.Begrotingsjaren.AnyAsync(b => b.Jaar == jaar)));
    }

    [Fact]
    public async Task Een_negatief_bedrag_wordt_geweigerd_en_niet_opgeslagen()
    {
        using var client = await BeheerderAsync();
        var jaar = NieuwJaar();

        var html = await WeigeringAsync(await client.PostFormAsync("/Lumpsum/Nieuw", Begroting(jaar, basis: "6.100.000", kv: "-100.000")));

        Assert.Contains("Een bedrag kan niet negatief zijn.", html, StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.Begrotingsjaren.AnyAsync(b => b.Jaar == jaar)));
    }

    [Fact]
    public async Task Een_zesde_hoofdaanbieder_voor_thuisondersteuning_en_dagbesteding_wordt_geweigerd()
    {
        using var client = await BeheerderAsync();
        var jaar = await BegrotingAsync(client);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, await AanbiederAsync($"TO {i}"), Perceel.ThuisondersteuningEnDagbesteding))).StatusCode);
        }

        var html = await WeigeringAsync(await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, await AanbiederAsync("TO zes"), Perceel.ThuisondersteuningEnDagbesteding)));

        Assert.Contains("Het perceel thuisondersteuning en dagbesteding heeft al 5 hoofdaanbieder(s), het maximum", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Perceel-fout\"", html, StringComparison.Ordinal);
        Assert.Equal(5, (await LeesJaarAsync(jaar)).Contracten.Count);
    }

    [Fact]
    public async Task Een_derde_aanbieder_voor_hulp_bij_het_huishouden_wordt_geweigerd()
    {
        using var client = await BeheerderAsync();
        var jaar = await BegrotingAsync(client);
        await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, await AanbiederAsync("HH 1"), Perceel.HulpBijHetHuishouden));
        await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, await AanbiederAsync("HH 2"), Perceel.HulpBijHetHuishouden));

        var html = await WeigeringAsync(await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, await AanbiederAsync("HH 3"), Perceel.HulpBijHetHuishouden)));

        Assert.Contains("Het perceel hulp bij het huishouden heeft al 2 hoofdaanbieder(s), het maximum", html, StringComparison.Ordinal);
        Assert.Equal(2, (await LeesJaarAsync(jaar)).Contracten.Count);
    }

    [Fact]
    public async Task Een_hoofdaanbieder_in_beide_pijlers_wordt_geweigerd_onderaannemer_mag_wel()
    {
        using var client = await BeheerderAsync();
        var jaar = await BegrotingAsync(client);
        var partij = await AanbiederAsync("Beide", OrganisatieSoort.Basisondersteuning);
        await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, partij, Perceel.Basisondersteuning));

        var html = await WeigeringAsync(await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, partij, Perceel.HulpBijHetHuishouden)));
        Assert.Contains("Een partij kan niet zowel in de basisondersteuning als in de aanvullende ondersteuning hoofdaanbieder zijn", html, StringComparison.Ordinal);
        Assert.Contains("id=\"AanbiederId-fout\"", html, StringComparison.Ordinal);
        Assert.Single((await LeesJaarAsync(jaar)).Contracten);

        var onder = await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, partij, Perceel.HulpBijHetHuishouden, ContractRol.Onderaannemer));
        Assert.Equal(HttpStatusCode.Redirect, onder.StatusCode);
    }

    [Fact]
    public async Task Herverdeling_op_verzoek_van_de_contractpartijen_verschuift_budget_en_het_totaal_blijft_gelijk()
    {
        using var client = await BeheerderAsync();
        var jaar = await BegrotingAsync(client);
        var basis = await AanbiederAsync("Basis", OrganisatieSoort.Basisondersteuning);
        var todb = await AanbiederAsync("TODB");
        await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, basis, Perceel.Basisondersteuning));
        await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, todb, Perceel.ThuisondersteuningEnDagbesteding));
        Dictionary<string, string> Verzoek(Guid aanvullend) => new()
        {
            ["Van"] = nameof(Perceel.ThuisondersteuningEnDagbesteding),
            ["Naar"] = nameof(Perceel.Basisondersteuning),
            ["Bedrag"] = "250.000,00",
            ["PartijBasisondersteuningId"] = basis.ToString(),
            ["PartijAanvullendId"] = aanvullend.ToString(),
            ["Toelichting"] = "Meer cliënten dan verwacht in de basisondersteuning.",
        };

        var geweigerd = await WeigeringAsync(await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Herverdeling", Verzoek(await AanbiederAsync("Geen partij"))));
        Assert.Contains("moet een hoofdaanbieder van het perceel thuisondersteuning en dagbesteding in dit jaar zijn", geweigerd, StringComparison.Ordinal);
        Assert.Empty((await LeesJaarAsync(jaar)).Herverdelingen);

        await factory.InScopeAsync(async sp =>
        {
            // Clients in both pillars before the request: one basisondersteuning, one verwijzing to aanvullende ondersteuning.
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var dag = factory.Klok.Vandaag();
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Bas", "Herverdeelbasis", new DateOnly(1970, 1, 1), "Markt", 7, "8911AA", "Leeuwarden");
            var basisvraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", dag.AddDays(-10), totStap: Afwegingsstap.Basisondersteuning);
            basisvraag.LegUitkomstVast(Uitkomst.Basisondersteuning("BO-TO", "Thuisondersteuning", dag), fatima, dag, sp.GetRequiredService<WmoBeleid>().Catalogus);
            db.Bewaar(basisvraag);
            await db.SaveChangesAsync();
            (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Ava", "Herverdeelaanvullend", new DateOnly(1970, 1, 1), "Markt", 8, "8911AA", "Leeuwarden");
            await bouwer.VerwijzingAsync(await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", dag.AddDays(-10)), fatima, dag);
            return 0;
        });
        Assert.Equal(HttpStatusCode.Redirect, (await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Herverdeling", Verzoek(todb))).StatusCode);
        var verzoek = Assert.Single((await LeesJaarAsync(jaar)).Herverdelingen);
        Assert.Equal(basis, verzoek.PartijBasisondersteuningId);
        Assert.Equal(todb, verzoek.PartijAanvullendId);
        // The client figures at the time of the request (002 §2.5), counted independently from the stored vragen.
        var vandaag = factory.Klok.Vandaag();
        var lopend = (await factory.LeesAsync(db => db.Ondersteuningsvragen.AsNoTracking().Where(v => v.Uitkomst != null).ToListAsync()))
            .Where(v => v.UitkomstDatum <= vandaag && (v.AfgeslotenOp is null || v.AfgeslotenOp > vandaag)).ToList();
        int Tel(Pijler pijler) => lopend.Where(v => v.Uitkomst!.Pijler == pijler).Select(v => v.InwonerId).Distinct().Count();
        Assert.Equal(new Clientaantallen(Tel(Pijler.Basisondersteuning), Tel(Pijler.AanvullendeOndersteuning)), verzoek.Clienten);
        Assert.True(verzoek.Clienten is { Basisondersteuning: > 0, AanvullendeOndersteuning: > 0 }, "er zijn cliënten in beide pijlers");

        var zonderMotivering = await WeigeringAsync(await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Herverdeling/{verzoek.Id}/Besluit", new() { ["Toekennen"] = "true", ["Motivering"] = "" }));
        Assert.Contains("Motiveer het besluit over de herverdeling.", zonderMotivering, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Herverdeling/{verzoek.Id}/Besluit",
            new() { ["Toekennen"] = "true", ["Motivering"] = "De verschuiving is aangetoond met de cliëntaantallen." })).StatusCode);

        var na = await LeesJaarAsync(jaar);
        Assert.Equal(10_000_000m, na.Totaal);
        Assert.Equal(na.Totaal, na.Percelen.Sum(p => p.Bedrag));
        Assert.Equal(6_250_000m, na.Percelen.Single(p => p.Perceel == Perceel.Basisondersteuning).Bedrag);
        Assert.Equal(2_750_000m, na.Percelen.Single(p => p.Perceel == Perceel.ThuisondersteuningEnDagbesteding).Bedrag);
        Assert.Equal(HerverdelingStatus.Toegekend, na.Herverdelingen.Single().Status);
    }

    [Fact]
    public async Task Prognose_met_ontbrekende_maanden_extrapoleert_uit_de_aanwezige_maanden_en_waarschuwt()
    {
        using var client = await BeheerderAsync();
        var jaar = await BegrotingAsync(client);
        await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, await AanbiederAsync("HH prognose"), Perceel.HulpBijHetHuishouden));
        var contract = (await LeesJaarAsync(jaar)).Contracten.Single().Id;
        foreach (var (maand, bedrag) in new[] { (1, "80.000"), (3, "85.000"), (4, "83.000") })
        {
            var r = await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Realisatie", new() { ["ContractId"] = contract.ToString(), ["Maand"] = $"{maand}", ["Bedrag"] = bedrag });
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }

        var negatief = await WeigeringAsync(await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Realisatie", new() { ["ContractId"] = contract.ToString(), ["Maand"] = "5", ["Bedrag"] = "-5" }));
        Assert.Contains("Een bedrag kan niet negatief zijn.", negatief, StringComparison.Ordinal);

        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync($"/Lumpsum/{jaar}"));
        // (80.000 + 85.000 + 83.000) / 3 months × 12 = 992.000 — February is missing, not € 0 (which would give 744.000).
        Assert.Contains("€ 992.000,00", html, StringComparison.Ordinal);
        Assert.Contains("Overschrijding € 92.000,00", html, StringComparison.Ordinal);
        Assert.Contains("Hulp bij het huishouden: Let op: bij dit uitgavenpatroon wordt de lumpsum met € 92.000,00 overschreden.", html, StringComparison.Ordinal);
        Assert.Equal(3, (await LeesJaarAsync(jaar)).Uitgaven.Count);
    }

    [Fact]
    public async Task Een_csv_met_foute_regels_verandert_niets_en_rapporteert_elke_geweigerde_regel()
    {
        using var client = await BeheerderAsync();
        var jaar = await BegrotingAsync(client);
        var naam = $"CSV Zorg {jaar}";
        var aanbieder = new Organisatie(naam, OrganisatieSoort.Aanbieder, null);
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Infrastructure.Persistence.WmoDbContext>();
            db.Add(aanbieder);
            return await db.SaveChangesAsync();
        });
        await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, aanbieder.Id, Perceel.HulpBijHetHuishouden));
        var fout = $"maand;aanbieder;perceel;bedrag\n{jaar}-01;{naam};HH;70000,00\n{jaar}-02;Onbekende Zorg;HH;1\n{jaar}-13;{naam};HH;1\n{jaar}-03;{naam};XX;1\n{jaar}-04;{naam};HH;-5\n{jaar}-05;{naam};BO;10\n";

        var response = await UploadAsync(client, jaar, fout);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Er is niets ingelezen: 5 regel(s) zijn geweigerd.", html, StringComparison.Ordinal);
        Assert.Contains("Onbekende aanbieder", html, StringComparison.Ordinal);
        Assert.Contains("De maand moet de vorm jjjj-mm hebben", html, StringComparison.Ordinal);
        Assert.Contains("Onbekend perceel", html, StringComparison.Ordinal);
        Assert.Contains("Het bedrag is geen geldig bedrag", html, StringComparison.Ordinal);
        Assert.Contains("Deze aanbieder heeft in dit jaar geen contract voor dit perceel.", html, StringComparison.Ordinal);
        Assert.Empty((await LeesJaarAsync(jaar)).Uitgaven);

        var goed = await UploadAsync(client, jaar, $"maand;aanbieder;perceel;bedrag\n{jaar}-01;{naam};HH;70000,00\n{jaar}-02;{naam};HH;72000\n");
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        Assert.Equal(142_000m, (await LeesJaarAsync(jaar)).Uitgaven.Sum(u => u.Bedrag));
    }

    [Fact]
    public async Task Toetser_ziet_de_lumpsum_maar_kan_niets_wijzigen()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");

        var html = await client.GetHtmlAsync("/Lumpsum/2026");

        Assert.Contains("Lumpsum 2026", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Aanbieder contracteren", html, StringComparison.Ordinal);
        var geweigerd = await client.Http.GetAsync(new Uri("/Lumpsum/2026/Contract", UriKind.Relative));
        Assert.True(geweigerd.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{geweigerd.StatusCode}");
        Assert.DoesNotContain("Contract vastleggen", await geweigerd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contract_verwijderen_vraagt_eerst_bevestiging()
    {
        using var client = await BeheerderAsync();
        var jaar = await BegrotingAsync(client);
        await PostMetVersieAsync(client, $"/Lumpsum/{jaar}/Contract", Contract(jaar, await AanbiederAsync("Weg"), Perceel.KortdurendVerblijf));
        var contract = (await LeesJaarAsync(jaar)).Contracten.Single().Id;

        Assert.Contains("Weet u het zeker?", await client.GetHtmlAsync($"/Lumpsum/{jaar}/Contract/{contract}/Verwijderen"));
        var response = await client.PostFormAsync($"/Lumpsum/{jaar}/Contract/{contract}/Verwijderen", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty((await LeesJaarAsync(jaar)).Contracten);
    }

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, int jaar, string csv)
    {
        var html = await client.GetHtmlAsync($"/Lumpsum/{jaar}/Upload");
        using var inhoud = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent(VersieRegex().Match(html).Groups[1].Value), "Versie" },
        };
        var bestand = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        bestand.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        inhoud.Add(bestand, "Bestand", "realisatie.csv");
        return await client.Http.PostAsync(new Uri($"/Lumpsum/{jaar}/Upload", UriKind.Relative), inhoud);
    }

    [GeneratedRegex("name=\"Versie\" value=\"([^\"]+)\"")]
    private static partial Regex VersieRegex();
}
