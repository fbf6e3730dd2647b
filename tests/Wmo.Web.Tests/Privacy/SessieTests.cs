using System.Net;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Privacy;

/// <summary>Own factory: these tests move the clock.</summary>
public sealed class SessieTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Het_inlogcookie_is_HttpOnly_en_SameSite_Strict()
    {
        using var client = new PortalClient(factory);
        var antwoord = await client.LoginAsync("anna.devries", DemoSeeder.DemoWachtwoord);
        var cookie = Assert.Single(antwoord.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wmo.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Na_twintig_minuten_zonder_activiteit_moet_je_opnieuw_inloggen()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("henk.visser");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        factory.Klok.Advance(TimeSpan.FromMinutes(21));

        var daarna = await client.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, daarna.StatusCode);
        Assert.Contains("/Account/Inloggen", daarna.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
