using System.Net;
using Microsoft.EntityFrameworkCore;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>
/// A whole case over HTTP — first contact, pickup with a BSN, gesprek, afweging, advies, toetsing, beschikking —
/// with a failed login, a validation error and a search by BSN; afterwards no BSN, name or note is in the log.
/// </summary>
public sealed class LogScanTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private const string Melder = "Mirjam Meldstra";
    private const string Achternaam = "Logtenbergh";
    private const string Mantelzorger = "Piet Jansen";
    private const string Vraagtekst = "Ik red het niet meer met het huishouden en voel me alleen.";
    private const string Verslag = "Gesprek aan de keukentafel gevoerd.";
    private const string Motivering = "De zorg is vaak onplanbaar; specialistische begeleiding is nodig.";

    [Fact]
    public async Task Na_een_hele_zaak_staat_geen_bsn_naam_of_notitie_in_de_log()
    {
        var bsn = TestBsn.Nieuw();
        using (var inbreker = new PortalClient(factory))
        {
            Assert.Equal(HttpStatusCode.OK, (await inbreker.LoginAsync("anna.devries", "Fout-wachtwoord-" + Achternaam)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await inbreker.LoginAsync(Melder, "Demo-Wmo-2026!")).StatusCode);
        }

        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var buurtkamerId = await factory.LeesAsync(db => db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync());
        var fout = await anna.PostFormAsync("/EersteContact/Nieuw", new Dictionary<string, string>
        {
            ["MelderSoort"] = "Inwoner",
            ["MelderNaam"] = Melder,
            ["Email"] = "geen-adres " + Achternaam,
            ["Vraag"] = "",
            ["BuurtkamerId"] = buurtkamerId.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);

        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", Melder);
        var ongeldig = await fatima.PostFormAsync($"/Vraag/Oppakken/{contactId}", new Dictionary<string, string> { ["Bsn"] = "123456789", ["Achternaam"] = Achternaam });
        Assert.Equal(HttpStatusCode.OK, ongeldig.StatusCode);
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, bsn, Achternaam);
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string> { ["ClientondersteuningAangebodenOp"] = IntakeHulp.Vandaag(factory) }));
        var gesprekId = await IntakeHulp.PlanGesprekAsync(factory, fatima, vraagId);
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/GesprekAfronden/{vraagId}?gesprekId={gesprekId}",
            new Dictionary<string, string> { ["GesprekId"] = gesprekId.ToString(), ["Verslag"] = Verslag }, $"/Vraag/GesprekAfronden/{vraagId}"));
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Afweging/{vraagId}", IntakeHulp.Afweging(7)));
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", new Dictionary<string, string>
        {
            ["VoorzieningCode"] = "AO-TO",
            ["Volume"] = "4",
            ["Eenheid"] = "Uur",
            ["Frequentie"] = "PerWeek",
            ["Ingangsdatum"] = factory.Klok.GetUtcNow().AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Einddatum"] = factory.Klok.GetUtcNow().AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Leveringsvorm"] = "ZorgInNatura",
            ["Motivering"] = Motivering,
        }));
        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.NotNull(vraag.AdviesId);
        Assert.Equal(HttpStatusCode.OK, (await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Bsn"] = bsn })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Achternaam"] = Achternaam })).StatusCode);
        await fatima.GetHtmlAsync($"/Brief/Advies/{vraag.AdviesId}");

        using var marieke = await IntakeHulp.InloggenAsync(factory, "marieke.hoekstra");
        var toets = await Dossiers.ToetsAsync(marieke, vraag.AdviesId!.Value, Dossiers.Formulier("Goedkeuren"));
        Assert.True(toets.StatusCode == HttpStatusCode.Redirect, Foutoverzicht(await toets.Content.ReadAsStringAsync()));
        var beschikking = await marieke.GetHtmlAsync(toets.Headers.Location!.OriginalString);
        Assert.Contains(Achternaam, WebUtility.HtmlDecode(beschikking), StringComparison.Ordinal);

        var log = LeesLog();
        Assert.Contains("/Vraag/Oppakken", log, StringComparison.Ordinal);
        Assert.Contains("/Toetsing/Advies", log, StringComparison.Ordinal);
        foreach (var geheim in new[] { bsn, Achternaam, Melder, "Meldstra", "Johanna", Mantelzorger, Vraagtekst, Verslag, Motivering, "Vlietsingel" })
        {
            var regel = log.Split('\n').FirstOrDefault(r => r.Contains(geheim, StringComparison.OrdinalIgnoreCase));
            Assert.True(regel is null, $"'{geheim}' staat in de log: {regel}");
        }
    }

    private static string Foutoverzicht(string html)
    {
        var start = html.IndexOf("foutoverzicht", StringComparison.Ordinal);
        return start < 0 ? "geen foutoverzicht" : WebUtility.HtmlDecode(html[start..Math.Min(html.Length, start + 1500)]);
    }

    /// <summary>Everything the Serilog file sink wrote, read while the app still holds the file open.</summary>
    private string LeesLog()
    {
        var bestanden = Directory.GetFiles(factory.LogFolder, "wmo-*.log");
        Assert.NotEmpty(bestanden);
        return string.Join('\n', bestanden.Select(f =>
        {
            using var stroom = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var lezer = new StreamReader(stroom);
            return lezer.ReadToEnd();
        }));
    }
}
