using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Besluiten;

/// <summary>
/// Issue 11: without a zwaarwegend advies an aanvraag is decided only by an explicit, motivated afwijzing of a toetser,
/// after a completed onderzoek (Beschikken.WijsAanvraagAf) — on a screen, with nothing saved when it is refused.
/// </summary>
public sealed partial class AanvraagAfwijzingTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    /// <summary>An aanvraag (today − 3) on a vraag of Fatima; with <paramref name="onderzoekAf"/> false the order of checks is not answered.</summary>
    private Task<Guid> AanvraagAsync(string achternaam, bool onderzoekAf = true) =>
        factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var vandaag = factory.Klok.Vandaag();
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Anouk", achternaam, new DateOnly(1980, 5, 5), "Markt", 12, "8911AA", "Leeuwarden");
            var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", vandaag.AddDays(-20),
                totStap: onderzoekAf ? Afwegingsstap.AanvullendeOndersteuning : Afwegingsstap.EigenKracht);
            vraag.DienAanvraagIn(vandaag.AddDays(-3));
            db.Bewaar(vraag);
            await db.SaveChangesAsync();
            return vraag.Id;
        });

    private async Task<PortalClient> ToetserAsync()
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");
        return client;
    }

    private static Dictionary<string, string> Formulier(string motivering, bool bevestigd = true) => new()
    {
        ["Motivering"] = motivering,
        ["Bevestigd"] = bevestigd ? "true" : "false",
        ["Versie"] = string.Empty,
    };

    private static async Task<HttpResponseMessage> AfwijzenAsync(PortalClient client, Guid vraagId, Dictionary<string, string> velden)
    {
        var url = $"/Toetsing/Afwijzen/{vraagId}";
        var html = await client.GetHtmlAsync(url);
        velden["Versie"] = Versie().Match(html).Groups[1].Value;
        return await client.PostFormAsync(url, velden);
    }

    [Fact]
    public async Task De_toetser_ziet_aanvragen_zonder_advies_met_hun_beslistermijn()
    {
        var vraagId = await AanvraagAsync("Zonderadvieslijst");
        using var marieke = await ToetserAsync();

        var html = WebUtility.HtmlDecode(await marieke.GetHtmlAsync("/Toetsing/Aanvragen"));

        Assert.Contains("Anouk Zonderadvieslijst", html, StringComparison.Ordinal);
        Assert.Contains($"/Toetsing/Afwijzen/{vraagId}", html, StringComparison.Ordinal);
        Assert.Contains("/Toetsing/Aanvragen", await marieke.GetHtmlAsync("/Toetsing"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_gemotiveerde_afwijzing_zonder_advies_wordt_een_beschikking_die_verzonden_kan_worden()
    {
        var vraagId = await AanvraagAsync("Zonderadviesaf");
        using var marieke = await ToetserAsync();

        var antwoord = await AfwijzenAsync(marieke, vraagId, Formulier("De aanvraag betreft een woonvoorziening in een Wlz-instelling; daarvoor is de Wmo niet bedoeld."));

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var locatie = antwoord.Headers.Location!.OriginalString;
        Assert.StartsWith("/Toetsing/Beschikking/", locatie, StringComparison.Ordinal);
        var beschikking = await factory.LeesAsync(db => db.Beschikkingen.AsNoTracking().SingleAsync(b => b.VraagId == vraagId));
        Assert.Equal(BeschikkingSoort.Afwijzing, beschikking.Soort);
        Assert.Null(beschikking.AdviesId);
        Assert.Contains("Wlz-instelling", beschikking.Motivering, StringComparison.Ordinal);
        Assert.Equal(VraagStatus.Beschikt, await factory.LeesAsync(db => db.Ondersteuningsvragen.Where(v => v.Id == vraagId).Select(v => v.Status).SingleAsync()));
        Assert.Contains(beschikking.Nummer, await marieke.GetHtmlAsync(locatie), StringComparison.Ordinal);

        var verzonden = await marieke.PostFormAsync($"/Toetsing/Verzenden/{beschikking.Id}", new Dictionary<string, string>
        {
            ["Verzonden"] = factory.Klok.Vandaag().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, verzonden.StatusCode);
        Assert.NotNull(await factory.LeesAsync(db => db.Beschikkingen.Where(b => b.Id == beschikking.Id).Select(b => b.BezwaartermijnEinde).SingleAsync()));
        Assert.DoesNotContain($"/Toetsing/Afwijzen/{vraagId}", await marieke.GetHtmlAsync("/Toetsing/Aanvragen"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_motivering_of_bevestiging_staat_de_fout_bij_het_veld_en_wordt_niets_opgeslagen()
    {
        var vraagId = await AanvraagAsync("Zonderadviesleeg");
        using var marieke = await ToetserAsync();

        var zonderMotivering = await AfwijzenAsync(marieke, vraagId, Formulier("  "));
        var zonderBevestiging = await AfwijzenAsync(marieke, vraagId, Formulier("Geen noodzaak.", bevestigd: false));

        Assert.Equal(HttpStatusCode.OK, zonderMotivering.StatusCode);
        Assert.Contains("Motiveer de afwijzing", WebUtility.HtmlDecode(await zonderMotivering.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Bevestig dat u deze aanvraag zonder zwaarwegend advies afwijst", WebUtility.HtmlDecode(await zonderBevestiging.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.Beschikkingen.AnyAsync(b => b.VraagId == vraagId)));
        Assert.Equal(VraagStatus.AdviesVereist, await factory.LeesAsync(db => db.Ondersteuningsvragen.Where(v => v.Id == vraagId).Select(v => v.Status).SingleAsync()));
    }

    [Fact]
    public async Task Zonder_afgerond_onderzoek_weigert_het_domein_de_afwijzing_en_wordt_niets_opgeslagen()
    {
        var vraagId = await AanvraagAsync("Zonderadviesonderzoek", onderzoekAf: false);
        using var marieke = await ToetserAsync();

        var antwoord = await AfwijzenAsync(marieke, vraagId, Formulier("Geen noodzaak: het netwerk helpt."));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Rond eerst het onderzoek af", WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.Beschikkingen.AnyAsync(b => b.VraagId == vraagId)));
    }

    [Fact]
    public async Task Een_sociaal_werker_kan_niet_zonder_advies_afwijzen()
    {
        var vraagId = await AanvraagAsync("Zonderadviessw");
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");

        var antwoord = await fatima.Http.GetAsync(new Uri($"/Toetsing/Afwijzen/{vraagId}", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.False(await factory.LeesAsync(db => db.Beschikkingen.AnyAsync(b => b.VraagId == vraagId)));
    }

    [GeneratedRegex("name=\"Versie\" value=\"([^\"]*)\"")]
    private static partial Regex Versie();
}
