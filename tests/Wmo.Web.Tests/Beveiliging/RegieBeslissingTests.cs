using System.Net;
using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>
/// Issue 9: becoming regievoerder of a household outside your caseload needs the regievoerder's hand-over or a beheerder's
/// decision, audited. The beheerder decides on the household's reference alone, without seeing dossier content.
/// </summary>
public sealed class RegieBeslissingTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    /// <summary>Jeroen (Dorpskamer Stiens) picked up a vraag and is regievoerder of its household; outside Fatima's caseload.</summary>
    private async Task<(Guid HuishoudenId, string Bsn, Guid JeroenId, Guid FatimaId)> HuishoudenVanJeroenAsync(string achternaam)
    {
        var (bsn, huishoudenId, _) = await IntakeHulp.DossierBijJeroenAsync(factory, achternaam);
        using var jeroen = await IntakeHulp.InloggenAsync(factory, "jeroen.bakker");
        var jeroenId = await GebruikerIdAsync("jeroen.bakker");
        await IntakeHulp.Verwacht302(jeroen.PostFormAsync($"/Huishouden/RegievoerderToewijzen/{huishoudenId}",
            new Dictionary<string, string> { ["RegievoerderId"] = jeroenId.ToString() }));
        return (huishoudenId, bsn, jeroenId, await GebruikerIdAsync("fatima.elamrani"));
    }

    private Task<Guid> GebruikerIdAsync(string naam) => factory.LeesAsync(db => db.Users.Where(u => u.UserName == naam).Select(u => u.Id).SingleAsync());

    private Task<Guid?> RegievoerderAsync(Guid huishoudenId) =>
        factory.LeesAsync(db => db.Huishoudens.Where(h => h.Id == huishoudenId).Select(h => h.RegievoerderId).SingleAsync());

    [Fact]
    public async Task Beheerder_maakt_een_sociaal_werker_buiten_de_caseload_regievoerder_met_reden_en_dat_staat_in_de_audittrail()
    {
        var (huishoudenId, bsn, jeroenId, fatimaId) = await HuishoudenVanJeroenAsync("Regiebesluit");
        using var ingrid = await IntakeHulp.InloggenAsync(factory, "ingrid.postma");

        // The beheerder sees the reference and who holds regie, nothing of the dossier.
        var scherm = await ingrid.GetHtmlAsync($"/Beheer/Regie?referentie={huishoudenId}");
        Assert.Contains("Jeroen Bakker", scherm, StringComparison.Ordinal);
        Assert.DoesNotContain("Regiebesluit", scherm, StringComparison.Ordinal);
        Assert.DoesNotContain(bsn, scherm, StringComparison.Ordinal);
        var voor = await factory.LeesAsync(db => db.AuditTrail.MaxAsync(a => a.Volgnummer));

        var response = await ingrid.PostFormAsync($"/Beheer/Regie?referentie={huishoudenId}", new Dictionary<string, string>
        {
            ["Referentie"] = huishoudenId.ToString(),
            ["RegievoerderId"] = fatimaId.ToString(),
            ["Reden"] = "Regievoerder langdurig afwezig, overdracht niet mogelijk",
        }, "/Beheer/Regie");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(fatimaId, await RegievoerderAsync(huishoudenId));
        var regel = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking()
            .SingleAsync(r => r.Volgnummer > voor && r.Onderwerp == "Huishouden.Regiebeslissing"));
        Assert.Equal(AuditActie.Wijzigen, regel.Actie);
        Assert.Equal("Ingrid Postma", regel.GebruikerNaam);
        Assert.Equal(huishoudenId, regel.HuishoudenId);
        Assert.Contains(jeroenId.ToString(), regel.Details, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(fatimaId.ToString(), regel.Details, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Regievoerder langdurig afwezig", regel.Details, StringComparison.Ordinal);

        // Now hers: as regievoerder the household is in her caseload.
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        Assert.Equal(HttpStatusCode.OK, (await fatima.Http.GetAsync($"/Huishouden/Details/{huishoudenId}")).StatusCode);
    }

    [Fact]
    public async Task Beslissing_over_de_regie_vereist_een_reden()
    {
        var (huishoudenId, _, jeroenId, fatimaId) = await HuishoudenVanJeroenAsync("Zonderreden");
        using var ingrid = await IntakeHulp.InloggenAsync(factory, "ingrid.postma");

        foreach (var reden in new[] { "", "ok" })
        {
            var response = await ingrid.PostFormAsync($"/Beheer/Regie?referentie={huishoudenId}", new Dictionary<string, string>
            {
                ["Referentie"] = huishoudenId.ToString(),
                ["RegievoerderId"] = fatimaId.ToString(),
                ["Reden"] = reden,
            }, "/Beheer/Regie");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await IntakeHulp.HtmlAsync(response);
            Assert.Contains("Reden-fout", html, StringComparison.Ordinal);
            Assert.Equal(jeroenId, await RegievoerderAsync(huishoudenId));
        }

        var onbekend = await ingrid.PostFormAsync("/Beheer/Regie", new Dictionary<string, string>
        {
            ["Referentie"] = Guid.NewGuid().ToString(),
            ["RegievoerderId"] = fatimaId.ToString(),
            ["Reden"] = "Regievoerder langdurig afwezig",
        });
        Assert.Equal(HttpStatusCode.OK, onbekend.StatusCode);
        Assert.Contains("Er is geen huishouden met deze referentie.", await IntakeHulp.HtmlAsync(onbekend), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sociaal_werker_wordt_geen_regievoerder_via_inzage_buiten_caseload_en_niet_via_het_scherm_van_de_beheerder()
    {
        var (huishoudenId, _, jeroenId, fatimaId) = await HuishoudenVanJeroenAsync("Zelfregie");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        // The page outside the caseload names the lawful routes and the reference to give the beheerder.
        var buiten = await fatima.Http.GetAsync($"/Huishouden/Details/{huishoudenId}");
        Assert.Equal(HttpStatusCode.Forbidden, buiten.StatusCode);
        Assert.Contains(huishoudenId.ToString(), await buiten.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync("/Zoeken",
            new Dictionary<string, string> { ["Reden"] = "Waarneming tijdens verlof van de collega." }, $"/Huishouden/InzageBuitenCaseload/{huishoudenId}"));
        Assert.Equal(HttpStatusCode.OK, (await fatima.Http.GetAsync($"/Huishouden/Details/{huishoudenId}")).StatusCode);

        var overdracht = await fatima.PostFormAsync($"/Huishouden/Details/{huishoudenId}", new Dictionary<string, string>
        {
            ["RegievoerderId"] = fatimaId.ToString(), ["Reden"] = "Ik neem het over van Jeroen",
        }, $"/Huishouden/RegieOverdragen/{huishoudenId}");
        Assert.Equal(HttpStatusCode.NotFound, overdracht.StatusCode);

        Toegang.AssertGeweigerd(await fatima.Http.GetAsync($"/Beheer/Regie?referentie={huishoudenId}"));
        var beslissing = await fatima.PostFormAsync($"/Huishouden/Details/{huishoudenId}", new Dictionary<string, string>
        {
            ["Referentie"] = huishoudenId.ToString(), ["RegievoerderId"] = fatimaId.ToString(), ["Reden"] = "Ik neem het over van Jeroen",
        }, "/Beheer/Regie");
        Toegang.AssertGeweigerd(beslissing);

        Assert.Equal(jeroenId, await RegievoerderAsync(huishoudenId));
    }
}
