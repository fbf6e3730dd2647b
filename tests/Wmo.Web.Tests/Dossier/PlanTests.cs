using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Plannen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Dossier;

public sealed class PlanTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private static readonly string Toekomst = DateTime.UtcNow.AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Plan_opstellen_doel_actie_activeren_en_evalueren()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        var planId = await NieuwPlanAsync(client, huishoudenId);

        var leegDoel = await PostPlanAsync(client, $"/Plan/Doel/{planId}", new Dictionary<string, string> { ["Leefgebied"] = "Wonen" });
        var leegDoelHtml = await leegDoel.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, leegDoel.StatusCode);
        Assert.Contains("id=\"Omschrijving-fout\"", leegDoelHtml);
        Assert.Contains("Beschrijf het doel.", leegDoelHtml);

        var vroegActiveren = await PostPlanAsync(client, $"/Plan/Activeren/{planId}", new Dictionary<string, string>());
        Assert.Contains("Een ondersteuningsplan heeft minstens één doel.", WebUtility.HtmlDecode(await vroegActiveren.Content.ReadAsStringAsync()));

        var doel = await PostPlanAsync(client, $"/Plan/Doel/{planId}", DoelVelden("Zelfstandig de administratie bijhouden"));
        Assert.Contains("Zelfstandig de administratie bijhouden", await DossierTestData.VolgRedirectAsync(client, doel));
        var doelId = (await PlanAsync(planId)).Doelen.Single().Id;

        var actie = await PostPlanAsync(client, $"/Plan/Actie/{planId}", new Dictionary<string, string>
        {
            ["DoelId"] = doelId.ToString(),
            ["Omschrijving"] = "Wekelijks formulierenhulp",
            ["Uitvoerder"] = "SocialeBasis",
            ["UitgevoerdDoor"] = "Humanitas formulierenhulp",
            ["Financier"] = "Niemand",
        });
        var naActie = await DossierTestData.VolgRedirectAsync(client, actie);
        Assert.Contains("Humanitas formulierenhulp", naActie);
        Assert.Contains("Sociale basis", naActie);

        Assert.Equal(HttpStatusCode.Redirect, (await PostPlanAsync(client, $"/Plan/Activeren/{planId}", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(planId, (await DossierTestData.HuishoudenAsync(factory, huishoudenId)).ActiefPlanId);
        var dossier = await client.GetHtmlAsync($"/Huishouden/Details/{huishoudenId}");
        Assert.Contains("Ondersteuningsplan geactiveerd", dossier);
        Assert.Contains("Zelfstandig de administratie bijhouden", dossier);

        var evaluatie = await PostPlanAsync(client, $"/Plan/Evalueren/{planId}", new Dictionary<string, string>
        {
            ["DoelId"] = doelId.ToString(),
            ["Uitkomst"] = "DeelsBehaald",
            ["Toelichting"] = "Post wordt geopend, betalen lukt nog niet.",
            ["Datum"] = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Contains("Post wordt geopend, betalen lukt nog niet.", await DossierTestData.VolgRedirectAsync(client, evaluatie));
        Assert.Equal(EvaluatieUitkomst.DeelsBehaald, (await PlanAsync(planId)).Doelen.Single().Evaluatie);
    }

    [Fact]
    public async Task Tweede_actief_plan_wordt_geweigerd()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        var eerste = await NieuwPlanAsync(client, huishoudenId);
        await PostPlanAsync(client, $"/Plan/Doel/{eerste}", DoelVelden("Eerste doel"));
        await PostPlanAsync(client, $"/Plan/Activeren/{eerste}", new Dictionary<string, string>());
        var tweede = await NieuwPlanAsync(client, huishoudenId);
        await PostPlanAsync(client, $"/Plan/Doel/{tweede}", DoelVelden("Tweede doel"));

        var response = await PostPlanAsync(client, $"/Plan/Activeren/{tweede}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dit huishouden heeft al een actief ondersteuningsplan. Sluit dat eerst af.", await response.Content.ReadAsStringAsync());
        Assert.Equal(PlanStatus.Concept, (await PlanAsync(tweede)).Status);
        Assert.Equal(eerste, (await DossierTestData.HuishoudenAsync(factory, huishoudenId)).ActiefPlanId);

        Assert.Equal(HttpStatusCode.Redirect, (await PostPlanAsync(client, $"/Plan/Afsluiten/{eerste}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostPlanAsync(client, $"/Plan/Activeren/{tweede}", [])).StatusCode);
        Assert.Equal(PlanStatus.Afgesloten, (await PlanAsync(eerste)).Status);
        Assert.Equal(tweede, (await DossierTestData.HuishoudenAsync(factory, huishoudenId)).ActiefPlanId);
    }

    [Fact]
    public async Task Gelijktijdige_wijziging_geeft_conflictmelding_en_overschrijft_niets()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var eerste = new PortalClient(factory);
        await eerste.LoginAsDemoAsync("fatima.elamrani");
        using var tweede = new PortalClient(factory);
        await tweede.LoginAsDemoAsync("fatima.elamrani");
        var planId = await NieuwPlanAsync(eerste, huishoudenId);

        var formEerste = await eerste.GetHtmlAsync($"/Plan/Doel/{planId}");
        var formTweede = await tweede.GetHtmlAsync($"/Plan/Doel/{planId}");
        var responsEerste = await PostMetVersieAsync(eerste, formEerste, $"/Plan/Doel/{planId}", DoelVelden("Doel van collega A"));
        var responsTweede = await PostMetVersieAsync(tweede, formTweede, $"/Plan/Doel/{planId}", DoelVelden("Doel van collega B"));

        Assert.Equal(HttpStatusCode.Redirect, responsEerste.StatusCode);
        Assert.Equal(HttpStatusCode.OK, responsTweede.StatusCode);
        var html = await responsTweede.Content.ReadAsStringAsync();
        Assert.Contains("Een collega heeft dit plan intussen gewijzigd", html);
        Assert.Contains("Doel van collega A", html);
        Assert.Contains("Doel van collega B</textarea>", html);
        Assert.Equal(["Doel van collega A"], (await PlanAsync(planId)).Doelen.Select(d => d.Omschrijving));
    }

    [Theory]
    [InlineData("jeroen.bakker", HttpStatusCode.NotFound)]
    [InlineData("anna.devries", HttpStatusCode.Forbidden)]
    [InlineData("ingrid.postma", HttpStatusCode.Forbidden)]
    public async Task Plan_is_alleen_zichtbaar_voor_wie_het_moet_weten(string gebruiker, HttpStatusCode verwacht)
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        var planId = await NieuwPlanAsync(fatima, huishoudenId);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);

        var response = await client.Http.GetAsync(new Uri($"/Plan/Bewerken/{planId}", UriKind.Relative));

        Assert.Equal(verwacht, response.StatusCode);
    }

    private static Dictionary<string, string> DoelVelden(string omschrijving) => new()
    {
        ["Leefgebied"] = "FinancienSchulden",
        ["Omschrijving"] = omschrijving,
        ["Doelsoort"] = "Ontwikkelen",
        ["Evaluatiedatum"] = Toekomst,
    };

    [Fact]
    public async Task Een_actie_van_de_sociale_basis_verwijst_naar_het_gekozen_aanbod_van_de_sociale_kaart()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        var aanbodId = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var aanbod = new Wmo.Domain.SocialeKaart.SocialeKaartAanbod("Humanitas", "Maatjesproject Oost", Wmo.Domain.SocialeKaart.AanbodSoort.Maatje,
                "Wekelijks een maatje.", null, "Op afspraak", "Thuis", "058-2345678");
            db.SocialeKaart.Add(aanbod);
            await db.SaveChangesAsync();
            return aanbod.Id;
        });
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        var planId = await NieuwPlanAsync(client, huishoudenId);
        await PostPlanAsync(client, $"/Plan/Doel/{planId}", DoelVelden("Minder alleen zijn"));
        var doelId = (await PlanAsync(planId)).Doelen.Single().Id;

        var verkeerd = await PostPlanAsync(client, $"/Plan/Actie/{planId}", new Dictionary<string, string>
        {
            ["DoelId"] = doelId.ToString(), ["Omschrijving"] = "Begeleiding", ["Uitvoerder"] = "Basisondersteuning",
            ["Financier"] = "GemeenteWmo", ["SocialeKaartAanbodId"] = aanbodId.ToString(),
        });
        Assert.Contains("Een aanbod van de sociale kaart hoort bij een actie van de sociale basis.", await verkeerd.Content.ReadAsStringAsync());

        var actie = await PostPlanAsync(client, $"/Plan/Actie/{planId}", new Dictionary<string, string>
        {
            ["DoelId"] = doelId.ToString(), ["Omschrijving"] = "Maatje op zaterdag", ["Uitvoerder"] = "SocialeBasis",
            ["Financier"] = "Niemand", ["SocialeKaartAanbodId"] = aanbodId.ToString(),
        });
        Assert.Contains("Sociale kaart: Maatjesproject Oost (Humanitas, 058-2345678)", await DossierTestData.VolgRedirectAsync(client, actie));
        Assert.Equal(aanbodId, (await PlanAsync(planId)).Acties.Single().SocialeKaartAanbodId);
    }

    /// <summary>Like a user: opens the plan form, then submits it with the form's own version and antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostPlanAsync(PortalClient client, string url, Dictionary<string, string> velden) =>
        await PostMetVersieAsync(client, await client.GetHtmlAsync(url), url, velden);

    private static async Task<HttpResponseMessage> PostMetVersieAsync(PortalClient client, string formulier, string url, Dictionary<string, string> velden)
    {
        var versie = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"Versie\"[^>]*value=\"([^\"]+)\"");
        Assert.True(versie.Success, "Geen versie in het formulier.");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(velden)
        {
            ["Versie"] = versie.Groups[1].Value,
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(formulier),
        });
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private async Task<Guid> NieuwPlanAsync(PortalClient client, Guid huishoudenId)
    {
        var response = await client.PostFormAsync($"/Huishouden/Details/{huishoudenId}", new Dictionary<string, string>(), $"/Plan/Nieuw?huishoudenId={huishoudenId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private Task<Ondersteuningsplan> PlanAsync(Guid id) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Ondersteuningsplannen.AsNoTracking().SingleAsync(p => p.Id == id));
}
