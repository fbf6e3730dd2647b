using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Reizen;

/// <summary>WCAG 2.1.1 Toetsenbord: a vrijwilliger records a first contact with Tab, typing, arrow keys, Space and Enter only.</summary>
[Collection(PortaalCollectie.Naam)]
public sealed class ToetsenbordReisTests(BrowserFixture fixture)
{
    private static readonly string[] Volgorde =
    [
        "MelderSoort-Inwoner", "MelderNaam", "Telefoon", "Email", "OverWie", "Geboortedatum", "Leeftijd", "Vraag", "BuurtkamerId", "Signaal", "BeroepskrachtIngeschakeld", "Eerste contact opslaan",
    ];

    [Fact]
    public async Task Een_vrijwilliger_legt_een_eerste_contact_vast_zonder_muis()
    {
        var reis = new Reis("toetsenbord", 80);
        var melder = "Johanna Toetsenbord-" + Guid.NewGuid().ToString("N")[..6];
        var pagina = await fixture.NieuwePaginaAsync();
        await pagina.GotoAsync("/Account/Inloggen");
        await TabNaarAsync(pagina, "Gebruikersnaam");
        await pagina.Keyboard.TypeAsync("anna.devries");
        await pagina.Keyboard.PressAsync("Tab");
        await pagina.Keyboard.TypeAsync(Wmo.Infrastructure.Seeding.DemoSeeder.DemoWachtwoord);
        await pagina.Keyboard.PressAsync("Enter");
        await pagina.WaitForURLAsync(url => !url.Contains("/Account/Inloggen", StringComparison.Ordinal));

        // Through the main menu to the form.
        await TabNaarAsync(pagina, "Eerste contact vastleggen");
        await pagina.Keyboard.PressAsync("Enter");
        await pagina.WaitForURLAsync(new Regex("/EersteContact/Nieuw$"));
        await reis.ControleerAsync(pagina, "eerste-contact");

        // Saving the empty form: the errors are announced and each links to its field.
        await TabNaarAsync(pagina, Volgorde[0]);
        await LoopVolgordeAsync(pagina, Volgorde[0]);
        await pagina.Keyboard.PressAsync("Enter");
        var fouten = pagina.GetByRole(AriaRole.Alert);
        await Assertions.Expect(fouten).ToContainTextAsync("Controleer het formulier");
        await Assertions.Expect(fouten).ToBeFocusedAsync();
        await Assertions.Expect(fouten.Locator("a[href='#MelderNaam']")).ToHaveCountAsync(1);
        await Assertions.Expect(pagina.Locator("#MelderNaam")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(pagina.Locator("#MelderNaam")).ToHaveAttributeAsync("aria-describedby", new Regex("MelderNaam-fout"));
        await reis.ControleerAsync(pagina, "eerste-contact-fouten");

        // Now fill it in, in the same order.
        await TabNaarAsync(pagina, Volgorde[0]);
        await pagina.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("MelderSoort-Buur", await FocusAsync(pagina));
        await pagina.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("MelderSoort-Inwoner", await FocusAsync(pagina));
        await Assertions.Expect(pagina.Locator("#MelderSoort-Inwoner")).ToBeCheckedAsync();

        await VolgendeAsync(pagina, "MelderNaam");
        await pagina.Keyboard.TypeAsync(melder);
        await VolgendeAsync(pagina, "Telefoon");
        await pagina.Keyboard.TypeAsync("06-12345678");
        await VolgendeAsync(pagina, "Email");
        await VolgendeAsync(pagina, "OverWie");
        await VolgendeAsync(pagina, "Geboortedatum");
        await VolgendeAsync(pagina, "Leeftijd");
        await pagina.Keyboard.TypeAsync("44");
        await VolgendeAsync(pagina, "Vraag");
        await pagina.Keyboard.TypeAsync("Ik wil graag iemand om mee te wandelen.");
        await VolgendeAsync(pagina, "BuurtkamerId");
        await Assertions.Expect(pagina.Locator("#BuurtkamerId option:checked")).ToHaveTextAsync("Buurtkamer Oost");
        await VolgendeAsync(pagina, "Signaal");
        await VolgendeAsync(pagina, "BeroepskrachtIngeschakeld");
        await pagina.Keyboard.PressAsync("Space");
        await Assertions.Expect(pagina.Locator("#BeroepskrachtIngeschakeld")).ToBeCheckedAsync();
        await VolgendeAsync(pagina, "Eerste contact opslaan");
        await pagina.Keyboard.PressAsync("Enter");

        await pagina.WaitForURLAsync(new Regex("/EersteContact/Details/[0-9a-f-]{36}"));
        var gegevens = pagina.Locator("main");
        await Assertions.Expect(gegevens).ToContainTextAsync(melder);
        await Assertions.Expect(gegevens).ToContainTextAsync("Ik wil graag iemand om mee te wandelen.");
        await Assertions.Expect(gegevens).ToContainTextAsync("Buurtkamer Oost");
        await Assertions.Expect(pagina.Locator("#leeftijd")).ToHaveTextAsync("44 jaar");
        await reis.ControleerAsync(pagina, "eerste-contact-opgeslagen");
    }

    /// <summary>The id of the focused element, or its text for a button or link without id.</summary>
    private static Task<string> FocusAsync(IPage pagina) =>
        pagina.EvaluateAsync<string>("() => { const e = document.activeElement; return e.id || (e.textContent || '').trim(); }");

    private static async Task VolgendeAsync(IPage pagina, string verwacht)
    {
        var vorige = await FocusAsync(pagina);
        await pagina.Keyboard.PressAsync("Tab");
        var focus = await FocusAsync(pagina);
        // A date field takes one Tab per part (dag, maand, jaar): for the order it is one field.
        for (var deel = 0; deel < 3 && focus == vorige; deel++)
        {
            await pagina.Keyboard.PressAsync("Tab");
            focus = await FocusAsync(pagina);
        }

        Assert.Equal(verwacht, focus);
        await FocusZichtbaarAsync(pagina, verwacht);
    }

    /// <summary>WCAG 2.4.7: the element with keyboard focus shows a focus ring (outline or box-shadow).</summary>
    private static async Task FocusZichtbaarAsync(IPage pagina, string veld)
    {
        var stijl = await pagina.EvaluateAsync<string>(
            "() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'outline' : (s.boxShadow !== 'none' ? 'box-shadow' : 'geen'); }");
        Assert.True(stijl != "geen", $"'{veld}' heeft focus maar geen zichtbare focusrand.");
    }

    /// <summary>From the current element on, the fields come in the documented order; ends on the save button.</summary>
    private static async Task LoopVolgordeAsync(IPage pagina, string start)
    {
        Assert.Equal(start, await FocusAsync(pagina));
        foreach (var verwacht in Volgorde.Skip(1))
        {
            await VolgendeAsync(pagina, verwacht);
        }
    }

    /// <summary>Presses Tab until <paramref name="doel"/> has focus (at most 30 times).</summary>
    private static async Task TabNaarAsync(IPage pagina, string doel)
    {
        await pagina.EvaluateAsync("() => { document.activeElement?.blur(); window.getSelection()?.removeAllRanges(); }");
        var gezien = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            await pagina.Keyboard.PressAsync("Tab");
            var focus = await FocusAsync(pagina);
            if (focus == doel)
            {
                return;
            }

            gezien.Add(focus);
        }

        Assert.Fail($"'{doel}' kreeg geen focus met Tab; wel: {string.Join(" → ", gezien)}");
    }
}
