using Microsoft.Playwright;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests;

[Collection(PortaalCollectie.Naam)]
public sealed class InloggenTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Een_sociaal_werker_logt_in_met_alleen_het_toetsenbord_en_ziet_zijn_naam_en_buurtkamers()
    {
        var pagina = await fixture.NieuwePaginaAsync();
        await pagina.GotoAsync("/");
        Assert.Contains("/Account/Inloggen", pagina.Url, StringComparison.Ordinal);
        await Toegankelijkheid.ControleerAsync(pagina, "01-inloggen");

        // Skip link first, then the fields in order: keyboard users reach everything with Tab.
        await pagina.Keyboard.PressAsync("Tab");
        await pagina.Keyboard.PressAsync("Tab");
        await pagina.Keyboard.PressAsync("Tab");
        Assert.Equal("Gebruikersnaam", await pagina.EvaluateAsync<string>("document.activeElement.id"));
        await pagina.Keyboard.TypeAsync("fatima.elamrani");
        await pagina.Keyboard.PressAsync("Tab");
        await pagina.Keyboard.TypeAsync("Demo-Wmo-2026!");
        await pagina.Keyboard.PressAsync("Enter");
        await pagina.WaitForURLAsync(url => !url.Contains("Inloggen", StringComparison.Ordinal));

        var kop = pagina.Locator("header");
        await Assertions.Expect(kop).ToContainTextAsync("Fatima el Amrani");
        await Assertions.Expect(kop).ToContainTextAsync("Buurtkamer Oost");
        await Toegankelijkheid.ControleerAsync(pagina, "02-start-sociaal-werker");
    }

    [Fact]
    public async Task Een_fout_wachtwoord_toont_een_foutoverzicht_dat_toegankelijk_is()
    {
        var pagina = await fixture.NieuwePaginaAsync();
        await pagina.GotoAsync("/Account/Inloggen");
        await pagina.GetByLabel("Gebruikersnaam").FillAsync("anna.devries");
        await pagina.GetByLabel("Wachtwoord").FillAsync("niet-het-wachtwoord");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(pagina.GetByRole(AriaRole.Alert)).ToContainTextAsync("onjuist");
        await Toegankelijkheid.ControleerAsync(pagina, "03-inloggen-fout");
    }
}
