using Microsoft.Playwright;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Reizen;

/// <summary>
/// What the eye catches at the table: sociale-kaart values stay inside their card, a date in a table cell is one
/// line, and the start page's sentence has no stray space before its full stop.
/// </summary>
[Collection(PortaalCollectie.Naam)]
public sealed class WeergaveReisTests(BrowserFixture fixture)
{
    /// <summary>Every value of every card lies within the card's border (a long e-mail address included).</summary>
    private const string WaardenBuitenKaart = """
        () => [...document.querySelectorAll('.kaart')].flatMap(kaart => {
            const rand = kaart.getBoundingClientRect();
            return [...kaart.querySelectorAll('dd, p, h3')]
                .filter(el => { const r = el.getBoundingClientRect(); return r.right > rand.right + 0.5 || el.scrollWidth > el.clientWidth + 1; })
                .map(el => el.textContent.trim());
        })
        """;

    /// <summary>Date cells whose text runs over more than one line.</summary>
    private const string AfgebrokenDatums = """
        () => [...document.querySelectorAll('td.datum')].filter(td => {
            const bereik = document.createRange();
            bereik.selectNodeContents(td);
            return new Set([...bereik.getClientRects()].map(r => Math.round(r.top))).size > 1;
        }).map(td => td.textContent.trim())
        """;

    [Fact]
    public async Task Kaartwaarden_blijven_binnen_de_kaart_en_datums_breken_niet()
    {
        var reis = new Reis("weergave", 1);
        var ingrid = await fixture.NieuwePaginaAsync();
        await reis.InloggenAsync(ingrid, "ingrid.postma");
        await Assertions.Expect(ingrid.Locator("main p").First).ToHaveTextAsync("U bent ingelogd als Beheerder.");
        await Assertions.Expect(ingrid.Locator("#kop-buurtkamers")).ToBeVisibleAsync();
        await reis.ControleerAsync(ingrid, "start-beheerder");

        await ingrid.GotoAsync("/SocialeKaart/Nieuw");
        await ingrid.GetByLabel("Naam van het aanbod").FillAsync("Taalcafé met een heel lange naam voor de kaart");
        await ingrid.Locator("#Organisatie").FillAsync("Stichting Welzijn Leeuwarden-Oost en Omstreken");
        await ingrid.GetByLabel("Soort aanbod").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await ingrid.GetByLabel("Wanneer").FillAsync("Maandag, woensdag en vrijdag 09.30-11.30 uur");
        await ingrid.Locator("#Contact").FillAsync("aanmelden.taalcafe@welzijnleeuwardenoostenomstreken.nl");
        await Reis.VerstuurAsync(ingrid, "Opslaan", "/SocialeKaart");

        foreach (var breedte in new[] { 1280, 800, 320 })
        {
            await ingrid.SetViewportSizeAsync(breedte, 900);
            await ingrid.GotoAsync("/SocialeKaart?Zoek=Taalcaf%C3%A9");
            Assert.Empty(await ingrid.EvaluateAsync<string[]>(WaardenBuitenKaart));
            await ingrid.GotoAsync("/SocialeKaart");
            Assert.Empty(await ingrid.EvaluateAsync<string[]>(WaardenBuitenKaart));
        }

        await ingrid.SetViewportSizeAsync(1280, 900);
        await reis.ControleerAsync(ingrid, "sociale-kaart");

        var fatima = await fixture.NieuwePaginaAsync();
        await reis.InloggenAsync(fatima, "fatima.elamrani");
        await Assertions.Expect(fatima.Locator("main p").First).ToHaveTextAsync("U bent ingelogd als Sociaal werker voor Buurtkamer Oost, Buurtkamer Vrijheidswijk.");
        await Assertions.Expect(fatima.Locator("section", new() { Has = fatima.Locator("#kop-spoed") })).ToContainTextAsync("Sanne Mulder");
        await reis.ControleerAsync(fatima, "start-sociaal-werker");
        foreach (var breedte in new[] { 1280, 700 })
        {
            await fatima.SetViewportSizeAsync(breedte, 900);
            await fatima.GotoAsync("/Werkvoorraad");
            Assert.True(await fatima.Locator("td.datum").CountAsync() > 0, "De werkvoorraad toont geen datums.");
            Assert.Empty(await fatima.EvaluateAsync<string[]>(AfgebrokenDatums));
        }

        await reis.ControleerAsync(fatima, "werkvoorraad-smal");

        var marieke = await fixture.NieuwePaginaAsync();
        await reis.InloggenAsync(marieke, "marieke.hoekstra");
        await Assertions.Expect(marieke.Locator("main p").First).ToHaveTextAsync("U bent ingelogd als Toetser (gemeente).");
        await Assertions.Expect(marieke.Locator("section", new() { Has = marieke.Locator("#kop-wachtrij") })).ToContainTextAsync("Mariska Hoekstra");
        await reis.ControleerAsync(marieke, "start-toetser");

        // GOV.UK error summary on a long page: after a decision without a choice the summary has focus and is in view.
        await marieke.Locator("#kop-wachtrij ~ ul a", new() { HasText = "Mariska Hoekstra" }).First.ClickAsync();
        await marieke.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Toetsing/Advies/"));
        await marieke.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        var foutoverzicht = marieke.GetByRole(AriaRole.Alert);
        await Assertions.Expect(foutoverzicht).ToBeFocusedAsync();
        await Assertions.Expect(foutoverzicht).ToBeInViewportAsync();
        Assert.True(await marieke.EvaluateAsync<double>("() => document.documentElement.scrollHeight / window.innerHeight") > 1.5, "De adviespagina is niet lang genoeg om het scrollen te bewijzen.");
        await reis.ControleerAsync(marieke, "toetsing-foutoverzicht");
        await marieke.SetViewportSizeAsync(700, 900);
        await marieke.GotoAsync("/Toetsing");
        Assert.Empty(await marieke.EvaluateAsync<string[]>(AfgebrokenDatums));
        await reis.ControleerAsync(marieke, "toetsing-smal");
    }
}
