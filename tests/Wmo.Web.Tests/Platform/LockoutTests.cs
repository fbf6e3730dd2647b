using System.Net;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Controllers;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Platform;

/// <summary>Own factory: locking an account must not disturb other test classes.</summary>
public sealed class LockoutTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task De_zesde_foute_poging_is_geblokkeerd_ook_met_het_juiste_wachtwoord()
    {
        using var client = new PortalClient(factory);
        for (var poging = 1; poging <= 4; poging++)
        {
            var fout = await client.LoginAsync("henk.visser", "niet-het-goede-wachtwoord");
            Assert.Contains(WebUtility.HtmlEncode(AccountController.OnjuisteInlog), await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The fifth failure locks the account for 15 minutes.
        var vijfde = await client.LoginAsync("henk.visser", "niet-het-goede-wachtwoord");
        Assert.Contains(WebUtility.HtmlEncode(AccountController.Geblokkeerd), await vijfde.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var zesde = await client.LoginAsync("henk.visser", DemoSeeder.DemoWachtwoord);
        Assert.Equal(HttpStatusCode.OK, zesde.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(AccountController.Geblokkeerd), await zesde.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
