using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Intake;

public sealed class ZoekenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Zoeken_op_bsn_vindt_inwoner_van_eigen_buurtkamer_met_gemaskeerd_bsn()
    {
        var bsn = await DossierInAsync("Buurtkamer Oost", "Zoekhuis", "fatima.elamrani");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        var response = await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Bsn"] = bsn });

        var html = await IntakeHulp.HtmlAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Zoekhuis", html, StringComparison.Ordinal);
        Assert.Contains("*****" + bsn[5..], html, StringComparison.Ordinal);
        Assert.Contains("/Huishouden/Details/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>" + bsn + "</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ongeldig_bsn_geeft_de_elfproefmelding()
    {
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        var response = await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Bsn"] = "123456789" });

        var html = await IntakeHulp.HtmlAsync(response);
        Assert.Contains("Dit BSN voldoet niet aan de elfproef.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Bsn-fout\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inwoner_van_een_andere_buurtkamer_wordt_niet_gevonden()
    {
        var bsn = await DossierInAsync("Dorpskamer Stiens", "Stiensma", "jeroen.bakker");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        var opBsn = await IntakeHulp.HtmlAsync(await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Bsn"] = bsn }));
        var opNaam = await IntakeHulp.HtmlAsync(await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Achternaam"] = "stiens" }));

        Assert.Contains("Er is geen inwoner gevonden", opBsn, StringComparison.Ordinal);
        Assert.DoesNotContain("Stiensma", opNaam, StringComparison.Ordinal);

        using var jeroen = await IntakeHulp.InloggenAsync(factory, "jeroen.bakker");
        var eigen = await IntakeHulp.HtmlAsync(await jeroen.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Achternaam"] = "stiens" }));
        Assert.Contains("Stiensma", eigen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zoeken_op_postcode_en_huisnummer_en_op_geboortedatum()
    {
        await DossierInAsync("Buurtkamer Oost", "Adresma", "fatima.elamrani", huisnummer: 77, geboren: new DateOnly(1961, 2, 3));
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        var opAdres = await IntakeHulp.HtmlAsync(await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Postcode"] = "8913ab", ["Huisnummer"] = "77" }));
        var opDatum = await IntakeHulp.HtmlAsync(await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Geboortedatum"] = "1961-02-03" }));
        var zonderHuisnummer = await IntakeHulp.HtmlAsync(await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Postcode"] = "8913 AB" }));
        var leeg = await IntakeHulp.HtmlAsync(await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string>()));

        Assert.Contains("Adresma", opAdres, StringComparison.Ordinal);
        Assert.Contains("Adresma", opDatum, StringComparison.Ordinal);
        Assert.Contains("Vul bij een postcode ook het huisnummer in.", zonderHuisnummer, StringComparison.Ordinal);
        Assert.Contains("Vul minstens één zoekgegeven in.", leeg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zoeken_op_naam_vindt_het_begin_van_de_achternaam_zonder_tussenvoegsel_hoofdletters_of_accenten()
    {
        await DossierInAsync("Buurtkamer Oost", "Visser", "fatima.elamrani");
        await DossierInAsync("Buurtkamer Oost", "de Vries", "fatima.elamrani");
        await DossierInAsync("Buurtkamer Oost", "Çelik", "fatima.elamrani");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        async Task<string> ZoekAsync(string naam) =>
            await IntakeHulp.HtmlAsync(await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Achternaam"] = naam }));

        foreach (var naam in new[] { "Visser", "visser", "VIS", "vis" })
        {
            Assert.Contains("Anne Visser", await ZoekAsync(naam), StringComparison.Ordinal);
        }

        foreach (var naam in new[] { "de Vries", "De Vries", "Vries", "vri" })
        {
            Assert.Contains("Anne de Vries", await ZoekAsync(naam), StringComparison.Ordinal);
        }

        Assert.Contains("Anne Çelik", await ZoekAsync("celik"), StringComparison.Ordinal);
        Assert.DoesNotContain("Anne Visser", await ZoekAsync("vries"), StringComparison.Ordinal);
        Assert.DoesNotContain("Anne de Vries", await ZoekAsync("Visser"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vrijwilliger_mag_niet_zoeken()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        IntakeHulp.VerwachtGeweigerd(await anna.Http.GetAsync(new Uri("/Zoeken", UriKind.Relative)));
    }

    private Task<string> DossierInAsync(string buurtkamer, string achternaam, string sociaalWerker, int huisnummer = 1, DateOnly? geboren = null) =>
        factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var bsn = TestBsn.Nieuw();
            var geboortedatum = geboren ?? new DateOnly(1970, 1, 1);
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(bsn, "Anne", achternaam, geboortedatum, "Vlietsingel", huisnummer, "8913 AB", "Leeuwarden");
            await bouwer.VraagInVraagverheldering(huishouden, inwoner, await bouwer.ActorAsync(sociaalWerker), buurtkamer, DateOnly.FromDateTime(DateTime.Today));
            return bsn;
        });
}
