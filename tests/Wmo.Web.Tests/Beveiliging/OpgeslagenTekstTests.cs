using System.Net;
using Microsoft.EntityFrameworkCore;
using Wmo.Web.Tests.Dossier;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>
/// Valid records whose free text contains script and HTML: stored as typed, rendered encoded. And a valid form
/// with over-posted fields: the fields that are not in the form have no effect.
/// </summary>
public sealed class OpgeslagenTekstTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Html = "<img src=x onerror=alert(2)>";

    [Fact]
    public async Task Script_in_een_eerste_contact_en_een_notitie_wordt_gecodeerd_getoond()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        var id = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", $"Kees {Script}");
        await IntakeHulp.Verwacht302(anna.PostFormAsync($"/EersteContact/Details/{id}",
            new Dictionary<string, string> { ["Tekst"] = $"Teruggebeld {Script}{Html}" }, $"/EersteContact/Notitie/{id}"));

        var html = await anna.GetHtmlAsync($"/EersteContact/Details/{id}");

        Assert.Contains("Kees &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Teruggebeld &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        var werkvoorraad = await (await IntakeHulp.InloggenAsync(factory, "fatima.elamrani")).GetHtmlAsync("/Werkvoorraad");
        Assert.DoesNotContain(Script, werkvoorraad, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Script_in_een_klacht_wordt_gecodeerd_getoond()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Klachtig");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var response = await fatima.PostFormAsync($"/Klacht/Nieuw?huishoudenId={huishoudenId}", new Dictionary<string, string>
        {
            ["OntvangenOp"] = IntakeHulp.Vandaag(factory),
            ["Omschrijving"] = $"Hulp kwam niet {Script}{Html}",
        });
        var html = await DossierTestData.VolgRedirectAsync(fatima, response);

        Assert.Contains("Hulp kwam niet &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Script, await fatima.GetHtmlAsync($"/Huishouden/Details/{huishoudenId}"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Velden_die_niet_in_het_formulier_staan_hebben_geen_effect()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        var buurtkamerId = await factory.LeesAsync(db => db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync());
        var vreemdeId = Guid.NewGuid();
        var vreemdeVraag = Guid.NewGuid();
        var response = await anna.PostFormAsync("/EersteContact/Nieuw", new Dictionary<string, string>
        {
            ["MelderSoort"] = "Inwoner",
            ["MelderNaam"] = "Over Poster",
            ["Vraag"] = "Ik heb hulp nodig.",
            ["BuurtkamerId"] = buurtkamerId.ToString(),
            ["Id"] = vreemdeId.ToString(),
            ["AuteurId"] = Guid.NewGuid().ToString(),
            ["OndersteuningsvraagId"] = vreemdeVraag.ToString(),
            ["Meldingsdatum"] = "2001-01-01",
            ["VastgelegdOp"] = "2001-01-01T00:00:00Z",
            ["Status"] = "Beschikt",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var annaId = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "anna.devries").Select(u => u.Id).SingleAsync());
        var contact = await factory.LeesAsync(db => db.EersteContacten.AsNoTracking().SingleAsync(c => c.Melder.Naam == "Over Poster"));
        Assert.NotEqual(vreemdeId, contact.Id);
        Assert.Equal(annaId, contact.AuteurId);
        Assert.Null(contact.OndersteuningsvraagId);
        Assert.Equal(factory.Klok.Vandaag(), contact.Meldingsdatum);
        Assert.Equal(0, await factory.LeesAsync(db => db.EersteContacten.CountAsync(c => c.Id == vreemdeId)));
    }
}
