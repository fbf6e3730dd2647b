using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Beheer;

/// <summary>Deactivating or re-rolling the last sociaal werker of a kamer warns the beheerder and says where the waiting contacts are.</summary>
public sealed class BezettingTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Deactiveren_van_de_laatste_sociaal_werker_waarschuwt_en_de_startpagina_toont_de_kamers()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var jeroen = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "jeroen.bakker").Select(u => u.Id).SingleAsync());
        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var vandaag = factory.Klok.Vandaag();
            await bouwer.EersteContactAsync(await bouwer.ActorAsync("henk.visser"), "Dorpskamer Stiens", vandaag, "Tineke Bosma", "Ik zorg voor mijn moeder.");
            var (frank, huis) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Frank", "Dijkstra", vandaag.AddYears(-70), "Dorpsstraat", 3, "9051 AB", "Stiens");
            await bouwer.VraagInVraagverheldering(huis, frank, await bouwer.ActorAsync("jeroen.bakker"), "Dorpskamer Stiens", vandaag.AddDays(-10));
            return 0;
        });

        var response = await ingrid.PostFormAsync($"/Beheer/Gebruikers/{jeroen}/Deactiveren", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lijst = WebUtility.HtmlDecode(await ingrid.GetHtmlAsync("/Beheer/Gebruikers"));

        // Tineke waits at Dorpskamer Stiens; Frank's vraag is Jeroen's. Nobody else works in Stiens or Grou.
        Assert.Contains("Let op: Dorpskamer Grou en Dorpskamer Stiens hebben nu geen actieve sociaal werker.", lijst, StringComparison.Ordinal);
        Assert.Contains("Het wachtende eerste contact blijft bij de buurtkamer staan, maar geen sociaal werker ziet het tot u er een koppelt.", lijst, StringComparison.Ordinal);
        Assert.Contains("1 open ondersteuningsvraag staat nog op naam van Jeroen Bakker", lijst, StringComparison.Ordinal);
        var start = await ingrid.GetHtmlAsync("/");
        Assert.Contains("<li>Dorpskamer Stiens</li>", start, StringComparison.Ordinal);

        var weerActief = await ingrid.PostFormAsync("/Beheer/Gebruikers", new Dictionary<string, string>(), $"/Beheer/Gebruikers/{jeroen}/Activeren");
        Assert.Equal(HttpStatusCode.Redirect, weerActief.StatusCode);
        Assert.DoesNotContain("Let op:", await ingrid.GetHtmlAsync("/Beheer/Gebruikers"), StringComparison.Ordinal);
        Assert.DoesNotContain("<li>Dorpskamer Stiens</li>", await ingrid.GetHtmlAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_vrijwilliger_deactiveren_geeft_geen_waarschuwing()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var henk = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "henk.visser").Select(u => u.Id).SingleAsync());

        await ingrid.PostFormAsync($"/Beheer/Gebruikers/{henk}/Deactiveren", new Dictionary<string, string>());

        Assert.DoesNotContain("Let op:", await ingrid.GetHtmlAsync("/Beheer/Gebruikers"), StringComparison.Ordinal);
    }
}
