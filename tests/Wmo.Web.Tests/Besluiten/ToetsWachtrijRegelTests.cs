using System.Text.RegularExpressions;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Besluiten;

/// <summary>Issue 12: the toetser tells the rows of the queue apart by voorziening, the day the advies was submitted and its author.</summary>
public sealed class ToetsWachtrijRegelTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Een_rij_van_de_toetserwachtrij_toont_voorziening_ingediend_op_en_sociaal_werker()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Wachtrijrij");
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");

        var html = await marieke.GetHtmlAsync("/Toetsing");

        Assert.Contains(">Ingediend op<", html, StringComparison.Ordinal);
        var rij = Regex.Match(html, $"<tr>\\s*<td><a href=\"/Toetsing/Advies/{advies.AdviesId}\">Pieter Wachtrijrij</a></td>(?<cellen>.*?)</tr>", RegexOptions.Singleline);
        Assert.True(rij.Success);
        var cellen = Regex.Matches(rij.Groups["cellen"].Value, "<td[^>]*>(?<inhoud>.*?)</td>", RegexOptions.Singleline).Select(m => m.Groups["inhoud"].Value.Trim()).ToList();
        Assert.Equal("Specialistische thuisondersteuning", cellen[0]);
        Assert.Equal("Fatima el Amrani", cellen[1]);
        Assert.Equal(Klok.Vandaag(factory.Klok).Lang(), System.Net.WebUtility.HtmlDecode(cellen[2]));
    }
}
