using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Reizen;

[Collection(PortaalCollectie.Naam)]
public sealed class UitkomstReisTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Aanvullende_ondersteuning_via_verwijzing_naar_een_gecontracteerde_aanbieder_geeft_een_verwijsbrief()
    {
        var reis = new Reis("verwijzing", 40);
        var melder = "Johanna Verwijzing-" + Guid.NewGuid().ToString("N")[..6];
        await reis.LegEersteContactVastAsync(await fixture.NieuwePaginaAsync(), melder, "Ik kan mijn dagen niet meer zelf indelen.");
        var fatima = await reis.VraagverhelderingAsync(await fixture.NieuwePaginaAsync(), melder, "Verwijzing", stappenZonderOplossing: 7);
        await reis.AfwegingskaderAsync(fatima, "Aanvullend", "Aanvullende ondersteuning");

        await OpenUitkomstAsync(reis, fatima);
        await fatima.GetByLabel("Aanvullende ondersteuning via verwijzing").CheckAsync();
        // The form shows only the part of the chosen outcome (issue 12).
        await Assertions.Expect(fatima.Locator("#VerwijzingVoorzieningCode")).ToBeVisibleAsync();
        await Assertions.Expect(fatima.Locator("#BasisVoorzieningCode")).ToBeHiddenAsync();
        await fatima.Locator("#VerwijzingVoorzieningCode").SelectOptionAsync("AO-TO");
        var aanbieder = fatima.GetByLabel("Gecontracteerde aanbieder");
        var zorggroep = await aanbieder.Locator("option", new() { HasText = "Zorggroep Noord" }).GetAttributeAsync("value");
        await aanbieder.SelectOptionAsync(zorggroep!);
        await fatima.GetByLabel("Toelichting").FillAsync("Begeleiding bij het structureren van de dag.");
        await Reis.VerstuurAsync(fatima, "Uitkomst vastleggen", "/Vraag/Details/");

        var uitkomst = fatima.Locator("#uitkomst");
        await Assertions.Expect(uitkomst).ToContainTextAsync("Aanvullende ondersteuning via verwijzing");
        await Assertions.Expect(uitkomst).ToContainTextAsync("Zorggroep Noord");
        await Assertions.Expect(fatima.Locator("#status")).ToHaveTextAsync("Uitkomst vastgelegd");
        await reis.ControleerAsync(fatima, "uitkomst-vastgelegd");

        await fatima.GetByRole(AriaRole.Link, new() { Name = "Verwijsbrief bekijken" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Brief/Verwijsbrief/"), Reis.NaLink);
        var brief = fatima.Locator("body");
        await Assertions.Expect(brief).ToContainTextAsync("Johanna Verwijzing");
        await Assertions.Expect(brief).ToContainTextAsync("Zorggroep Noord");
        await Assertions.Expect(brief).ToContainTextAsync("Specialistische thuisondersteuning");
        await Assertions.Expect(brief).ToContainTextAsync("Thuisondersteuning en dagbesteding");
        await Assertions.Expect(brief).ToContainTextAsync("Fatima el Amrani");
        await reis.ControleerAsync(fatima, "verwijsbrief");
    }

    [Fact]
    public async Task Basisondersteuning_wordt_beschikkingsvrij_vastgelegd_na_het_afwegingskader()
    {
        var reis = new Reis("basis", 60);
        var melder = "Johanna Basis-" + Guid.NewGuid().ToString("N")[..6];
        await reis.LegEersteContactVastAsync(await fixture.NieuwePaginaAsync(), melder, "Ik wil weer grip op mijn huishouden.");

        // Eigen kracht tot en met de sociale basis lossen het niet op; basisondersteuning wel.
        var fatima = await reis.VraagverhelderingAsync(await fixture.NieuwePaginaAsync(), melder, "Basis", stappenZonderOplossing: 6);
        await reis.AfwegingskaderAsync(fatima, "Basis", "Basisondersteuning");

        await OpenUitkomstAsync(reis, fatima);
        await fatima.GetByLabel("Basisondersteuning", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(fatima.Locator("#BasisVoorzieningCode")).ToBeVisibleAsync();
        await Assertions.Expect(fatima.Locator("#VerwijzingVoorzieningCode")).ToBeHiddenAsync();
        await fatima.Locator("#BasisVoorzieningCode").SelectOptionAsync("BO-TO");
        await fatima.GetByLabel("Soort ondersteuning").FillAsync("Individuele begeleiding thuis");
        await fatima.GetByLabel("Startdatum").FillAsync(Reis.Iso(Reis.Vandaag));
        await Reis.VerstuurAsync(fatima, "Uitkomst vastleggen", "/Vraag/Details/");

        var uitkomst = fatima.Locator("#uitkomst");
        await Assertions.Expect(uitkomst).ToContainTextAsync("Basisondersteuning");
        await Assertions.Expect(uitkomst).ToContainTextAsync("Thuisondersteuning (basis)");
        await Assertions.Expect(uitkomst).ToContainTextAsync("Individuele begeleiding thuis");
        await Assertions.Expect(uitkomst).ToContainTextAsync(Reis.Nederlands(Reis.Vandaag));
        await Assertions.Expect(fatima.Locator("#status")).ToHaveTextAsync("Uitkomst vastgelegd");
        // Beschikkingsvrij: no aanvraag, so no beslistermijn.
        await Assertions.Expect(fatima.Locator("#beschikkingstermijn")).ToHaveCountAsync(0);
        await reis.ControleerAsync(fatima, "uitkomst-vastgelegd");

        // With the household: an ondersteuningsplan with a first goal.
        await fatima.GetByRole(AriaRole.Link, new() { Name = "Naar het huishouden" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Huishouden/Details/"), Reis.NaLink);
        await Assertions.Expect(fatima.Locator("main")).ToContainTextAsync("Johanna Basis");
        await reis.ControleerAsync(fatima, "huishouden");
        await Reis.VerstuurAsync(fatima, "Nieuw ondersteuningsplan opstellen", "/Plan/Bewerken/");
        await reis.ControleerAsync(fatima, "plan-concept");
        await fatima.GetByRole(AriaRole.Link, new() { Name = "Doel toevoegen" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Plan/Doel/"), Reis.NaLink);
        await reis.ControleerAsync(fatima, "plan-doel");

        await fatima.GetByRole(AriaRole.Button, new() { Name = "Doel opslaan" }).ClickAsync();
        var fouten = fatima.GetByRole(AriaRole.Alert);
        await Assertions.Expect(fouten).ToContainTextAsync("Kies of het doel ontwikkelen of stabiliseren is.");
        // The error links to the group, and the group announces it.
        await Assertions.Expect(fouten.Locator("a[href='#Doelsoort']")).ToHaveCountAsync(1);
        await Assertions.Expect(fatima.Locator("fieldset#Doelsoort")).ToHaveAttributeAsync("aria-describedby", "Doelsoort-fout");
        await reis.ControleerAsync(fatima, "plan-doel-fouten");

        await fatima.GetByLabel("Leefgebied").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await fatima.GetByLabel(new Regex("^Doel")).FillAsync("Het huishouden zelf weer bijhouden.");
        await fatima.GetByLabel("Ontwikkelen").CheckAsync();
        await Reis.VerstuurAsync(fatima, "Doel opslaan", "/Plan/Bewerken/");
        await Assertions.Expect(fatima.Locator("main")).ToContainTextAsync("Het huishouden zelf weer bijhouden.");
        await reis.ControleerAsync(fatima, "plan-met-doel");
    }

    private static async Task OpenUitkomstAsync(Reis reis, IPage fatima)
    {
        await fatima.GetByRole(AriaRole.Link, new() { Name = "Uitkomst vastleggen" }).ClickAsync();
        await fatima.WaitForURLAsync(new Regex("/Vraag/Uitkomst/"), Reis.NaLink);
        await reis.ControleerAsync(fatima, "uitkomst");
    }
}
