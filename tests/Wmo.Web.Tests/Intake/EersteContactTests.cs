using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Intake;

public sealed class EersteContactTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Urgent_eerste_contact_staat_bovenaan_bij_sociaal_werker_van_die_buurtkamer_en_niet_bij_een_andere()
    {
        using var anna = new PortalClient(factory);
        await anna.LoginAsDemoAsync("anna.devries");
        await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Gewone Melding Eerst");
        await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Spoedmelding Later", Veiligheidssignaal.HuiselijkGeweld);

        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        var html = await fatima.GetHtmlAsync("/Werkvoorraad");
        var spoed = html.IndexOf("Spoedmelding Later", StringComparison.Ordinal);
        var gewoon = html.IndexOf("Gewone Melding Eerst", StringComparison.Ordinal);
        Assert.True(spoed >= 0 && gewoon >= 0, "Beide contacten staan in de werkvoorraad.");
        Assert.True(spoed < gewoon, "Het spoedcontact staat boven het oudere gewone contact.");
        Assert.Contains("Spoed: Huiselijk geweld", html, StringComparison.Ordinal);

        using var jeroen = new PortalClient(factory);
        await jeroen.LoginAsDemoAsync("jeroen.bakker");
        var andere = await jeroen.GetHtmlAsync("/Werkvoorraad");
        Assert.DoesNotContain("Spoedmelding Later", andere, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vrijwilliger_ziet_alleen_eigen_contacten_en_geen_werkvoorraad()
    {
        using var henk = new PortalClient(factory);
        await henk.LoginAsDemoAsync("henk.visser");
        var vanHenk = await IntakeHulp.LegEersteContactVastAsync(factory, henk, "Dorpskamer Stiens", "Melder Van Henk");

        using var anna = new PortalClient(factory);
        await anna.LoginAsDemoAsync("anna.devries");
        var vanAnna = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Melder Van Anna");

        var lijst = await anna.GetHtmlAsync("/EersteContact");
        Assert.Contains("Melder Van Anna", lijst, StringComparison.Ordinal);
        Assert.DoesNotContain("Melder Van Henk", lijst, StringComparison.Ordinal);
        await anna.GetHtmlAsync($"/EersteContact/Details/{vanAnna}");
        Assert.Equal(HttpStatusCode.NotFound, (await anna.Http.GetAsync(new Uri($"/EersteContact/Details/{vanHenk}", UriKind.Relative))).StatusCode);
        IntakeHulp.VerwachtGeweigerd(await anna.Http.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative)));
        IntakeHulp.VerwachtGeweigerd(await anna.Http.GetAsync(new Uri($"/Vraag/Oppakken/{vanAnna}", UriKind.Relative)));
    }

    [Fact]
    public async Task Fouten_staan_bij_het_veld_en_er_wordt_niets_opgeslagen()
    {
        using var anna = new PortalClient(factory);
        await anna.LoginAsDemoAsync("anna.devries");
        var voor = await AantalAsync();

        var response = await anna.PostFormAsync("/EersteContact/Nieuw", new Dictionary<string, string> { ["MelderSoort"] = "Buur", ["MelderNaam"] = "Buurvrouw" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await IntakeHulp.HtmlAsync(response);
        Assert.Contains("Noteer de vraag in de eigen woorden van de inwoner.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Vraag-fout\"", html, StringComparison.Ordinal);
        Assert.Equal(voor, await AantalAsync());
    }

    [Fact]
    public async Task Signaal_van_een_buur_zonder_over_wie_geeft_de_melding_van_het_domein()
    {
        using var anna = new PortalClient(factory);
        await anna.LoginAsDemoAsync("anna.devries");
        var buurtkamerId = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync());
        var voor = await AantalAsync();

        var response = await anna.PostFormAsync("/EersteContact/Nieuw", new Dictionary<string, string>
        {
            ["MelderSoort"] = "Buur",
            ["MelderNaam"] = "Buurvrouw",
            ["Vraag"] = "Mijn buurman komt de deur niet meer uit.",
            ["BuurtkamerId"] = buurtkamerId.ToString(),
        });

        var html = await IntakeHulp.HtmlAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Noteer over wie het signaal gaat.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"OverWie-fout\"", html, StringComparison.Ordinal);
        Assert.Equal(voor, await AantalAsync());
    }

    [Fact]
    public async Task Vrijwilliger_kan_geen_contact_in_andermans_buurtkamer_vastleggen()
    {
        using var anna = new PortalClient(factory);
        await anna.LoginAsDemoAsync("anna.devries");
        var stiens = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Buurtkamers.Where(b => b.Naam == "Dorpskamer Stiens").Select(b => b.Id).SingleAsync());
        var voor = await AantalAsync();

        var response = await anna.PostFormAsync("/EersteContact/Nieuw", new Dictionary<string, string>
        {
            ["MelderSoort"] = "Inwoner",
            ["MelderNaam"] = "Iemand",
            ["Vraag"] = "Een vraag.",
            ["BuurtkamerId"] = stiens.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een van uw eigen buurt- of dorpskamers.", await IntakeHulp.HtmlAsync(response), StringComparison.Ordinal);
        Assert.Equal(voor, await AantalAsync());
    }

    [Fact]
    public async Task Alleen_de_auteur_voegt_een_vervolgnotitie_toe()
    {
        using var anna = new PortalClient(factory);
        await anna.LoginAsDemoAsync("anna.devries");
        var id = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Notitie Melder");

        await IntakeHulp.Verwacht302(anna.PostFormAsync($"/EersteContact/Details/{id}", new Dictionary<string, string> { ["Tekst"] = "Teruggebeld, komt donderdag langs." }, $"/EersteContact/Notitie/{id}"));
        Assert.Contains("Teruggebeld, komt donderdag langs.", await anna.GetHtmlAsync($"/EersteContact/Details/{id}"), StringComparison.Ordinal);

        // A sociaal werker of the buurtkamer sees the contact but is not its author: the domain refuses.
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        var response = await IntakeHulp.PostMetTokenVanAsync(fatima, $"/EersteContact/Details/{id}", $"/EersteContact/Notitie/{id}", new Dictionary<string, string> { ["Tekst"] = "Ook iets." });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Alleen wie het eerste contact vastlegde kan er een vervolgnotitie aan toevoegen.", await IntakeHulp.HtmlAsync(response), StringComparison.Ordinal);
        var notities = await factory.InScopeAsync(async sp => (await sp.GetRequiredService<WmoDbContext>().EersteContacten.SingleAsync(c => c.Id == id)).Notities.Count);
        Assert.Equal(1, notities);
    }

    private Task<int> AantalAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().EersteContacten.CountAsync());
}
