using System.Net;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Platform;

/// <summary>
/// Issue 12: every form has a way back ("Annuleren" or "Terug naar …"). The browser tour checks the pages it visits; these
/// are the account forms it does not reach.
/// </summary>
public sealed class WegTerugTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Theory]
    [InlineData("/Account/WachtwoordWijzigen", "Annuleren")]
    [InlineData("/Account/HerstelcodesVernieuwen", "Annuleren")]
    [InlineData("/Beheer/Regie", "Annuleren")]
    public async Task Een_accountformulier_heeft_een_weg_terug(string url, string tekst)
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");

        var html = WebUtility.HtmlDecode(await ingrid.GetHtmlAsync(url));

        Assert.Matches($"<a [^>]*>{tekst}[^<]*</a>", html);
    }
}
