using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Intake;

/// <summary>Issue 12: the first contact takes an optional birth date or age, so "Jelle (44)" is not typed into the name.</summary>
public sealed class EersteContactLeeftijdTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Een_leeftijd_staat_los_van_de_naam_bij_het_contact_en_in_de_werkvoorraad()
    {
        using var anna = new PortalClient(factory);
        await anna.LoginAsDemoAsync("anna.devries");

        var response = await anna.PostFormAsync("/EersteContact/Nieuw", await VeldenAsync("Jelle Leeftijd", new() { ["Leeftijd"] = "44" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = IntakeHulp.IdUit(response, "/EersteContact/Details/");
        var opgeslagen = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().EersteContacten.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal("Jelle Leeftijd", opgeslagen.Melder.Naam);
        Assert.Equal(44, opgeslagen.LeeftijdBijMelding);
        Assert.Contains("44 jaar", await anna.GetHtmlAsync($"/EersteContact/Details/{id}"), StringComparison.Ordinal);

        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        var werkvoorraad = await fatima.GetHtmlAsync("/Werkvoorraad");
        var rij = werkvoorraad[werkvoorraad.IndexOf("Jelle Leeftijd", StringComparison.Ordinal)..];
        Assert.Contains("<td>44</td>", rij[..rij.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_geboortedatum_van_het_eerste_contact_staat_klaar_bij_het_oppakken()
    {
        using var anna = new PortalClient(factory);
        await anna.LoginAsDemoAsync("anna.devries");
        var response = await anna.PostFormAsync("/EersteContact/Nieuw", await VeldenAsync("Mariska Geboren", new() { ["Geboortedatum"] = "1982-03-04" }));
        var id = IntakeHulp.IdUit(response, "/EersteContact/Details/");

        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        var oppakken = await fatima.GetHtmlAsync($"/Vraag/Oppakken/{id}");

        Assert.Contains("value=\"1982-03-04\"", oppakken, StringComparison.Ordinal);
        Assert.Contains("Geboortedatum volgens het eerste contact", oppakken, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1980-01-01", "44", "Leeftijd", "Vul de geboortedatum of de leeftijd in, niet allebei.")]
    [InlineData("", "130", "Leeftijd", "Vul een leeftijd van 0 tot en met 120 jaar in.")]
    [InlineData("2099-01-01", "", "Geboortedatum", "De geboortedatum ligt niet na vandaag.")]
    public async Task Een_onmogelijke_leeftijd_geeft_een_fout_bij_het_veld_en_slaat_niets_op(string geboortedatum, string leeftijd, string veld, string melding)
    {
        using var anna = new PortalClient(factory);
        await anna.LoginAsDemoAsync("anna.devries");
        var voor = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().EersteContacten.CountAsync());

        var response = await anna.PostFormAsync("/EersteContact/Nieuw", await VeldenAsync("Frank Fout", new() { ["Geboortedatum"] = geboortedatum, ["Leeftijd"] = leeftijd }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(melding, html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{veld}-fout\"", html, StringComparison.Ordinal);
        Assert.Equal(voor, await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().EersteContacten.CountAsync()));
    }

    private async Task<Dictionary<string, string>> VeldenAsync(string naam, Dictionary<string, string> extra)
    {
        var buurtkamerId = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync());
        var velden = new Dictionary<string, string>
        {
            ["MelderSoort"] = "Inwoner",
            ["MelderNaam"] = naam,
            ["Vraag"] = "Hulp bij de administratie.",
            ["BuurtkamerId"] = buurtkamerId.ToString(),
        };
        foreach (var (sleutel, waarde) in extra)
        {
            velden[sleutel] = waarde;
        }

        return velden;
    }
}
