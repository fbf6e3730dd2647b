using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Reizen;

[Collection(PortaalCollectie.Naam)]
public sealed class AanvraagReisTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Van_eerste_contact_via_zwaarwegend_advies_en_toetsing_naar_een_beschikking_als_pdf()
    {
        var reis = new Reis("aanvraag", 10);
        var melder = "Johanna Aanvraag-" + Guid.NewGuid().ToString("N")[..6];
        var ingangsdatum = Reis.Vandaag.AddDays(14);
        var einddatum = ingangsdatum.AddMonths(6).AddDays(-1);

        var anna = await fixture.NieuwePaginaAsync();
        await reis.LegEersteContactVastAsync(anna, melder, "Ik red het niet meer met het huishouden en voel me alleen.");
        await anna.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mijn contacten" }).ClickAsync();
        await anna.WaitForURLAsync(new Regex("/EersteContact$"));
        await Assertions.Expect(anna.Locator("main")).ToContainTextAsync(melder);
        await reis.ControleerAsync(anna, "vrijwilliger-mijn-contacten");

        var fatima = await reis.VraagverhelderingAsync(await fixture.NieuwePaginaAsync(), melder, "Aanvraag", stappenZonderOplossing: 7);
        await reis.AfwegingskaderAsync(fatima, "Aanvullend", "Aanvullende ondersteuning");

        await fatima.GetByRole(AriaRole.Link, new() { Name = "Aanvraag met zwaarwegend advies" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Vraag/Advies/"));
        await reis.ControleerAsync(fatima, "zwaarwegend-advies");
        await fatima.GetByLabel("Voorgestelde voorziening").SelectOptionAsync("AO-TO");
        await fatima.GetByLabel("Aantal").FillAsync("4");
        await fatima.GetByLabel(new Regex("^Eenheid")).SelectOptionAsync("Uur");
        await fatima.GetByLabel("Frequentie").SelectOptionAsync("PerWeek");
        await fatima.GetByLabel("Ingangsdatum").FillAsync(Reis.Iso(ingangsdatum));
        await fatima.GetByLabel("Einddatum").FillAsync(Reis.Iso(einddatum));
        await fatima.GetByLabel("Zorg in natura").CheckAsync();
        await fatima.GetByLabel("Motivering aan de hand van de criteria").FillAsync("De zorg is vaak onplanbaar; specialistische begeleiding is nodig.");
        await Reis.VerstuurAsync(fatima, "Advies indienen voor toetsing", "/Vraag/Details/");
        await Assertions.Expect(fatima.Locator("#status")).ToHaveTextAsync("Advies ingediend");
        await Assertions.Expect(fatima.Locator("#beschikkingstermijn")).ToBeVisibleAsync();
        await reis.ControleerAsync(fatima, "advies-ingediend");
        var vraagUrl = fatima.Url;

        // Colleagues find the inwoner by name.
        await fatima.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Zoeken" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Zoeken"));
        await fatima.GetByLabel("Achternaam (of een deel ervan)").FillAsync("Aanvraag");
        await fatima.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(fatima.GetByRole(AriaRole.Link, new() { Name = "Johanna Aanvraag" }).First).ToBeVisibleAsync();
        await reis.ControleerAsync(fatima, "zoeken");
        await fatima.GotoAsync(vraagUrl);
        await fatima.GetByRole(AriaRole.Link, new() { Name = "Adviesbrief bekijken" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Brief/Advies/"));
        await Assertions.Expect(fatima.Locator("body")).ToContainTextAsync("Specialistische thuisondersteuning");
        await reis.ControleerAsync(fatima, "adviesbrief");

        var marieke = await fixture.NieuwePaginaAsync();
        await reis.InloggenAsync(marieke, "marieke.hoekstra");
        await marieke.GotoAsync("/Toetsing");
        await reis.ControleerAsync(marieke, "toetsing-wachtrij");
        await marieke.GetByRole(AriaRole.Link, new() { Name = "Johanna Aanvraag" }).First.ClickAsync();
        await marieke.WaitForURLAsync(new Regex("/Toetsing/Advies/"));
        await Assertions.Expect(marieke.Locator("main")).ToContainTextAsync("Johanna Aanvraag");
        await Assertions.Expect(marieke.Locator("main")).ToContainTextAsync("de buurvrouw helpt niet meer");
        // The two cards share the width instead of squeezing into narrow columns.
        var kaart = await marieke.Locator("section.kaart").First.BoundingBoxAsync();
        Assert.True(kaart!.Width > 400, $"De kaart 'Het advies' is maar {kaart.Width} px breed.");
        await reis.ControleerAsync(marieke, "advies-toetsen");
        await marieke.GetByLabel("Goedkeuren en de beschikking (toekenning) afgeven").CheckAsync();
        await Reis.VerstuurAsync(marieke, "Besluit vastleggen", "/Toetsing/Beschikking/");
        var overzicht = marieke.Locator("main");
        await Assertions.Expect(overzicht).ToContainTextAsync("Specialistische thuisondersteuning");
        await Assertions.Expect(overzicht).ToContainTextAsync(Reis.Nederlands(ingangsdatum));
        await Assertions.Expect(overzicht).ToContainTextAsync(Reis.Nederlands(einddatum));
        await reis.ControleerAsync(marieke, "beschikking");

        // The bezwaartermijn runs from the day the letter is sent (Awb 6:8): the toetser records that day first.
        // Issue 12: the toetser sees the letter before it is sent (preview, then "verzenden").
        await marieke.GetByRole(AriaRole.Link, new() { Name = "Brief bekijken en verzenden" }).ClickAsync();
        await marieke.WaitForURLAsync(new Regex("/Brief/Beschikking/.*/Voorbeeld"));
        await marieke.GetByRole(AriaRole.Link, new() { Name = "Brief verzenden" }).ClickAsync();
        await marieke.WaitForURLAsync(new Regex("/Toetsing/Verzenden/"));
        await Reis.VerstuurAsync(marieke, "Verzending vastleggen", "/Toetsing/Beschikking/");
        await Assertions.Expect(marieke.Locator("#bezwaar-tot")).ToBeVisibleAsync();

        var pdf = await marieke.RunAndWaitForDownloadAsync(() =>
            marieke.GetByRole(AriaRole.Link, new() { Name = "Brief downloaden als PDF" }).ClickAsync());
        var pad = Path.Combine(BrowserFixture.ScreenshotMap, "..", "beschikking.pdf");
        await pdf.SaveAsAsync(pad);
        var inhoud = await File.ReadAllBytesAsync(pad);
        Assert.True(inhoud.Length > 1000, $"De PDF is verdacht klein ({inhoud.Length} bytes).");
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(inhoud, 0, 5));
        Assert.EndsWith(".pdf", pdf.SuggestedFilename, StringComparison.OrdinalIgnoreCase);

        await marieke.GetByRole(AriaRole.Link, new() { Name = "Brief bekijken en afdrukken" }).ClickAsync();
        await marieke.WaitForURLAsync(new Regex("/Brief/Beschikking/"));
        var brief = marieke.Locator("body");
        await Assertions.Expect(brief).ToContainTextAsync("toe te kennen");
        await Assertions.Expect(brief).ToContainTextAsync("Specialistische thuisondersteuning");
        await Assertions.Expect(brief).ToContainTextAsync("4 uur per week", new() { IgnoreCase = true });
        await Assertions.Expect(brief).ToContainTextAsync(Reis.Nederlands(ingangsdatum));
        await Assertions.Expect(brief).ToContainTextAsync(Reis.Nederlands(einddatum));
        await Assertions.Expect(brief).ToContainTextAsync(Reis.Nederlands(Reis.Vandaag));
        await reis.ControleerAsync(marieke, "beschikkingsbrief");

        // The sociaal werker sees the decision on the dossier.
        await fatima.GotoAsync(vraagUrl);
        await Assertions.Expect(fatima.Locator("#status")).ToHaveTextAsync("Beschikt");
    }
}
