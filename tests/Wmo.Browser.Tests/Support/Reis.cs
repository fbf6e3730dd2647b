using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Weergave;
using Wmo.Web.Tests.Support;

namespace Wmo.Browser.Tests.Support;

/// <summary>
/// The steps of the intake as a user clicks them in the browser, shared by the journeys. Every page a
/// journey visits is checked with axe and saved as a screenshot, numbered in visiting order.
/// </summary>
internal sealed class Reis
{
    private readonly string _voorvoegsel;
    private int _nummer;

    public Reis(string voorvoegsel, int eersteNummer)
    {
        _voorvoegsel = voorvoegsel;
        _nummer = eersteNummer;

        // Screenshots of an earlier run of this journey would otherwise mix with this run's numbering.
        if (Directory.Exists(BrowserFixture.ScreenshotMap))
        {
            foreach (var oud in Directory.EnumerateFiles(BrowserFixture.ScreenshotMap, $"??-{voorvoegsel}-*.png"))
            {
                File.Delete(oud);
            }
        }
    }

    public static DateOnly Vandaag => TimeProvider.System.Vandaag();

    public static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as the letters write it: "24 november 2026".</summary>
    public static string Nederlands(DateOnly datum) => datum.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>
    /// After following a link: the URL must match and the document be parsed. Not the <c>load</c> event: in CI it sometimes
    /// never came although the page was there (UitkomstReisTests timed out while the network was idle). The check that
    /// follows (<see cref="ControleerAsync"/>, axe on the page) reads the parsed document.
    /// </summary>
    internal static readonly PageWaitForURLOptions NaLink = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    /// <summary>Axe (WCAG 2.0/2.1 A+AA) and a screenshot named after the visiting order, e.g. "10-vrijwilliger-eerste-contact".</summary>
    public async Task ControleerAsync(IPage pagina, string naam)
    {
        await Toegankelijkheid.ControleerAsync(pagina, $"{_nummer:D2}-{_voorvoegsel}-{naam}");
        _nummer++;
    }

