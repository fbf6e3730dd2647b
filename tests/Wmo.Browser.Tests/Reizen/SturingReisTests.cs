using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Reizen;

/// <summary>
/// Issue 13 in the browser: the beheerder follows the lumpsum of the demo year (herverdeling and besluit, a CSV with a bad
/// line, realisatie, a contract), delivers the abonnementstarief to the CAK and reads the monitoring per wijk; the toetser
/// reads the same figures. Every page is checked with axe and for identifiers of the code.
/// </summary>
[Collection(PortaalCollectie.Naam)]
public sealed class SturingReisTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Beheerder_volgt_de_lumpsum_levert_aan_bij_het_cak_en_leest_de_monitoring()
    {
        var reis = new Reis("sturing", 1);
        var pagina = await fixture.NieuwePaginaAsync();
        await reis.InloggenAsync(pagina, "ingrid.postma");
        var main = pagina.Locator("main");

        await pagina.GotoAsync("/Lumpsum");
        await reis.ControleerAsync(pagina, "lumpsum");
        await pagina.GotoAsync("/Lumpsum/2026");
        await reis.ControleerAsync(pagina, "begrotingsjaar");

        // Herverdeling: requested by the two actual contract parties, then decided by the gemeente.
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Verzoek tot herverdeling vastleggen" }).ClickAsync();
        await pagina.WaitForURLAsync(new Regex("/Lumpsum/2026/Herverdeling$"));
        await reis.ControleerAsync(pagina, "herverdeling");
        await pagina.GetByLabel("Van perceel").SelectOptionAsync("Basisondersteuning");
        await pagina.GetByLabel("Naar perceel").SelectOptionAsync("HulpBijHetHuishouden");
        await pagina.GetByLabel("Bedrag (€)").FillAsync("10.000");
        await pagina.GetByLabel("Verzoeker namens de basisondersteuning").SelectOptionAsync(new SelectOptionValue { Label = "Basisteam Leeuwarden" });
        await pagina.GetByLabel("Verzoeker namens de aanvullende ondersteuning").SelectOptionAsync(new SelectOptionValue { Label = "Thuishulp Friesland" });
        await pagina.GetByLabel("Toelichting van de partijen").FillAsync("Meer vraag naar huishoudelijke hulp in het najaar.");
        await Reis.VerstuurAsync(pagina, "Verzoek vastleggen", "/Lumpsum/2026$");
        await pagina.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Besluiten") }).First.ClickAsync();
        await pagina.WaitForURLAsync(new Regex("/Besluit$"));
        await reis.ControleerAsync(pagina, "besluit");
        await pagina.GetByLabel("Toekennen").CheckAsync();
        await pagina.GetByLabel("Motivering").FillAsync("De cliëntaantallen onderbouwen de verschuiving.");
        await Reis.VerstuurAsync(pagina, "Besluit vastleggen", "/Lumpsum/2026$");
        await Assertions.Expect(main).ToContainTextAsync("Toegekend op");

        // Realisatie: a CSV with one bad line changes nothing and reports the line.
        var map = Directory.CreateTempSubdirectory("wmo-sturing-reis").FullName;
        try
        {
            var csv = Path.Combine(map, "realisatie.csv");
            await File.WriteAllTextAsync(csv, "maand;aanbieder;perceel;bedrag\n2026-04;Basisteam Leeuwarden;BO;590000,00\n2026-13;Basisteam Leeuwarden;BO;-5\n");
            await pagina.GotoAsync("/Lumpsum/2026/Upload");
            await reis.ControleerAsync(pagina, "upload");
            await pagina.GetByLabel("CSV-bestand").SetInputFilesAsync(csv);
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Inlezen" }).ClickAsync();
            await Assertions.Expect(main.Locator("caption", new() { HasText = "Geweigerde regels" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await reis.ControleerAsync(pagina, "upload-geweigerd");
        }
        finally
        {
            Directory.Delete(map, recursive: true);
        }

        await pagina.GotoAsync("/Lumpsum/2026/Realisatie");
        await reis.ControleerAsync(pagina, "realisatie");
        await pagina.GotoAsync("/Lumpsum/2026");
        await pagina.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Verwijderen") }).First.ClickAsync();
        await pagina.WaitForURLAsync(new Regex("/Verwijderen$"));
        await reis.ControleerAsync(pagina, "contract-verwijderen");

        // Abonnementstarief: the overview of this month and a delivery to the CAK.
        await pagina.GotoAsync("/Abonnementstarief");
        await reis.ControleerAsync(pagina, "abonnementstarief");
        await pagina.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("aanleveren bij het CAK", RegexOptions.IgnoreCase) }).ClickAsync();
        await pagina.WaitForURLAsync(new Regex("/Abonnementstarief"));
        await Assertions.Expect(main).ToContainTextAsync(new Regex("is gemaakt|niets gewijzigd"));
        await reis.ControleerAsync(pagina, "cak-aanlevering");

        // Monitoring for the whole gemeente and for one wijk.
        await pagina.GotoAsync("/Monitoring");
        await reis.ControleerAsync(pagina, "monitoring");
        var wijk = pagina.GetByLabel("Wijk of dorp");
        var opties = await wijk.Locator("option").AllAsync();
        await wijk.SelectOptionAsync(new SelectOptionValue { Index = opties.Count - 1 });
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await pagina.WaitForURLAsync(new Regex("wijk="));
        await reis.ControleerAsync(pagina, "monitoring-wijk");
    }
}
