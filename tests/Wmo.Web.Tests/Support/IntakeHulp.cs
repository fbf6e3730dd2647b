using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Tests.Support;

/// <summary>The intake steps as a user clicks them, shared by the intake tests.</summary>
internal static class IntakeHulp
{
    public static async Task<PortalClient> InloggenAsync(WmoWebApplicationFactory factory, string gebruikersnaam)
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruikersnaam);
        return client;
    }

    /// <summary>Jeroen (Dorpskamer Stiens) has a vraag for an inwoner; returns the BSN, the household and Jeroen's vraag.</summary>
    public static async Task<(string Bsn, Guid HuishoudenId, Guid VraagId)> DossierBijJeroenAsync(WmoWebApplicationFactory factory, string achternaam)
    {
        using var henk = await InloggenAsync(factory, "henk.visser");
        using var jeroen = await InloggenAsync(factory, "jeroen.bakker");
        var contactId = await LegEersteContactVastAsync(factory, henk, "Dorpskamer Stiens", "Melder Stiens");
        var bsn = TestBsn.Nieuw();
        var vraagId = await PakOpAsync(jeroen, contactId, bsn, achternaam);
        var huishoudenId = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Ondersteuningsvragen.Where(v => v.Id == vraagId).Select(v => v.HuishoudenId).SingleAsync());
        return (bsn, huishoudenId, vraagId);
    }

    public static async Task<Guid> LegEersteContactVastAsync(WmoWebApplicationFactory factory, PortalClient client, string buurtkamer, string naam, Veiligheidssignaal? signaal = null)
    {
        var buurtkamerId = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Buurtkamers.Where(b => b.Naam == buurtkamer).Select(b => b.Id).SingleAsync());
        var velden = new Dictionary<string, string>
        {
            ["MelderSoort"] = "Inwoner",
            ["MelderNaam"] = naam,
            ["Telefoon"] = "06-12345678",
            ["Vraag"] = "Ik red het niet meer met het huishouden en voel me alleen.",
            ["BuurtkamerId"] = buurtkamerId.ToString(),

            // Tests record the same name more than once a day: the duplicate warning (issue 12) is tested on its own.
            ["TochOpslaan"] = "true",
        };
        if (signaal is not null)
        {
            velden["Signaal"] = signaal.Value.ToString();
        }

        var response = await client.PostFormAsync("/EersteContact/Nieuw", velden);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdUit(response, "/EersteContact/Details/");
    }

    public static async Task<Guid> PakOpAsync(PortalClient client, Guid contactId, string bsn, string achternaam = "Jansen")
    {
        var response = await client.PostFormAsync($"/Vraag/Oppakken/{contactId}", new Dictionary<string, string>
        {
            ["Bsn"] = bsn,

            // A BSN already in the caseload asks to confirm who it is (issue 12); the confirmation is tested on its own.
            ["Bevestigd"] = "true",
            ["Voornamen"] = "Johanna",
            ["Achternaam"] = achternaam,
            ["Geboortedatum"] = "1950-04-12",
            ["Straat"] = "Vlietsingel",
            ["Huisnummer"] = "14",
            ["Postcode"] = "8913 AB",
            ["Woonplaats"] = "Leeuwarden",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdUit(response, "/Vraag/Details/");
    }

    /// <summary>Pickup, cliëntondersteuning offered, one completed gesprek and the order of checks up to aanvullende ondersteuning.</summary>
    public static async Task<Guid> VraagKlaarVoorUitkomstAsync(WmoWebApplicationFactory factory, PortalClient vrijwilliger, PortalClient sociaalWerker)
    {
        var contactId = await LegEersteContactVastAsync(factory, vrijwilliger, "Buurtkamer Oost", "Johanna Jansen");
        var vraagId = await PakOpAsync(sociaalWerker, contactId, TestBsn.Nieuw());
        await MaakKlaarVoorUitkomstAsync(factory, sociaalWerker, vraagId);
        return vraagId;
    }

    /// <summary>Cliëntondersteuning offered, one completed gesprek and the order of checks up to aanvullende ondersteuning, on a picked-up vraag.</summary>
    public static async Task MaakKlaarVoorUitkomstAsync(WmoWebApplicationFactory factory, PortalClient sociaalWerker, Guid vraagId)
    {
        await Verwacht302(sociaalWerker.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string> { ["ClientondersteuningAangebodenOp"] = Vandaag(factory) }));
        var gesprekId = await PlanGesprekAsync(factory, sociaalWerker, vraagId);
        await Verwacht302(sociaalWerker.PostFormAsync($"/Vraag/GesprekAfronden/{vraagId}?gesprekId={gesprekId}",
            new Dictionary<string, string> { ["GesprekId"] = gesprekId.ToString(), ["Verslag"] = "Gesprek aan de keukentafel gevoerd." }, $"/Vraag/GesprekAfronden/{vraagId}"));
        await Verwacht302(sociaalWerker.PostFormAsync($"/Vraag/Afweging/{vraagId}", Afweging(7)));
    }

    public static async Task<Guid> PlanGesprekAsync(WmoWebApplicationFactory factory, PortalClient client, Guid vraagId)
    {
        await Verwacht302(client.PostFormAsync($"/Vraag/Gesprek/{vraagId}", new Dictionary<string, string>
        {
            ["Datum"] = Vandaag(factory),
            ["Locatie"] = "Thuis",
            ["Deelnemers[0].Naam"] = "Johanna Jansen",
            ["Deelnemers[0].Rol"] = "Inwoner",
            ["Deelnemers[1].Naam"] = "Piet Jansen",
            ["Deelnemers[1].Rol"] = "Mantelzorger",
        }));
        return await factory.InScopeAsync(async sp =>
            (await sp.GetRequiredService<WmoDbContext>().Ondersteuningsvragen.SingleAsync(v => v.Id == vraagId)).Gesprekken.Last().Id);
    }

    /// <summary>The first <paramref name="aantal"/> steps of the fixed order, each ruled out with a motivation.</summary>
    public static Dictionary<string, string> Afweging(int aantal)
    {
        var velden = new Dictionary<string, string>();
        foreach (var (stap, i) in Enum.GetValues<Afwegingsstap>().Select((s, i) => (s, i)))
        {
            velden[$"Stappen[{i}].Stap"] = stap.ToString();
            if (i < aantal)
            {
                velden[$"Stappen[{i}].BiedtOplossing"] = "false";
                velden[$"Stappen[{i}].Motivering"] = "Biedt onvoldoende oplossing.";
            }
        }

        return velden;
    }

    /// <summary>A zwaarwegend advies for AO-TO (4 uur per week, from two weeks on, for a year) as the advies form posts it.</summary>
    public static Dictionary<string, string> Advies(string leveringsvorm) => new()
    {
        ["VoorzieningCode"] = "AO-TO",
        ["Volume"] = "4",
        ["Eenheid"] = "Uur",
        ["Frequentie"] = "PerWeek",
        ["Ingangsdatum"] = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Einddatum"] = DateTime.UtcNow.AddDays(14).AddMonths(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Leveringsvorm"] = leveringsvorm,
        ["Motivering"] = "De zorg is vaak onplanbaar; specialistische begeleiding is nodig.",
    };

    public static Task<Ondersteuningsvraag> VraagAsync(WmoWebApplicationFactory factory, Guid vraagId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Ondersteuningsvragen.AsNoTracking().SingleAsync(v => v.Id == vraagId));

    public static string Vandaag(WmoWebApplicationFactory factory) =>
        Wmo.Web.Weergave.Klok.Vandaag(factory.Klok).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>POSTs with an antiforgery token taken from a page the user may open (a forbidden form cannot be fetched).</summary>
    public static async Task<HttpResponseMessage> PostMetTokenVanAsync(PortalClient client, string tokenPagina, string postUrl, IDictionary<string, string> velden)
    {
        var html = await client.GetHtmlAsync(tokenPagina);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(velden) { ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(html) });
        return await client.Http.PostAsync(new Uri(postUrl, UriKind.Relative), content);
    }

    public static void VerwachtGeweigerd(HttpResponseMessage response) => Toegang.AssertGeweigerd(response);

    public static async Task Verwacht302(Task<HttpResponseMessage> verzoek)
    {
        var response = await verzoek;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Verwacht 302, kreeg {(int)response.StatusCode}: {Tekst(await response.Content.ReadAsStringAsync())}");
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static Guid IdUit(HttpResponseMessage response, string pad)
    {
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(pad, location, StringComparison.Ordinal);
        return Guid.Parse(location[pad.Length..].Split('?')[0]);
    }

    private static string Tekst(string html)
    {
        var decoded = WebUtility.HtmlDecode(html);
        var start = decoded.IndexOf("<main", StringComparison.Ordinal);
        return start < 0 ? decoded[..Math.Min(decoded.Length, 2000)] : decoded[start..Math.Min(decoded.Length, start + 3000)];
    }
}
