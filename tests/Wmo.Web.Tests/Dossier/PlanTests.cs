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

    [Fact]
    public async Task Doelen_en_acties_van_een_conceptplan_corrigeren_en_verwijderen_en_het_concept_weggooien()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        var planId = await NieuwPlanAsync(client, huishoudenId);
        await PostPlanAsync(client, $"/Plan/Doel/{planId}", DoelVelden("Administratie bijhoudne"));
        await PostPlanAsync(client, $"/Plan/Doel/{planId}", DoelVelden("Tweede doel per ongeluk"));
        var (eerste, tweede) = ((await PlanAsync(planId)).Doelen[0].Id, (await PlanAsync(planId)).Doelen[1].Id);
        foreach (var (doel, omschrijving) in new[] { (eerste, "Formulierenhulp"), (tweede, "Actie bij het verkeerde doel") })
        {
            await PostPlanAsync(client, $"/Plan/Actie/{planId}", new Dictionary<string, string>
            {
                ["DoelId"] = doel.ToString(), ["Omschrijving"] = omschrijving, ["Uitvoerder"] = "SocialeBasis", ["Financier"] = "Niemand",
            });
        }

        // The plan page offers to correct each goal and action of the concept.
        var bewerken = await client.GetHtmlAsync($"/Plan/Bewerken/{planId}");
        Assert.Contains($"href=\"/Plan/Doel/{planId}?doelId={eerste}\"", bewerken, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Plan/Weggooien/{planId}\"", bewerken, StringComparison.Ordinal);
        var formulier = await client.GetHtmlAsync($"/Plan/Doel/{planId}?doelId={eerste}");
        Assert.Contains("<h1>Doel wijzigen</h1>", formulier, StringComparison.Ordinal);
        Assert.Contains("Administratie bijhoudne</textarea>", formulier, StringComparison.Ordinal);

        var gewijzigd = await PostMetVersieAsync(client, formulier, $"/Plan/Doel/{planId}", new Dictionary<string, string>(DoelVelden("Administratie bijhouden"))
        {
            ["CorrigeerDoelId"] = eerste.ToString(),
        });
        Assert.Contains("Het doel is gewijzigd.", await DossierTestData.VolgRedirectAsync(client, gewijzigd));
        var actieId = (await PlanAsync(planId)).Acties.Single(a => a.Omschrijving == "Formulierenhulp").Id;
        var actie = await PostMetVersieAsync(client, await client.GetHtmlAsync($"/Plan/Actie/{planId}?actieId={actieId}"), $"/Plan/Actie/{planId}", new Dictionary<string, string>
        {
            ["CorrigeerActieId"] = actieId.ToString(), ["DoelId"] = eerste.ToString(), ["Omschrijving"] = "Wekelijks formulierenhulp",
            ["Uitvoerder"] = "SocialeBasis", ["UitgevoerdDoor"] = "Humanitas", ["Financier"] = "Niemand",
        });
        Assert.Equal(HttpStatusCode.Redirect, actie.StatusCode);

        var bevestig = await client.GetHtmlAsync($"/Plan/Verwijderen/{planId}?doelId={tweede}");
        Assert.Contains("De actie die erbij staat, wordt ook verwijderd.", bevestig, StringComparison.Ordinal);
        var verwijderd = await PostMetVersieAsync(client, bevestig, $"/Plan/Verwijderen/{planId}", new Dictionary<string, string> { ["DoelId"] = tweede.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, verwijderd.StatusCode);

        var plan = await PlanAsync(planId);
        var overgebleven = Assert.Single(plan.Doelen);
        Assert.Equal("Administratie bijhouden", overgebleven.Omschrijving);
        var overgeblevenActie = Assert.Single(plan.Acties);
        Assert.Equal(("Wekelijks formulierenhulp", "Humanitas"), (overgeblevenActie.Omschrijving, overgeblevenActie.UitgevoerdDoor));

        var actieWeg = await PostMetVersieAsync(client, await client.GetHtmlAsync($"/Plan/Verwijderen/{planId}?actieId={actieId}"), $"/Plan/Verwijderen/{planId}",
            new Dictionary<string, string> { ["ActieId"] = actieId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, actieWeg.StatusCode);
        Assert.Empty((await PlanAsync(planId)).Acties);

        // Throwing the concept away asks first; afterwards the household no longer has it, and the removal is audited.
        var weggooien = await client.GetHtmlAsync($"/Plan/Weggooien/{planId}");
        Assert.Contains("Dit kan niet ongedaan worden gemaakt.", weggooien, StringComparison.Ordinal);
        var weg = await PostMetVersieAsync(client, weggooien, $"/Plan/Weggooien/{planId}", []);
        Assert.Equal($"/Huishouden/Details/{huishoudenId}", weg.Headers.Location!.OriginalString);
        Assert.False(await factory.LeesAsync(db => db.Ondersteuningsplannen.AnyAsync(p => p.Id == planId)));
        Assert.True(await factory.LeesAsync(db => db.AuditTrail.AnyAsync(a => a.Actie == Wmo.Infrastructure.Audit.AuditActie.Verwijderen && a.OnderwerpId == planId.ToString())));
    }

    [Fact]
    public async Task Een_actief_plan_wordt_niet_gecorrigeerd_of_weggegooid_maar_geevalueerd()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        var planId = await NieuwPlanAsync(client, huishoudenId);
        await PostPlanAsync(client, $"/Plan/Doel/{planId}", DoelVelden("Afgesproken doel"));
        await PostPlanAsync(client, $"/Plan/Activeren/{planId}", new Dictionary<string, string>());
        var doelId = (await PlanAsync(planId)).Doelen.Single().Id;

        var wijzigen = await PostPlanAsync(client, $"/Plan/Doel/{planId}", new Dictionary<string, string>(DoelVelden("Stiekem anders")) { ["CorrigeerDoelId"] = doelId.ToString() });
        var weggooien = await PostPlanAsync(client, $"/Plan/Weggooien/{planId}", new Dictionary<string, string>());

        Assert.Contains("Doelen en acties van een actief plan wijzigt u via een evaluatie", await wijzigen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Alleen een conceptplan kan worden weggegooid", await weggooien.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Doel wijzigen", await client.GetHtmlAsync($"/Plan/Bewerken/{planId}"), StringComparison.Ordinal);
        var plan = await PlanAsync(planId);
        Assert.Equal(("Afgesproken doel", PlanStatus.Actief), (plan.Doelen.Single().Omschrijving, plan.Status));
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
