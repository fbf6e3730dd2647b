using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Domain.Catalogus;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Besluiten;

/// <summary>
/// Issue 12: the advies names the aanbieder that delivers the voorziening, only one contracted in the voorziening's perceel
/// (002 §5.1); the toetser sees it and the beschikking and its letter show it.
/// </summary>
public sealed class AdviesAanbiederTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Een_aanbieder_buiten_het_perceel_geeft_een_veldfout_en_de_juiste_staat_op_de_beschikking()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);
        await factory.InScopeAsync(async sp => await sp.GetRequiredService<DossierBouwer>().ContracteerAsync("Zorggroep Noord", Perceel.ThuisondersteuningEnDagbesteding));
        var zorggroep = await AanbiederAsync("Zorggroep Noord");
        var thuishulp = await AanbiederAsync("Thuishulp Friesland");

        var formulier = await fatima.GetHtmlAsync($"/Vraag/Advies/{vraagId}");
        Assert.Contains("Zorggroep Noord (Thuisondersteuning en dagbesteding", WebUtility.HtmlDecode(formulier), StringComparison.Ordinal);

        // AO-TO is in the perceel thuisondersteuning en dagbesteding; Thuishulp Friesland only holds hulp bij het huishouden.
        var fout = await fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", new Dictionary<string, string>(IntakeHulp.Advies("ZorgInNatura")) { ["AanbiederId"] = thuishulp.ToString() });
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        var html = await IntakeHulp.HtmlAsync(fout);
        Assert.Contains("id=\"AanbiederId-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("Thuishulp Friesland is niet gecontracteerd voor 'Specialistische thuisondersteuning'.", html, StringComparison.Ordinal);
        Assert.Null((await IntakeHulp.VraagAsync(factory, vraagId)).AdviesId);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", new Dictionary<string, string>(IntakeHulp.Advies("ZorgInNatura")) { ["AanbiederId"] = zorggroep.ToString() }));
        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        var adviesId = vraag.AdviesId!.Value;
        Assert.Equal(zorggroep, await factory.LeesAsync(db => db.Adviezen.Where(a => a.Id == adviesId).Select(a => a.AanbiederId).SingleAsync()));

        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");
        Assert.Contains("<dt>Aanbieder</dt><dd>Zorggroep Noord</dd>", await marieke.GetHtmlAsync($"/Toetsing/Advies/{adviesId}"), StringComparison.Ordinal);
        var beschikkingId = await Dossiers.BeschiktAsync(factory, new IngediendAdvies(adviesId, vraagId, vraag.InwonerId, string.Empty));

        Assert.Contains("<dt>Aanbieder</dt><dd>Zorggroep Noord</dd>", await marieke.GetHtmlAsync($"/Toetsing/Beschikking/{beschikkingId}"), StringComparison.Ordinal);
        Assert.Contains("<dt>Aanbieder</dt><dd>Zorggroep Noord</dd>", await marieke.GetHtmlAsync($"/Brief/Beschikking/{beschikkingId}/Voorbeeld"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_aanbieder_noemt_de_beschikking_er_geen()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Zonderaanbieder");
        var beschikkingId = await Dossiers.BeschiktAsync(factory, advies);
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");

        Assert.DoesNotContain("<dt>Aanbieder</dt>", await marieke.GetHtmlAsync($"/Brief/Beschikking/{beschikkingId}/Voorbeeld"), StringComparison.Ordinal);
    }

    private Task<Guid> AanbiederAsync(string naam) => factory.LeesAsync(db => db.Organisaties.Where(o => o.Naam == naam).Select(o => o.Id).SingleAsync());
}
