using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Domain.Organisaties;
using Wmo.Domain.SocialeKaart;
using Wmo.Domain.Vragen;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Dossier;

/// <summary>
/// Issue 12: an uitkomst combines basisondersteuning with offers of the sociale basis and never drops ticked offers; the
/// form shows only the part of the chosen outcome; the dossier's "Professionele ondersteuning" follows what is recorded and
/// asks for a regievoerder; beheer warns when a role change leaves a kamer without a sociaal werker.
/// </summary>
public sealed class UitkomstEnDossierfeitenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Basisondersteuning_met_aanbod_van_de_sociale_basis_en_het_dossier_volgt_het_en_vraagt_om_een_regievoerder()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);
        // Jelle's combination (seed 002): a vrijwilliger for the administration and a sollicitatieclub next to the begeleiding.
        var aanbod = await AanbodAsync(
            new SocialeKaartAanbod("Humanitas", "Vrijwilliger thuisadministratie", AanbodSoort.Formulierenhulp, "Hulp bij post en administratie", null, "In overleg", "Thuis", "058-2123456"),
            new SocialeKaartAanbod("Buurtkamer Oost", "Sollicitatieclub", AanbodSoort.Sollicitatieclub, "Samen solliciteren", null, "Donderdag 10-12 uur", "Buurtkamer Oost", "058-2123457"));

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string>
        {
            ["Soort"] = "Basisondersteuning",
            ["BasisVoorzieningCode"] = "BO-TO",
            ["SoortOndersteuning"] = "Individuele begeleiding thuis",
            ["Startdatum"] = IntakeHulp.Vandaag(factory),
            ["AanbodIds[0]"] = aanbod[0].Id.ToString(),
            ["AanbodIds[1]"] = aanbod[1].Id.ToString(),
        }));

        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Equal(UitkomstSoort.Basisondersteuning, vraag.Uitkomst!.Soort);
        Assert.Equal(aanbod.Select(a => a.Id).Order(), vraag.Uitkomst.SocialeKaartAanbodIds.Order());
        var details = WebUtility.HtmlDecode(await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"));
        Assert.Contains("<dt>Sociale kaart</dt>", details, StringComparison.Ordinal);
        Assert.All(aanbod, a => Assert.Contains(a.Naam, details, StringComparison.Ordinal));

        // The household page: the recorded basisondersteuning is professional support, and without a regievoerder it asks for one.
        var dossier = WebUtility.HtmlDecode(await fatima.GetHtmlAsync($"/Huishouden/Details/{vraag.HuishoudenId}"));
        Assert.Contains($"Ja: basisondersteuning (Individuele begeleiding thuis) sinds {factory.Klok.Vandaag().Lang()}", dossier, StringComparison.Ordinal);
        Assert.Contains("id=\"regievoerder-nodig\"", dossier, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Huishouden/RegievoerderToewijzen/{vraag.HuishoudenId}\">Wijs een regievoerder toe</a>", dossier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aangevinkt_aanbod_bij_een_andere_uitkomst_gaat_niet_stil_verloren()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);
        var aanbodId = (await AanbodAsync(new SocialeKaartAanbod("Humanitas", "Maatje bij doorverwijzing", AanbodSoort.Maatje, "Wekelijks bezoek", null, "Wekelijks", "Thuis", "058-1234567")))[0].Id;

        var antwoord = await fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string>
        {
            ["Soort"] = "AdviesDoorverwijzing",
            ["DoorverwezenNaar"] = "Huisarts",
            ["AanbodIds[0]"] = aanbodId.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await IntakeHulp.HtmlAsync(antwoord);
        Assert.Contains("id=\"AanbodIds-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("Aanbod van de sociale kaart hoort bij de uitkomst sociale basis of basisondersteuning.", html, StringComparison.Ordinal);
        // The ticked offer stays ticked and its part stays in view, whatever outcome is chosen.
        Assert.Matches(new Regex($"id=\"Aanbod-{aanbodId}\"[^>]*checked"), html);
        Assert.Matches(new Regex("<fieldset id=\"AanbodIds\" class=\"[^\"]*uitkomst-deel--zichtbaar"), html);
        Assert.Null((await IntakeHulp.VraagAsync(factory, vraagId)).Uitkomst);
    }

    [Fact]
    public async Task Het_uitkomstformulier_toont_alleen_het_deel_van_de_gekozen_uitkomst()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);

        var html = await fatima.GetHtmlAsync($"/Vraag/Uitkomst/{vraagId}");
        var css = await fatima.GetHtmlAsync("/css/site.css");

        // Each part is marked with the outcome it belongs to; the stylesheet hides every part but the chosen one (no script).
        Assert.Contains("class=\"uitkomstformulier\"", html, StringComparison.Ordinal);
        foreach (var deel in new[] { "doorverwijzing", "aanbod", "basis", "verwijzing" })
        {
            Assert.Contains($"uitkomst-deel--{deel}", html, StringComparison.Ordinal);
        }

        Assert.Contains(".uitkomstformulier .uitkomst-deel { display: none; }", css, StringComparison.Ordinal);
        Assert.Contains(".uitkomstformulier:has(input[name=\"Soort\"][value=\"Basisondersteuning\"]:checked) .uitkomst-deel--aanbod", css, StringComparison.Ordinal);
        Assert.Contains(".uitkomstformulier:has(input[name=\"Soort\"][value=\"SocialeBasis\"]:checked) .uitkomst-deel--aanbod", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Na_een_toekenning_zonder_regievoerder_vraagt_het_dossier_om_er_een()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Zonderregie");
        await Dossiers.BeschiktAsync(factory, advies);
        var huishoudenId = await factory.LeesAsync(db => db.Ondersteuningsvragen.Where(v => v.Id == advies.VraagId).Select(v => v.HuishoudenId).SingleAsync());
        Assert.Null(await factory.LeesAsync(db => db.Huishoudens.Where(h => h.Id == huishoudenId).Select(h => h.RegievoerderId).SingleAsync()));
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        var dossier = WebUtility.HtmlDecode(await fatima.GetHtmlAsync($"/Huishouden/Details/{huishoudenId}"));

        Assert.Contains("Ja: toekenning ", dossier, StringComparison.Ordinal);
        Assert.Contains("Dit huishouden krijgt professionele ondersteuning maar heeft nog geen regievoerder.", dossier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_rolwijziging_die_een_dorpskamer_zonder_sociaal_werker_laat_waarschuwt_de_beheerder()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            await bouwer.EersteContactAsync(await bouwer.ActorAsync("henk.visser"), "Dorpskamer Stiens", factory.Klok.Vandaag(), "Tineke Rolwissel", "Ik zorg voor mijn vader.");
            return 0;
        });
        var jeroen = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "jeroen.bakker").Select(u => new { u.Id, u.OrganisatieId }).SingleAsync());
        var formulier = await ingrid.GetHtmlAsync($"/Beheer/Gebruikers/{jeroen.Id}/Wijzigen");
        var stempel = Regex.Match(formulier, "name=\"ConcurrencyStamp\" value=\"([^\"]*)\"").Groups[1].Value;
        var kamers = await factory.LeesAsync(db => db.GebruikerBuurtkamers.Where(g => g.GebruikerId == jeroen.Id).Select(g => g.BuurtkamerId).ToListAsync());
        var vrijwilligers = await factory.LeesAsync(db => db.Organisaties.Where(o => o.Soort == OrganisatieSoort.Vrijwilligersorganisatie).Select(o => o.Id).FirstAsync());
        var velden = new Dictionary<string, string>
        {
            ["Naam"] = "Jeroen Bakker",
            ["Rol"] = "Vrijwilliger",
            ["OrganisatieId"] = vrijwilligers.ToString(),
            ["ConcurrencyStamp"] = stempel,
        };
        for (var i = 0; i < kamers.Count; i++)
        {
            velden[$"BuurtkamerIds[{i}]"] = kamers[i].ToString();
        }

        var response = await ingrid.PostFormAsync($"/Beheer/Gebruikers/{jeroen.Id}/Wijzigen", velden);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lijst = WebUtility.HtmlDecode(await ingrid.GetHtmlAsync("/Beheer/Gebruikers"));
        Assert.Contains("Let op: Dorpskamer Grou en Dorpskamer Stiens hebben nu geen actieve sociaal werker.", lijst, StringComparison.Ordinal);
        Assert.Contains("blijft bij de buurtkamer staan, maar geen sociaal werker ziet", lijst, StringComparison.Ordinal);
    }

    private Task<List<SocialeKaartAanbod>> AanbodAsync(params SocialeKaartAanbod[] aanbod) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Wmo.Infrastructure.Persistence.WmoDbContext>();
            db.SocialeKaart.AddRange(aanbod);
            await db.SaveChangesAsync();
            return aanbod.ToList();
        });
}
