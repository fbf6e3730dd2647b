using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Besluiten;

/// <summary>
/// The dwangsom amounts are policy data (issue 11, Awb 4:17): a beheerder sets them on a coming beleidsversie, the change is
/// audited, and from its ingangsdatum the dossier and the toetser's queue compute the amount due with them.
/// </summary>
public sealed partial class DwangsomBeleidTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private string Dag(int dagenVanafVandaag) => factory.Klok.Vandaag().AddDays(dagenVanafVandaag).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task De_dwangsom_volgt_de_bedragen_van_de_beleidsversie_die_vandaag_geldt()
    {
        using (var ingrid = new PortalClient(factory))
        {
            await ingrid.LoginAsDemoAsync("ingrid.postma");
            var nieuw = await ingrid.PostFormAsync("/Beheer/Beleid/Nieuw", new Dictionary<string, string> { ["Ingangsdatum"] = Dag(1), ["Omschrijving"] = "Dwangsom verhoogd" });
            Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
            var id = VersieInUrl().Match(nieuw.Headers.Location!.ToString()).Groups[1].Value;
            var formulier = $"/Beheer/Beleid/{id}/Instellingen";
            var html = await ingrid.GetHtmlAsync(formulier);
            var velden = new Dictionary<string, string>
            {
                ["Versie"] = VersieVeld().Match(html).Groups[1].Value, ["Omschrijving"] = "Dwangsom verhoogd", ["OnderzoekDagen"] = "42", ["PersoonlijkPlanDagen"] = "7",
                ["BeschikkingDagen"] = "14", ["BezwaarDagen"] = "42", ["BeslissingOpBezwaarDagen"] = "42", ["BinnenkortWerkdagen"] = "5",
                ["StandaardMaanden"] = "24", ["VerlengdMaanden"] = "60", ["LeeftijdVoorVerlenging"] = "80", ["TransitieGesprekkenUiterlijkVoor"] = "2027-01-01",
                ["DwangsomEersteVeertienDagen"] = "30", ["DwangsomVolgendeVeertienDagen"] = "20", ["DwangsomDaarna"] = "50", ["DwangsomMaximumDagen"] = "42",
                ["DwangsomBron"] = "Testbesluit verhoging dwangsom",
            };

            // Awb 4:17 lid 2: the amounts rise; a falling step is refused at the field and nothing is stored.
            var dalend = await ingrid.PostFormAsync(formulier, velden);
            Assert.Equal(HttpStatusCode.OK, dalend.StatusCode);
            Assert.Matches("id=\"DwangsomVolgendeVeertienDagen-fout\"[^>]*>.*minstens", WebUtility.HtmlDecode(await dalend.Content.ReadAsStringAsync()));

            velden["DwangsomVolgendeVeertienDagen"] = "40";
            Assert.Equal(HttpStatusCode.Redirect, (await ingrid.PostFormAsync(formulier, velden)).StatusCode);
            var overzicht = WebUtility.HtmlDecode(await ingrid.GetHtmlAsync($"/Beheer/Beleid?versie={id}"));
            Assert.Contains("Testbesluit verhoging dwangsom", overzicht, StringComparison.Ordinal);
            Assert.Contains($"samen {((14 * 30m) + (14 * 40m) + (14 * 50m)).Euro()}", overzicht, StringComparison.Ordinal);

            var wijziging = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking()
                .SingleAsync(a => a.Onderwerp == "Beleidsversie" && a.OnderwerpId == id && a.Actie == AuditActie.Wijzigen));
            Assert.Contains("Testbesluit verhoging dwangsom", wijziging.Details, StringComparison.Ordinal);
        }

        var advies = await Dossiers.IngediendAdviesAsync(factory, "Dwangsomhoger");
        factory.Klok.Advance(TimeSpan.FromDays(20));
        using (var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani"))
        {
            await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Ingebrekestelling/{advies.VraagId}", new Dictionary<string, string> { ["OntvangenOp"] = Dag(0) }));
        }

        // 20 days after receipt: days 15 to 20 in gebreke, 7 days at the new first amount (not the statutory € 23).
        factory.Klok.Advance(TimeSpan.FromDays(20));
        using var fatimaLater = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var dossier = WebUtility.HtmlDecode(await fatimaLater.GetHtmlAsync($"/Vraag/Details/{advies.VraagId}"));
        Assert.Contains($"Dwangsom tot nu toe: {(7 * 30m).Euro()}", dossier, StringComparison.Ordinal);

        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");
        var wachtrij = WebUtility.HtmlDecode(await marieke.GetHtmlAsync("/Toetsing"));
        var rij = wachtrij[wachtrij.IndexOf("Dwangsomhoger", StringComparison.Ordinal)..];
        Assert.Contains($"Dwangsom tot nu toe: {(7 * 30m).Euro()}", rij[..rij.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [GeneratedRegex("versie=([0-9a-f-]{36})")]
    private static partial Regex VersieInUrl();

    [GeneratedRegex("id=\"Versie\" name=\"Versie\" value=\"([^\"]*)\"")]
    private static partial Regex VersieVeld();
}
