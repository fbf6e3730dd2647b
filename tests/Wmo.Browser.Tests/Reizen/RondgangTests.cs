using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Reizen;

/// <summary>
/// The pages no journey passes (beheer, privacy, toetsing lists, bezwaar, transitie, klacht, dossier): each
/// role opens them in the browser, and each is checked with axe and saved as a screenshot.
/// </summary>
[Collection(PortaalCollectie.Naam)]
public sealed class RondgangTests(BrowserFixture fixture)
{
    public static TheoryData<string, string, string[]> Rondgangen() => new()
    {
        {
            "ingrid.postma", "rondgang-beheer",
            ["/Beheer/Gebruikers", "/Beheer/Gebruikers/Nieuw", "/Beheer/Buurtkamers", "/Beheer/Buurtkamers/Nieuw", "/Beheer/Aanbieders", "/Beheer/Regie",
             "/Beheer/Aanbieders/Nieuw", "/Beheer/Beleid", "/Abonnementstarief", "/SocialeKaart", "/SocialeKaart/Nieuw", "/Privacy", "/Privacy/Keten",
             "/Privacy/BuitenCaseload", "/Privacy/Opschonen", "/Lumpsum/Nieuw", "/Lumpsum/2026/Verdeling", "/Lumpsum/2026/Contract", "/Iwmo/Uitgaand"]
        },
        {
            "ingrid.postma", "rondgang-beleid",
            ["/Beheer/Beleid/Nieuw", "{beleid}/Instellingen", "{beleid}/Voorzieningen/Nieuw", "{beleid}/Percelen/HulpBijHetHuishouden", "/Beheer/Beleid/Tarieven/Nieuw",
             "/Beheer/Beleid/Tarieven/2020/Wijzigen", "/Beheer/Feestdagen"]
        },
        { "marieke.hoekstra", "rondgang-toetser", ["/Toetsing", "/Toetsing/Aanvragen", "/Bezwaar", "/Bezwaar/Nieuw", "/Lumpsum", "/Lumpsum/2026", "/Monitoring"] },
        { "fatima.elamrani", "rondgang-sociaal-werker", ["/Transitie", "/Zoeken", "/SocialeKaart", "{huishouden}", "{klacht}", "{plan}"] },
    };

    [Theory]
    [MemberData(nameof(Rondgangen))]
    public async Task Elke_pagina_van_de_rol_is_toegankelijk(string gebruiker, string voorvoegsel, string[] adressen)
    {
        var pagina = await fixture.NieuwePaginaAsync();
        var reis = new Reis(voorvoegsel, 1);
        await reis.InloggenAsync(pagina, gebruiker);
        var (huishouden, plan) = await JelleAsync();

        foreach (var adres in adressen)
        {
            var url = adres.Replace("{huishouden}", $"/Huishouden/Details/{huishouden}", StringComparison.Ordinal)
                .Replace("{klacht}", $"/Klacht/Nieuw?huishoudenId={huishouden}", StringComparison.Ordinal)
                .Replace("{plan}", $"/Plan/Bewerken/{plan}", StringComparison.Ordinal)
                .Replace("{beleid}", $"/Beheer/Beleid/{await BeleidsversieAsync()}", StringComparison.Ordinal);
            var antwoord = await pagina.GotoAsync(url);
            Assert.True(antwoord?.Status == 200, $"{url} gaf {antwoord?.Status} voor {gebruiker}.");
            await Assertions.Expect(pagina.Locator("h1")).ToHaveCountAsync(1);
            await WegTerugAsync(pagina, url);
            await reis.ControleerAsync(pagina, adres.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal).Trim('/').Replace('/', '-').ToLowerInvariant());
        }
    }

    /// <summary>
    /// Issue 12: a page with something to fill in (a POST form in the main content with a visible field; a search form is
    /// a tool, not an entry) or a dossier page offers "Annuleren" or "Terug naar …" (or a breadcrumb trail).
    /// </summary>
    private static async Task WegTerugAsync(IPage pagina, string url)
    {
        var invullen = await pagina.Locator("main form[method='post']:not([role='search']) :is(input:not([type='hidden']), select, textarea)").CountAsync();
        var dossier = url.Contains("/Details/", StringComparison.Ordinal);
        if (invullen == 0 && !dossier)
        {
            return;
        }

        var terug = await pagina.Locator("main a").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^\s*(Annuleren|Terug\b)") }).CountAsync()
            + await pagina.Locator("main nav[aria-label='Kruimelpad'] a").CountAsync();
        Assert.True(terug > 0, $"{url} heeft een formulier of is een detailpagina, maar biedt geen 'Annuleren' of 'Terug naar …'.");
    }

    /// <summary>The policy version that holds today (the demo database has one).</summary>
    private async Task<string> BeleidsversieAsync()
    {
        await using var verbinding = new SqliteConnection($"Data Source={Path.Combine(fixture.Portaal.DataMap, "wmo.db")};Mode=ReadOnly;Pooling=False");
        await verbinding.OpenAsync();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT Id FROM Beleidsversies ORDER BY Ingangsdatum DESC LIMIT 1";
        return ((string)(await opdracht.ExecuteScalarAsync())!).ToLowerInvariant();
    }

    /// <summary>Jelle Visser's household and active plan from the demo data (Buurtkamer Oost, regievoerder Fatima).</summary>
    private async Task<(string Huishouden, string Plan)> JelleAsync()
    {
        await using var verbinding = new SqliteConnection($"Data Source={Path.Combine(fixture.Portaal.DataMap, "wmo.db")};Mode=ReadOnly;Pooling=False");
        await verbinding.OpenAsync();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT Id, ActiefPlanId FROM Huishoudens WHERE Naam = 'Visser'";
        await using var lezer = await opdracht.ExecuteReaderAsync();
        Assert.True(await lezer.ReadAsync(), "Het demohuishouden Visser ontbreekt.");
        return (lezer.GetString(0).ToLowerInvariant(), lezer.GetString(1).ToLowerInvariant());
    }
}
