using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Besluiten;

/// <summary>Issue 12: the toetser sees the letter before it is sent (preview, then "verzenden"); a PDF shows progress while it renders.</summary>
public sealed partial class BriefVoorbeeldTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task De_toetser_ziet_de_brief_voor_verzending_en_verzendt_vanuit_het_voorbeeld()
    {
        var beschikkingId = await Dossiers.BeschiktAsync(factory, await Dossiers.IngediendAdviesAsync(factory, "Voorbeeld"));
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");

        var overzicht = await marieke.GetHtmlAsync($"/Toetsing/Beschikking/{beschikkingId}");
        Assert.Contains($"href=\"/Brief/Beschikking/{beschikkingId}/Voorbeeld\"", overzicht, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Brief/Beschikking/{beschikkingId}/Voorbeeld\"", await marieke.GetHtmlAsync($"/Toetsing/Verzenden/{beschikkingId}"), StringComparison.Ordinal);

        var voorbeeld = WebUtility.HtmlDecode(await marieke.GetHtmlAsync($"/Brief/Beschikking/{beschikkingId}/Voorbeeld"));
        Assert.Contains("Voorbeeld: deze brief is nog niet verzonden.", voorbeeld, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Toetsing/Verzenden/{beschikkingId}\"", voorbeeld, StringComparison.Ordinal);
        Assert.DoesNotContain("/Pdf", voorbeeld, StringComparison.Ordinal);
        var bezwaarTot = await factory.InScopeAsync(sp => Task.FromResult(
            Domain.Besluiten.Beschikking.BezwaartermijnEindeBijVerzending(factory.Klok.Vandaag(), sp.GetRequiredService<WmoBeleid>().Termijnen)));
        Assert.Contains(bezwaarTot.Lang(), voorbeeld, StringComparison.Ordinal);
        Assert.Null((await factory.LeesAsync(db => db.Beschikkingen.SingleAsync(b => b.Id == beschikkingId))).Verzenddatum);

        // A sociaal werker does not send letters; once sent, the preview is gone and the letter itself is there.
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        Toegang.AssertGeweigerd(await fatima.Http.GetAsync(new Uri($"/Brief/Beschikking/{beschikkingId}/Voorbeeld", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.Redirect, (await marieke.PostFormAsync($"/Toetsing/Verzenden/{beschikkingId}",
            new Dictionary<string, string> { ["Verzonden"] = factory.Klok.Vandaag().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await marieke.Http.GetAsync(new Uri($"/Brief/Beschikking/{beschikkingId}/Voorbeeld", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Voorbeeld: deze brief", WebUtility.HtmlDecode(await marieke.GetHtmlAsync($"/Brief/Beschikking/{beschikkingId}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_pdf_knop_toont_voortgang_met_een_extern_script()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Voortgang");
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");

        foreach (var pagina in new[] { $"/Brief/Beschikking/{beschikking.Id}", $"/Toetsing/Beschikking/{beschikking.Id}" })
        {
            var html = await marieke.GetHtmlAsync(pagina);
            Assert.Contains($"href=\"/Brief/Beschikking/{beschikking.Id}/Pdf\" data-pdf=\"pdf-voortgang\"", html, StringComparison.Ordinal);
            Assert.Matches("id=\"pdf-voortgang\" role=\"status\" aria-live=\"polite\"", html);
            Assert.Matches("<script src=\"/js/pdf\\.js\\?v=[^\"]+\"></script>", html);
            Assert.DoesNotMatch(InlineScript(), html);
        }

        var script = await marieke.Http.GetAsync(new Uri("/js/pdf.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("Brief wordt gemaakt…", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>")]
    private static partial Regex InlineScript();
}