    /// <summary>Submits a form and expects to land on <paramref name="verwacht"/>; otherwise fails with what the page says (a validation summary, say).</summary>
    public static async Task VerstuurAsync(IPage pagina, string knop, string verwacht)
    {
        var vorige = pagina.Url;
        await pagina.GetByRole(AriaRole.Button, new() { Name = knop }).ClickAsync();
        try
        {
            await pagina.WaitForURLAsync(new Regex(verwacht), new() { Timeout = 15_000, WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException)
        {
            // On a loaded machine the DOMContentLoaded of the redirect target was sometimes never reported although the page
            // was there, at the expected URL, with its content (UitkomstReisTests in a full run): then the page counts as
            // reached once its main content can be read. Any other URL still fails with what the page says.
            var tekst = await pagina.Locator("main").InnerTextAsync(new() { Timeout = 5_000 }).ConfigureAwait(false);
            if (!new Regex(verwacht).IsMatch(pagina.Url))
            {
                Assert.Fail($"Na '{knop}' op {vorige} verwacht {verwacht}, maar de pagina is {pagina.Url}:\n{tekst}");
            }
        }
    }

    /// <summary>Signs in with the demo password; toetsers and the beheerder also enter the code of their authenticator app.</summary>
    public async Task InloggenAsync(IPage pagina, string gebruikersnaam)
    {
        await pagina.GotoAsync("/Account/Inloggen");
        await pagina.GetByLabel("Gebruikersnaam").FillAsync(gebruikersnaam);
        await pagina.GetByLabel("Wachtwoord").FillAsync(DemoSeeder.DemoWachtwoord);
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(pagina).Not.ToHaveURLAsync(new Regex("/Account/Inloggen"), new() { Timeout = 30_000 });

        var sleutel = DemoSeeder.Accounts.Single(a => a.Gebruikersnaam == gebruikersnaam).AuthenticatorSleutel;
        if (sleutel is not null)
        {
            Assert.Contains("/Account/TweeStaps", pagina.Url, StringComparison.Ordinal);
            await ControleerAsync(pagina, "tweestaps");
            await pagina.GetByLabel("Code", new() { Exact = true }).FillAsync(Wmo.Web.Tests.Support.Totp.VolgendeCode(sleutel));
            await pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await Assertions.Expect(pagina).Not.ToHaveURLAsync(new Regex("/Account/TweeStaps"), new() { Timeout = 30_000 });
        }

        await Assertions.Expect(pagina.Locator("header")).ToContainTextAsync(DemoSeeder.Accounts.Single(a => a.Gebruikersnaam == gebruikersnaam).Naam);
    }

    /// <summary>Anna (vrijwilliger, Buurtkamer Oost) records a first contact through the form.</summary>
    public async Task LegEersteContactVastAsync(IPage anna, string melder, string vraag)
    {
        await InloggenAsync(anna, "anna.devries");
        await Assertions.Expect(anna.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Eerste contact vastleggen" }))
            .ToHaveAttributeAsync("href", "/EersteContact/Nieuw");
        await anna.GotoAsync("/EersteContact/Nieuw");
        await ControleerAsync(anna, "vrijwilliger-eerste-contact");

        await anna.GetByLabel("De inwoner zelf").CheckAsync();
        await anna.GetByLabel("Naam van de melder").FillAsync(melder);
        await anna.GetByLabel("Telefoonnummer").FillAsync("06-12345678");
        await anna.GetByLabel("De vraag, in de eigen woorden").FillAsync(vraag);
        await Assertions.Expect(anna.GetByLabel("Buurt- of dorpskamer").Locator("option:checked")).ToHaveTextAsync("Buurtkamer Oost");
        await VerstuurAsync(anna, "Eerste contact opslaan", "/EersteContact/Details/[0-9a-f-]{36}");
        await Assertions.Expect(anna.Locator("main")).ToContainTextAsync(vraag);
        await ControleerAsync(anna, "vrijwilliger-contact-opgeslagen");
    }

    /// <summary>
    /// Fatima (sociaal werker) finds the contact in her werkvoorraad, picks it up for a new inwoner,
    /// offers cliëntondersteuning, holds and completes a keukentafelgesprek and answers the fixed order of
    /// checks: the first <paramref name="stappenZonderOplossing"/> steps offer no solution, the next one does.
    /// Returns the page on the details of the ondersteuningsvraag.
    /// </summary>
    public async Task<IPage> VraagverhelderingAsync(IPage fatima, string melder, string achternaam, int stappenZonderOplossing)
    {
        await InloggenAsync(fatima, "fatima.elamrani");
        await fatima.GotoAsync("/Werkvoorraad");
        await ControleerAsync(fatima, "werkvoorraad");
        var regel = fatima.Locator("#nieuwe-contacten tbody tr", new() { HasText = melder });
        await Assertions.Expect(regel).ToHaveCountAsync(1);
        await regel.GetByRole(AriaRole.Link).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/EersteContact/Details/"), NaLink);
        await ControleerAsync(fatima, "eerste-contact");

        await fatima.GetByRole(AriaRole.Link, new() { Name = "Oppakken als ondersteuningsvraag" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Vraag/Oppakken/"), NaLink);
        await ControleerAsync(fatima, "oppakken");
        await fatima.GetByLabel("BSN").FillAsync(TestBsn.Nieuw());
        await fatima.GetByLabel("Voornamen").FillAsync("Johanna");
        await fatima.GetByLabel("Achternaam").FillAsync(achternaam);
        await fatima.GetByLabel("Geboortedatum").FillAsync("1950-04-12");
        await fatima.GetByLabel("Straat").FillAsync("Vlietsingel");
        await fatima.GetByLabel("Huisnummer").FillAsync("14");
        await fatima.GetByLabel("Postcode").FillAsync("8913 AB");
        await fatima.GetByLabel("Woonplaats").FillAsync("Leeuwarden");
        await VerstuurAsync(fatima, "Oppakken en vraagverheldering starten", "/Vraag/Details/");
        await Assertions.Expect(fatima.Locator("h1")).ToHaveTextAsync($"Ondersteuningsvraag van Johanna {achternaam}");
        await ControleerAsync(fatima, "vraag-opgepakt");

        await fatima.GetByRole(AriaRole.Link, new() { Name = "Onderzoek bijwerken" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Vraag/Onderzoek/"), NaLink);
        await ControleerAsync(fatima, "onderzoek");
        await fatima.GetByLabel("Gratis onafhankelijke cliëntondersteuning aangeboden op").FillAsync(Iso(Vandaag));
        await fatima.GetByLabel("Vraag achter de vraag").FillAsync("Mevrouw mist contact met anderen sinds haar man overleed.");
        await VerstuurAsync(fatima, "Onderzoek opslaan", "/Vraag/Details/");

        await fatima.GetByRole(AriaRole.Link, new() { Name = "Gesprek vastleggen" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Vraag/Gesprek/"), NaLink);
        await ControleerAsync(fatima, "gesprek");
        await fatima.GetByLabel("Datum").FillAsync(Iso(Vandaag));
        await fatima.GetByLabel("Thuis", new() { Exact = true }).CheckAsync();
        await fatima.GetByLabel("Naam deelnemer 1").FillAsync($"Johanna {achternaam}");
        await fatima.GetByLabel("Rol deelnemer 1").SelectOptionAsync(new SelectOptionValue { Label = "Inwoner" });
        await fatima.GetByLabel("Naam deelnemer 2").FillAsync("Piet de Jong");
        await fatima.GetByLabel("Rol deelnemer 2").SelectOptionAsync(new SelectOptionValue { Label = "Mantelzorger" });
        await VerstuurAsync(fatima, "Gesprek opslaan", "/Vraag/Details/");

        await fatima.GetByRole(AriaRole.Link, new() { Name = "Gesprek afronden" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Vraag/GesprekAfronden/"), NaLink);
        await ControleerAsync(fatima, "gesprek-afronden");
        await fatima.GetByLabel("Verslag van het gesprek").FillAsync("Gesprek aan de keukentafel gevoerd; de buurvrouw helpt niet meer.");
        await VerstuurAsync(fatima, "Gesprek afronden", "/Vraag/Details/");
        await Assertions.Expect(fatima.Locator("main")).ToContainTextAsync("de buurvrouw helpt niet meer");
        await ControleerAsync(fatima, "gesprek-afgerond");

        await fatima.GetByRole(AriaRole.Link, new() { Name = "Afweging invullen" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Vraag/Afweging/"), NaLink);
        await ControleerAsync(fatima, "afweging");
        for (var i = 0; i <= stappenZonderOplossing && i < 8; i++)
        {
            var stap = fatima.Locator($"#Stappen_{i}__BiedtOplossing");
            if (i < stappenZonderOplossing)
            {
                await stap.GetByLabel("Nee", new() { Exact = true }).CheckAsync();
                await fatima.Locator($"#Stappen_{i}__Motivering").FillAsync("Biedt onvoldoende oplossing.");
            }
            else
            {
                await stap.GetByLabel("Ja, biedt (deels) een oplossing").CheckAsync();
            }
        }

        await VerstuurAsync(fatima, "Afweging opslaan", "/Vraag/Details/");
        await Assertions.Expect(fatima.Locator("#afwegingsvolgorde")).ToContainTextAsync("biedt geen oplossing");
        return fatima;
    }

    /// <summary>Fills the afwegingskader for thuisondersteuning with every criterion on one side and records the suggested pillar.</summary>
    public async Task AfwegingskaderAsync(IPage fatima, string kant, string verwachteSuggestie)
    {
        await fatima.GetByRole(AriaRole.Link, new() { Name = "Afwegingskader thuisondersteuning" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Vraag/Afwegingskader/"), NaLink);
        await ControleerAsync(fatima, "afwegingskader");
        var criteria = fatima.Locator("fieldset.keuzes");
        var aantal = await criteria.CountAsync();
        Assert.True(aantal >= 3, $"Verwacht de criteria van het afwegingskader, zag {aantal} groepen.");
        for (var i = 0; i < aantal; i++)
        {
            await criteria.Nth(i).GetByLabel(new Regex($"^{kant}:")).CheckAsync();
        }

        await fatima.GetByRole(AriaRole.Button, new() { Name = "Beoordeel" }).ClickAsync();
        await Assertions.Expect(fatima.Locator("#suggestie")).ToContainTextAsync($"Suggestie: {verwachteSuggestie}");
        await ControleerAsync(fatima, "afwegingskader-suggestie");
        await Assertions.Expect(fatima.GetByRole(AriaRole.Group, new() { Name = "Uw keuze" }).GetByLabel(verwachteSuggestie)).ToBeCheckedAsync();
        await VerstuurAsync(fatima, "Keuze vastleggen", "/Vraag/Details/");
        await Assertions.Expect(fatima.Locator("main")).ToContainTextAsync($"Keuze: {verwachteSuggestie}");
    }
}
