using System.Net;

namespace Wmo.Web.Tests.Support;

public static class Toegang
{
    /// <summary>Logs in as <paramref name="gebruiker"/> and asserts that <paramref name="url"/> is refused by the role policy (403 → the Geweigerd page).</summary>
    public static async Task AssertGeweigerdAsync(WmoWebApplicationFactory factory, string gebruiker, string url)
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Geweigerd", response.Headers.Location!.ToString());
    }
}
