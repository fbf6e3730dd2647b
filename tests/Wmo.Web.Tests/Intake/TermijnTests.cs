using System.Net;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Intake;

/// <summary>Own factory: these tests move the clock forward, which cannot be undone.</summary>
public sealed class TermijnTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Onderzoekstermijn_is_verlopen_voor_een_vraag_ouder_dan_zes_weken()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Termijn Melder");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw(), "Termijnsma");
        Assert.Contains("Op schema", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);

        factory.Klok.Advance(TimeSpan.FromDays(50));
        using var later = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var details = await later.GetHtmlAsync($"/Vraag/Details/{vraagId}");
        Assert.Contains("label-status--verlopen", details, StringComparison.Ordinal);
        Assert.Contains("dagen te laat", details, StringComparison.Ordinal);
        var werkvoorraad = WebUtility.HtmlDecode(await later.GetHtmlAsync("/Werkvoorraad"));
        var rij = werkvoorraad[werkvoorraad.IndexOf("Termijnsma", StringComparison.Ordinal)..];
        Assert.StartsWith("Termijnsma", rij, StringComparison.Ordinal);
        Assert.Contains("Verlopen:", rij[..rij.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }
}
