using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Transitie;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Dossier;

public sealed class TransitieTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Werklijst_toont_voorstel_en_legt_gesprek_en_conclusie_vast()
    {
        var (id, uiterlijkVoor) = await LegacyBeschikkingAsync(LegacyProduct.TO3, "Mariska");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");

        var lijst = await client.GetHtmlAsync("/Transitie");
        Assert.Contains("Pieter Mariska", lijst);
        var (open, afgerond) = Aantallen(lijst);
        Assert.Contains("Thuisondersteuning TO3", lijst);
        Assert.Contains("Per persoon beoordelen", lijst);

        var teLaat = await client.PostFormAsync($"/Transitie/Gesprek/{id}", new Dictionary<string, string> { ["Datum"] = Datum(uiterlijkVoor.AddDays(3)) });
        Assert.Equal(HttpStatusCode.OK, teLaat.StatusCode);
        Assert.Contains("id=\"Datum-fout\"", await teLaat.Content.ReadAsStringAsync());

        var gesprek = await client.PostFormAsync($"/Transitie/Gesprek/{id}", new Dictionary<string, string> { ["Datum"] = Datum(uiterlijkVoor.AddDays(-10)) });
        Assert.Contains("Gepland op", await DossierTestData.VolgRedirectAsync(client, gesprek));

        var conclusie = await client.PostFormAsync($"/Transitie/Conclusie/{id}", new Dictionary<string, string> { ["Conclusie"] = "AanvullendeOndersteuning", ["Motivering"] = "" });
        var naConclusie = await DossierTestData.VolgRedirectAsync(client, conclusie);
        Assert.DoesNotContain("met Pieter Mariska</span>", naConclusie);
        Assert.Equal((open - 1, afgerond + 1), Aantallen(naConclusie));
        Assert.Equal(Pijler.AanvullendeOndersteuning, (await LaadAsync(id)).Conclusie);
    }

    [Fact]
    public async Task Afwijken_van_de_overgangstabel_vraagt_motivering()
    {
        var (id, uiterlijkVoor) = await LegacyBeschikkingAsync(LegacyProduct.TO4, "Frank");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        await client.PostFormAsync($"/Transitie/Gesprek/{id}", new Dictionary<string, string> { ["Datum"] = Datum(uiterlijkVoor.AddDays(-10)) });

        var response = await client.PostFormAsync($"/Transitie/Conclusie/{id}", new Dictionary<string, string> { ["Conclusie"] = "Basisondersteuning" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Deze conclusie wijkt af van de overgangstabel; motiveer de keuze.", await response.Content.ReadAsStringAsync());
        Assert.Null((await LaadAsync(id)).Conclusie);
    }

    [Fact]
    public async Task Sociaal_werker_van_andere_buurtkamers_ziet_de_client_niet()
    {
        var (id, _) = await LegacyBeschikkingAsync(LegacyProduct.DB2, "Jelle");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("jeroen.bakker");

        Assert.DoesNotContain("Pieter Jelle", await client.GetHtmlAsync("/Transitie"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(new Uri($"/Transitie/Conclusie/{id}", UriKind.Relative))).StatusCode);
    }

    private static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(Guid Id, DateOnly UiterlijkVoor)> LegacyBeschikkingAsync(LegacyProduct product, string achternaam)
    {
        var (huishoudenId, inwonerId, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, achternaam);
        return await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var beschikking = new LegacyBeschikking(inwonerId, huishoudenId, product, new DateOnly(2019, 1, 1), new DateOnly(2027, 6, 30));
            db.LegacyBeschikkingen.Add(beschikking);
            await db.SaveChangesAsync();
            return (beschikking.Id, sp.GetRequiredService<WmoBeleid>().Transitie.GesprekkenUiterlijkVoor);
        });
    }

    private Task<LegacyBeschikking> LaadAsync(Guid id) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().LegacyBeschikkingen.AsNoTracking().SingleAsync(b => b.Id == id));

    /// <summary>The counts above the werklijst: "N zonder conclusie, M afgerond".</summary>
    private static (int Open, int Afgerond) Aantallen(string html)
    {
        var m = System.Text.RegularExpressions.Regex.Match(html, @"(\d+) zonder conclusie, (\d+) afgerond");
        Assert.True(m.Success, "de aantallen boven de werklijst ontbreken");
        return (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
