using System.Net;

namespace Wmo.Web.Tests.Support;

public static class Toegang
{
    /// <summary>Logs in as <paramref name="gebruiker"/> and asserts that <paramref name="url"/> is refused by the role policy.</summary>
    public static async Task AssertGeweigerdAsync(WmoWebApplicationFactory factory, string gebruiker, string url)
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);
        AssertGeweigerd(await client.Http.GetAsync(new Uri(url, UriKind.Relative)));
    }

    /// <summary>A role that may not do this gets a real 403 with the Dutch "Geen toegang" page, never a redirect.</summary>
    public static void AssertGeweigerd(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"Verwacht 403, kreeg {(int)response.StatusCode} {response.Headers.Location}");
}
