using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Reizen;

/// <summary>
/// WCAG 1.4.10 Reflow: at 320 CSS pixels wide (1280 px zoomed to 400%) the pages need no horizontal
/// scrolling; only a wide table may scroll inside its own frame.
/// </summary>
[Collection(PortaalCollectie.Naam)]
public sealed class HerschikkenReisTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("anna.devries", "/EersteContact/Nieuw", "eerste-contact")]
    [InlineData("fatima.elamrani", "/Werkvoorraad", "werkvoorraad")]
    [InlineData("fatima.elamrani", "/Zoeken", "zoeken")]
    [InlineData("fatima.elamrani", "/SocialeKaart", "sociale-kaart")]
    public async Task Op_400_procent_zoom_hoeft_niemand_horizontaal_te_scrollen(string gebruiker, string pad, string naam)
    {
        var reis = new Reis($"smal-{naam}", 90);
        var pagina = await fixture.NieuwePaginaAsync();
        await reis.InloggenAsync(pagina, gebruiker);
        await pagina.SetViewportSizeAsync(320, 800);
        await pagina.GotoAsync(pad);

        var breedte = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (breedte[0] > breedte[1])
        {
            var teBreed = await pagina.EvaluateAsync<string[]>(
                "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w && !e.closest('.tabel-wrap')).slice(-6)" +
                ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')",
                breedte[1]);
            Assert.Fail($"{pad} is {breedte[0]} px breed in een venster van {breedte[1]} px: horizontaal scrollen nodig. Te breed: {string.Join(", ", teBreed)}");
        }

        await reis.ControleerAsync(pagina, "320px");
    }
}
