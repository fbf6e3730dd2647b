using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Wmo.Infrastructure.Iwmo;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Reizen;

/// <summary>Issue 14 in the browser: a sociaal werker uploads an aanbieder's message, reads the report, and finds it on the dossier.</summary>
[Collection(PortaalCollectie.Naam)]
public sealed class IwmoReisTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Een_verzoek_om_toewijzing_inlezen_geeft_een_rapport_en_staat_daarna_in_de_berichtgeschiedenis_van_het_dossier()
    {
        var reis = new Reis("iwmo", 90);
        var map = Directory.CreateTempSubdirectory("wmo-iwmo-reis").FullName;
        try
        {
            // Jelle (demo, regievoerder Fatima): Zorggroep Noord asks for a toewijzing; plus a file that is not a message at all.
            var identificatie = "R" + Guid.NewGuid().ToString("N")[..11];
            var verzoek = AanbiederBerichtBouwer.VerzoekOmToewijzing("75759876", "0080", identificatie, Reis.Vandaag,
                new AanbiederClient("123456782", Reis.Vandaag.AddYears(-44), "Visser"), "REF-REIS", "02", Reis.Vandaag.AddDays(14), 3, "04", "2", "Graag begeleiding thuis.");
            var goed = Path.Combine(map, $"WMO315_{identificatie}.xml");
            var kapot = Path.Combine(map, "kapot.xml");
            await File.WriteAllTextAsync(goed, IwmoXml.AlsTekst(verzoek));
            await File.WriteAllTextAsync(kapot, "<Bericht>niet af");

            var fatima = await fixture.NieuwePaginaAsync();
            await reis.InloggenAsync(fatima, "fatima.elamrani");
            await fatima.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Berichten inlezen" }).ClickAsync();
            await fatima.WaitForURLAsync(new Regex("/Iwmo/Inlezen"), Reis.NaLink);
            await reis.ControleerAsync(fatima, "inlezen");

            await fatima.GetByLabel("XML-bestanden").SetInputFilesAsync([goed, kapot]);
            await fatima.GetByRole(AriaRole.Button, new() { Name = "Inlezen" }).ClickAsync();
            var main = fatima.Locator("main");
            await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Rapport van het inlezen" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(main).ToContainTextAsync("2 bestanden gelezen: 1 verwerkt, 1 geweigerd.");
            await Assertions.Expect(main).ToContainTextAsync("Geweigerd: ongeldig bestand");
            await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^WMO316_") })).ToHaveCountAsync(1);
            await reis.ControleerAsync(fatima, "rapport");

            await fatima.GotoAsync("/Zoeken");
            await fatima.GetByLabel("BSN", new() { Exact = true }).FillAsync("123456782");
            await fatima.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
            await fatima.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Visser") }).First.ClickAsync();
            await fatima.WaitForURLAsync(new Regex("/Huishouden/Details/"), Reis.NaLink);
            await fatima.GetByRole(AriaRole.Link, new() { Name = "Berichten met aanbieders" }).ClickAsync();
            await fatima.WaitForURLAsync(new Regex("/Huishouden/Berichten/"), Reis.NaLink);
            var regel = fatima.Locator("tbody tr", new() { HasText = identificatie });
            await Assertions.Expect(regel).ToContainTextAsync("van de aanbieder");
            await Assertions.Expect(regel).ToContainTextAsync("verwerkt (0200)");
            await Assertions.Expect(regel).ToContainTextAsync("Zorggroep Noord");
            await reis.ControleerAsync(fatima, "berichtgeschiedenis");
        }
        finally
        {
            Directory.Delete(map, recursive: true);
        }
    }
}
