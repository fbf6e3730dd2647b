using System.Net;
using Microsoft.EntityFrameworkCore;
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
    public async Task Een_sociaal_werker_komt_niet_bij_de_lijst()
    {
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");

        var response = await fatima.Http.GetAsync(new Uri("/Beschikkingen", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
