using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Beleid;

/// <summary>
/// A form with an amount that is saved unchanged keeps its amount: the field shows it in the culture the form binds with
/// (nl-NL, "23,00"). It once showed the invariant "23.0", which came back as 230 because the dot is the Dutch thousands
/// separator.
/// </summary>
public sealed partial class BedragenOngewijzigdOpslaanTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private static readonly CultureInfo NederlandseCultuur = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public async Task De_dwangsombedragen_blijven_gelijk_als_het_formulier_ongewijzigd_wordt_opgeslagen()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var morgen = factory.Klok.Vandaag().AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var nieuw = await ingrid.PostFormAsync("/Beheer/Beleid/Nieuw", new Dictionary<string, string> { ["Ingangsdatum"] = morgen, ["Omschrijving"] = "Ongewijzigd opslaan" });
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
        var id = VersieInUrl().Match(nieuw.Headers.Location!.ToString()).Groups[1].Value;
        var formulier = $"/Beheer/Beleid/{id}/Instellingen";
        var voor = await factory.LeesAsync(db => db.Beleidsversies.AsNoTracking().SingleAsync(v => v.Id == Guid.Parse(id)));

        var html = await ingrid.GetHtmlAsync(formulier);
        Assert.Contains("‘Bijna verlopen’ vanaf", WebUtility.HtmlDecode(html), StringComparison.Ordinal); // once a visible &quot;
        var velden = Velden(html);
        Assert.Equal(voor.Dwangsom.EersteVeertienDagenPerDag, decimal.Parse(velden["DwangsomEersteVeertienDagen"], NumberStyles.Number, NederlandseCultuur));
        Assert.Equal(HttpStatusCode.Redirect, (await ingrid.PostFormAsync(formulier, velden)).StatusCode);

        var na = await factory.LeesAsync(db => db.Beleidsversies.AsNoTracking().SingleAsync(v => v.Id == Guid.Parse(id)));
        Assert.Equal(voor.Dwangsom.EersteVeertienDagenPerDag, na.Dwangsom.EersteVeertienDagenPerDag);
        Assert.Equal(voor.Dwangsom.VolgendeVeertienDagenPerDag, na.Dwangsom.VolgendeVeertienDagenPerDag);
        Assert.Equal(voor.Dwangsom.DaarnaPerDag, na.Dwangsom.DaarnaPerDag);
    }

    [Fact]
    public async Task Het_abonnementstarief_blijft_gelijk_als_het_formulier_ongewijzigd_wordt_opgeslagen()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var jaar = factory.Klok.Vandaag().Year + 5;
        var nieuw = await ingrid.PostFormAsync("/Beheer/Beleid/Tarieven/Nieuw", new Dictionary<string, string> { ["Jaar"] = $"{jaar}", ["Bedrag"] = "19,50", ["Periode"] = "Maand" });
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);

        var formulier = $"/Beheer/Beleid/Tarieven/{jaar}/Wijzigen";
        var velden = Velden(await ingrid.GetHtmlAsync(formulier));
        Assert.Equal(19.50m, decimal.Parse(velden["Bedrag"], NumberStyles.Number, NederlandseCultuur));
        Assert.Equal(HttpStatusCode.Redirect, (await ingrid.PostFormAsync(formulier, velden)).StatusCode);

        Assert.Equal(19.50m, await factory.LeesAsync(db => db.Abonnementstarieven.AsNoTracking().Where(t => t.Jaar == jaar).Select(t => t.Bedrag).SingleAsync()));
    }

    /// <summary>The values a browser would send back for the form as shown: every input and the selected option of every select.</summary>
    private static Dictionary<string, string> Velden(string html)
    {
        var velden = new Dictionary<string, string>();
        foreach (Match invoer in Invoer().Matches(html))
        {
            var naam = Attribuut(invoer.Value, "name");
            var soort = Attribuut(invoer.Value, "type");
            if (naam is null or "__RequestVerificationToken" || ((soort is "checkbox" or "radio") && !invoer.Value.Contains("checked", StringComparison.Ordinal)))
            {
                continue;
            }

            velden.TryAdd(naam, WebUtility.HtmlDecode(Attribuut(invoer.Value, "value") ?? string.Empty));
        }

        foreach (Match keuze in Keuzelijst().Matches(html))
        {
            var gekozen = GekozenOptie().Match(keuze.Groups["opties"].Value);
            velden[keuze.Groups["naam"].Value] = gekozen.Success ? WebUtility.HtmlDecode(gekozen.Groups["w"].Value) : string.Empty;
        }

        foreach (Match tekst in Tekstvak().Matches(html))
        {
            velden[tekst.Groups["naam"].Value] = WebUtility.HtmlDecode(tekst.Groups["inhoud"].Value.TrimStart('\r', '\n'));
        }

        return velden;
    }

    private static string? Attribuut(string element, string naam) =>
        Regex.Match(element, $"\\s{naam}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("versie=([0-9a-f-]{36})")]
    private static partial Regex VersieInUrl();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Invoer();

    [GeneratedRegex("<select\\b[^>]*\\sname=\"(?<naam>[^\"]+)\"[^>]*>(?<opties>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Keuzelijst();

    [GeneratedRegex("<option\\b[^>]*\\sselected(?:=\"selected\")?[^>]*\\svalue=\"(?<w>[^\"]*)\"|<option\\b[^>]*\\svalue=\"(?<w>[^\"]*)\"[^>]*\\sselected", RegexOptions.Singleline)]
    private static partial Regex GekozenOptie();

    [GeneratedRegex("<textarea\\b[^>]*\\sname=\"(?<naam>[^\"]+)\"[^>]*>(?<inhoud>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex Tekstvak();
}
