using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Weergave;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Besluiten;

/// <summary>The toetser finds an issued beschikking by number, by the inwoner's name or by the day it was sent.</summary>
public sealed class BeschikkingenLijstTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Zoeken_op_nummer_naam_en_datum()
    {
        var eerste = await Dossiers.BeschikkingAsync(factory, "Lijstzoeker");
        var tweede = await Dossiers.BeschikkingAsync(factory, "Anderzoeker");
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");

        var alles = await marieke.GetHtmlAsync("/Beschikkingen");
        Assert.Contains($">{eerste.Nummer}</a>", alles, StringComparison.Ordinal);
        Assert.Contains($">{tweede.Nummer}</a>", alles, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Toetsing/Beschikking/{eerste.Id}\"", alles, StringComparison.Ordinal);

        var opNaam = await marieke.GetHtmlAsync("/Beschikkingen?Zoek=lijstZOEK");
        Assert.Contains(eerste.Nummer, opNaam, StringComparison.Ordinal);
        Assert.DoesNotContain(tweede.Nummer, opNaam, StringComparison.Ordinal);

        var opNummer = await marieke.GetHtmlAsync($"/Beschikkingen?Zoek={Uri.EscapeDataString(tweede.Nummer)}");
        Assert.Contains("Pieter Anderzoeker", opNummer, StringComparison.Ordinal);
        Assert.DoesNotContain("Lijstzoeker", opNummer, StringComparison.Ordinal);

        var datum = eerste.Verzenddatum!.Value;
        Assert.Contains(eerste.Nummer, await marieke.GetHtmlAsync($"/Beschikkingen?Datum={datum:yyyy-MM-dd}"), StringComparison.Ordinal);
        var andereDag = await marieke.GetHtmlAsync($"/Beschikkingen?Datum={datum.AddDays(-400):yyyy-MM-dd}");
        Assert.Contains("Geen beschikking gevonden.", andereDag, StringComparison.Ordinal);

        // Searching for a person is recorded, like every search.
        Assert.True(await factory.LeesAsync(db => db.AuditTrail.AnyAsync(a => a.Actie == AuditActie.Zoeken && a.Onderwerp == "Beschikkingen")));
    }

    [Fact]
    public async Task Zoeken_op_nummer_kan_zonder_reeks_zonder_voorloopnullen_en_zonder_jaar_en_op_naam_zonder_tussenvoegsel()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "van Nummerzoeker");
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");
        var delen = beschikking.Nummer.Split('-');
        Assert.Equal(["WMO", factory.Klok.Vandaag().Year.ToString(System.Globalization.CultureInfo.InvariantCulture)], delen[..2]);
        var volgnummer = int.Parse(delen[2], System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);

        foreach (var zoek in new[] { beschikking.Nummer.ToLowerInvariant(), $"{delen[1]}-{delen[2]}", $"{delen[1]}-{volgnummer}", volgnummer, $"{delen[1]}-", "WMO", "wmo-", "nummerZOEK", "Van Nummerzoeker" })
        {
            var html = await marieke.GetHtmlAsync($"/Beschikkingen?Zoek={Uri.EscapeDataString(zoek)}");
            Assert.True(html.Contains($">{beschikking.Nummer}</a>", StringComparison.Ordinal), $"{zoek} vond {beschikking.Nummer} niet");
        }

        // Another year, another number and a name that only contains the term are not found.
        foreach (var zoek in new[] { $"{int.Parse(delen[1], System.Globalization.CultureInfo.InvariantCulture) - 1}-{delen[2]}", $"{delen[1]}-{volgnummer}9", "zoeker" })
        {
            var html = await marieke.GetHtmlAsync($"/Beschikkingen?Zoek={Uri.EscapeDataString(zoek)}");
            Assert.False(html.Contains($">{beschikking.Nummer}</a>", StringComparison.Ordinal), $"{zoek} vond {beschikking.Nummer}");
        }

        // The list is no longer sorted on the inwoner's name (that sorts every beschikking): asking for it gives the newest first.
        var opNaam = await marieke.GetHtmlAsync("/Beschikkingen?sorteer=inwoner");
        Assert.Contains("nieuwste eerst", opNaam, StringComparison.Ordinal);
        Assert.DoesNotContain("sorteer=inwoner", opNaam, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_toetser_ziet_elke_beschikking_en_dat_zijn_precies_de_beschikkingen_van_de_vragen_die_hij_mag_zien()
    {
        // ZichtbareBeschikkingen gives a toetser every beschikking without a test per row; it must be the same set as the
        // rule through the vragen (every beschikt vraag is among the toetser's), and a sociaal werker keeps the rule.
        await Dossiers.BeschikkingAsync(factory, "Regelzoeker");
        var (toetser, regel, sociaalWerker, alle) = await factory.InScopeAsync(async sp =>
        {
            var toegang = sp.GetRequiredService<DossierToegang>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var marieke = await Aanmelding.PrincipalAsync(sp, "marieke.hoekstra");
            var vragen = toegang.ZichtbareVragen(marieke);
            var jeroen = await Aanmelding.PrincipalAsync(sp, "jeroen.bakker");
            return (await toegang.ZichtbareBeschikkingen(marieke).Select(b => b.Id).ToListAsync(),
                await db.Beschikkingen.Where(b => vragen.Any(v => v.Id == b.VraagId)).Select(b => b.Id).ToListAsync(),
                await toegang.ZichtbareBeschikkingen(jeroen).Select(b => b.Id).ToListAsync(),
                await db.Beschikkingen.Select(b => b.Id).ToListAsync());
        });

        Assert.NotEmpty(alle);
        Assert.Equal(alle.Order(), toetser.Order());
        Assert.Equal(regel.Order(), toetser.Order());
        // Jeroen works in Dorpskamer Stiens; these beschikkingen were made in Buurtkamer Oost.
        Assert.True(sociaalWerker.Count < alle.Count, "een sociaal werker ziet alleen de beschikkingen van zijn eigen dossiers");
    }

    [Fact]
    public async Task Een_sociaal_werker_komt_niet_bij_de_lijst()
    {
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");

        var response = await fatima.Http.GetAsync(new Uri("/Beschikkingen", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
