using System.Globalization;
using System.Net;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Besluiten;

/// <summary>The Awb around the beslistermijn over HTTP: verdaging on the werkvoorraad, the dwangsom in the dossier and the toetser's queue.</summary>
public sealed class BeslistermijnTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private string Dag(int dagenVanafVandaag) => factory.Klok.Vandaag().AddDays(dagenVanafVandaag).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Verdaging_toont_de_nieuwe_datum_en_verdaagd_in_de_werkvoorraad()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Verdaagdstra");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var nieuw = factory.Klok.Vandaag().AddDays(35);

        var teVroeg = await fatima.PostFormAsync($"/Vraag/Verdagen/{advies.VraagId}", new Dictionary<string, string> { ["BerichtOp"] = Dag(0), ["NieuweDatum"] = Dag(1), ["Reden"] = "Advies ergotherapeut" });
        Assert.Contains("De nieuwe datum moet na", WebUtility.HtmlDecode(await IntakeHulp.HtmlAsync(teVroeg)), StringComparison.Ordinal);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Verdagen/{advies.VraagId}", new Dictionary<string, string>
        {
            ["BerichtOp"] = Dag(0), ["NieuweDatum"] = nieuw.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Reden"] = "Advies van de ergotherapeut is nodig",
        }));

        var vraag = await IntakeHulp.VraagAsync(factory, advies.VraagId);
        Assert.Equal(nieuw, vraag.VerdaagdTot);
        var werkvoorraad = WebUtility.HtmlDecode(await fatima.GetHtmlAsync("/Werkvoorraad"));
        var rij = werkvoorraad[werkvoorraad.IndexOf("Verdaagdstra", StringComparison.Ordinal)..];
        rij = rij[..rij.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Verdaagd", rij, StringComparison.Ordinal);
        Assert.Contains(nieuw.Kort(), rij, StringComparison.Ordinal);
        Assert.Contains("Verdaagd (Awb 4:14)", WebUtility.HtmlDecode(await fatima.GetHtmlAsync($"/Vraag/Details/{advies.VraagId}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingebrekestelling_na_de_termijn_laat_twee_weken_later_de_dwangsom_lopen_in_dossier_en_toetswachtrij()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Dwangsomma");
        using (var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani"))
        {
            var binnenTermijn = await fatima.PostFormAsync($"/Vraag/Ingebrekestelling/{advies.VraagId}", new Dictionary<string, string> { ["OntvangenOp"] = Dag(0) });
            Assert.Contains("Een ingebrekestelling kan pas na het einde van de beslistermijn", WebUtility.HtmlDecode(await IntakeHulp.HtmlAsync(binnenTermijn)), StringComparison.Ordinal);
        }

        // Two weeks plus the Atw: the beslistermijn is over after at most 20 days.
        factory.Klok.Advance(TimeSpan.FromDays(20));
        using (var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani"))
        {
            await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Ingebrekestelling/{advies.VraagId}", new Dictionary<string, string> { ["OntvangenOp"] = Dag(0) }));
        }

        // 20 days after receipt: days 15 to 20 in gebreke, € 23 each.
        factory.Klok.Advance(TimeSpan.FromDays(20));
        using var fatimaLater = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var dossier = WebUtility.HtmlDecode(await fatimaLater.GetHtmlAsync($"/Vraag/Details/{advies.VraagId}"));
        Assert.Contains($"Dwangsom tot nu toe: {(7 * 23m).Euro()}", dossier, StringComparison.Ordinal);

        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");
        var wachtrij = WebUtility.HtmlDecode(await marieke.GetHtmlAsync("/Toetsing"));
        var rij = wachtrij[wachtrij.IndexOf("Dwangsomma", StringComparison.Ordinal)..];
        Assert.Contains($"Dwangsom tot nu toe: {(7 * 23m).Euro()}", rij[..rij.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }
}
