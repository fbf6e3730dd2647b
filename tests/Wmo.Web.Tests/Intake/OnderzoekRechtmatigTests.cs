using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Identity;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Intake;

/// <summary>
/// The lawful onderzoek on the vraag page (issue 11): an independent cliëntondersteuner chosen as a user or by name, the
/// persoonlijk plan and the verslag (Wmo 2015 art. 2.3.2), the order of checks that stops at a solving step, and closing a
/// vraag as "overgang naar de Wlz" only with the Wlz-aanvraag recorded.
/// </summary>
public sealed class OnderzoekRechtmatigTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private Task<Guid> GebruikerAsync(string naam) =>
        factory.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<Gebruiker>>().FindByNameAsync(naam))!.Id);

    [Fact]
    public async Task De_behandelaar_wordt_als_clientondersteuner_geweigerd_een_collega_niet()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Onafhankelijk Melder");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw(), "Onafhankelijk");

        var formulier = await fatima.GetHtmlAsync($"/Vraag/Onderzoek/{vraagId}");
        Assert.Contains("Jeroen Bakker", formulier, StringComparison.Ordinal);

        var zelf = await fatima.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string> { ["ClientondersteunerId"] = (await GebruikerAsync("fatima.elamrani")).ToString() });
        Assert.Equal(HttpStatusCode.OK, zelf.StatusCode);
        Assert.Contains("kan niet de onafhankelijke cliëntondersteuner van de inwoner zijn", await IntakeHulp.HtmlAsync(zelf), StringComparison.Ordinal);
        Assert.Null((await IntakeHulp.VraagAsync(factory, vraagId)).ClientondersteunerId);

        var onbekend = await fatima.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string> { ["ClientondersteunerId"] = Guid.NewGuid().ToString() });
        Assert.Contains("Kies een cliëntondersteuner uit de lijst.", await IntakeHulp.HtmlAsync(onbekend), StringComparison.Ordinal);

        var jeroen = await GebruikerAsync("jeroen.bakker");
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string>
        {
            ["ClientondersteunerId"] = jeroen.ToString(),
            ["ClientondersteunerOrganisatie"] = "MEE Friesland",
        }));
        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Equal(jeroen, vraag.ClientondersteunerId);
        Assert.Equal("Jeroen Bakker", vraag.ClientondersteunerNaam);
        Assert.Contains("Jeroen Bakker (MEE Friesland)", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clientondersteuner_buiten_het_portaal_persoonlijk_plan_en_verslag_worden_vastgelegd()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);
        var vandaag = IntakeHulp.Vandaag(factory);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string>
        {
            ["ClientondersteunerNaam"] = "Henk de Boer",
            ["ClientondersteunerOrganisatie"] = "Zorgbelang",
            ["GewezenOpPersoonlijkPlanOp"] = vandaag,
            ["VerslagVerstrektOp"] = vandaag,
        }));

        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Null(vraag.ClientondersteunerId);
        Assert.Equal("Zorgbelang", vraag.ClientondersteunerOrganisatie);
        Assert.Equal(DateOnly.Parse(vandaag, System.Globalization.CultureInfo.InvariantCulture), vraag.GewezenOpPersoonlijkPlanOp);
        Assert.Equal(vraag.GewezenOpPersoonlijkPlanOp, vraag.VerslagVerstrektOp);
        var details = await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}");
        Assert.Contains("Gewezen op persoonlijk plan", details, StringComparison.Ordinal);
        Assert.Contains("Verslag van het onderzoek verstrekt", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verslag_voor_een_afgerond_gesprek_wordt_bij_het_veld_geweigerd()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Verslag Melder");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw(), "Verslag");

        var response = await fatima.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string> { ["VerslagVerstrektOp"] = IntakeHulp.Vandaag(factory) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Rond eerst minstens één gesprek af", await IntakeHulp.HtmlAsync(response), StringComparison.Ordinal);
        Assert.Null((await IntakeHulp.VraagAsync(factory, vraagId)).VerslagVerstrektOp);
    }

    [Fact]
    public async Task Een_oplossende_stap_zonder_motivering_stopt_de_afweging_op_het_scherm()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Afweging Melder");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw(), "Afweging");

        var velden = IntakeHulp.Afweging(3);
        velden["Stappen[1].BiedtOplossing"] = "true";
        var response = await fatima.PostFormAsync($"/Vraag/Afweging/{vraagId}", velden);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lost de vraag op; motiveer bij die stap waarom dat toch niet volstaat", await IntakeHulp.HtmlAsync(response), StringComparison.Ordinal);
        Assert.Empty((await IntakeHulp.VraagAsync(factory, vraagId)).Afweging);

        velden["Stappen[1].WaaromNietToereikend"] = "De partner kan alleen in het weekend helpen.";
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Afweging/{vraagId}", velden));
        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Equal(3, vraag.Afweging.Count);
        Assert.Contains("volstaat niet omdat: De partner kan alleen in het weekend helpen.", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overgang_naar_de_wlz_vraagt_de_vastgelegde_wlz_aanvraag_en_het_ciz_besluit()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Wlz Melder");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw(), "Wlz");
        var vandaag = IntakeHulp.Vandaag(factory);

        var zonderAanvraag = await fatima.PostFormAsync($"/Vraag/Afsluiten/{vraagId}", new Dictionary<string, string> { ["Reden"] = "OvergangNaarWlz", ["Datum"] = vandaag });
        Assert.Equal(HttpStatusCode.OK, zonderAanvraag.StatusCode);
        Assert.Contains("Leg eerst de Wlz-aanvraag vast", await IntakeHulp.HtmlAsync(zonderAanvraag), StringComparison.Ordinal);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Wlz/{vraagId}", new Dictionary<string, string> { ["AanvraagOp"] = vandaag }));
        var lopend = await fatima.PostFormAsync($"/Vraag/Afsluiten/{vraagId}", new Dictionary<string, string> { ["Reden"] = "OvergangNaarWlz", ["Datum"] = vandaag });
        Assert.Contains("Zolang de Wlz-aanvraag loopt", await IntakeHulp.HtmlAsync(lopend), StringComparison.Ordinal);
        Assert.NotEqual(VraagStatus.Afgesloten, (await IntakeHulp.VraagAsync(factory, vraagId)).Status);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Wlz/{vraagId}", new Dictionary<string, string> { ["AanvraagOp"] = vandaag, ["BesluitOp"] = vandaag, ["Toegekend"] = "true" }));
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Afsluiten/{vraagId}", new Dictionary<string, string> { ["Reden"] = "OvergangNaarWlz", ["Datum"] = vandaag }));

        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Equal(VraagStatus.Afgesloten, vraag.Status);
        Assert.Equal(Afsluitreden.OvergangNaarWlz, vraag.Afsluitreden);
        Assert.NotNull(vraag.WlzBesluitOp);
        Assert.Contains("Overgang naar de Wlz", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pgb_advies_legt_de_drie_voorwaarden_bedrag_en_berekening_vast()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);

        var velden = IntakeHulp.Advies("Pgb");
        velden["PgbBeheer"] = "MetHulp";
        velden["PgbVaardigheidMotivering"] = "Zijn zus beheert het budget.";
        velden["PgbKwaliteitMotivering"] = "De begeleider is geregistreerd en werkt met een plan.";
        velden["PgbBedrag"] = "7488";
        velden["PgbBerekening"] = "3 uur per week × 52 weken × € 48.";
        var zonderEigenMotivatie = await fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", velden);
        Assert.Equal(HttpStatusCode.OK, zonderEigenMotivatie.StatusCode);
        Assert.Contains("Noteer de eigen motivatie van de inwoner voor een PGB.", await IntakeHulp.HtmlAsync(zonderEigenMotivatie), StringComparison.Ordinal);

        velden["PgbEigenMotivatie"] = "Hij wil zelf zijn begeleider kiezen.";
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", velden));
        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        var advies = await factory.LeesAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Adviezen, a => a.Id == vraag.AdviesId));
        Assert.Equal(Wmo.Domain.Besluiten.PgbBeheer.MetHulp, advies.PgbBeheer);
        Assert.Equal(7488m, advies.PgbBedrag);
        Assert.Equal("Hij wil zelf zijn begeleider kiezen.", advies.PgbEigenMotivatie);
    }

    [Fact]
    public async Task Aanvraag_voor_het_onderzoek_krijgt_pas_een_advies_na_het_onderzoek_binnen_de_beslistermijn()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Direct Melder");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw(), "Direct");
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Aanvraag/{vraagId}", new Dictionary<string, string>()));
        Assert.True((await IntakeHulp.VraagAsync(factory, vraagId)).AanvraagVoorOnderzoek);

        var teVroeg = await fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", IntakeHulp.Advies("ZorgInNatura"));
        Assert.Equal(HttpStatusCode.OK, teVroeg.StatusCode);
        Assert.Contains("Rond eerst het onderzoek af", await IntakeHulp.HtmlAsync(teVroeg), StringComparison.Ordinal);

        // The onderzoek goes on while the aanvraag waits for its advies.
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string> { ["ClientondersteuningAangebodenOp"] = IntakeHulp.Vandaag(factory) }));
        var gesprekId = await IntakeHulp.PlanGesprekAsync(factory, fatima, vraagId);
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/GesprekAfronden/{vraagId}?gesprekId={gesprekId}",
            new Dictionary<string, string> { ["GesprekId"] = gesprekId.ToString(), ["Verslag"] = "Onderzoek na de aanvraag." }, $"/Vraag/GesprekAfronden/{vraagId}"));
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Afweging/{vraagId}", IntakeHulp.Afweging(7)));
        Assert.Contains("afgerond binnen de termijn", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", IntakeHulp.Advies("ZorgInNatura")));
        Assert.Equal(VraagStatus.AdviesIngediend, (await IntakeHulp.VraagAsync(factory, vraagId)).Status);
    }
}
