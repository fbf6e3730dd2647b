using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Wmo.Web.Tests.Support;

/// <summary>An HTTP client that behaves like a browser user: keeps cookies, reads antiforgery tokens from forms.</summary>
public sealed partial class PortalClient : IDisposable
{
    public PortalClient(WebApplicationFactory<Program> factory)
    {
        Http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        _totpTijd = (factory as WmoWebApplicationFactory)?.TotpTijd ?? factory.Services.GetService<TotpTestklok>()?.Tijd;
    }

    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider? _totpTijd;

    public HttpClient Http { get; }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenRegex().Match(html);
        Assert.True(match.Success, "Geen antiforgery-token in het formulier gevonden.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async Task<string> GetHtmlAsync(string url)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GETs the form page, then POSTs the fields with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        var html = await GetHtmlAsync(formUrl);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(html) };
        using var content = new FormUrlEncodedContent(form);
        return await Http.PostAsync(new Uri(postUrl ?? formUrl, UriKind.Relative), content);
    }

    /// <summary>
    /// The first code from the app on the enrolment page <paramref name="pagina"/> (the response that showed the key), with
    /// that page's token and its proof of step 1: the page cannot be fetched again, every GET would show no key (issue 9).
    /// </summary>
    public async Task<HttpResponseMessage> TweeStapsBevestigenAsync(string pagina, string code)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code,
            ["Bewijs"] = WebUtility.HtmlDecode(BewijsRegex().Match(pagina).Groups[1].Value),
            ["__RequestVerificationToken"] = AntiforgeryToken(pagina),
        });
        return await Http.PostAsync(new Uri("/Account/TweeStapsInstellen", UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> LoginAsync(string gebruikersnaam, string wachtwoord) =>
        PostFormAsync("/Account/Inloggen", new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = gebruikersnaam,
            ["Wachtwoord"] = wachtwoord,
        });

    /// <summary>Signs in a demo account; toetsers and beheerders also pass the authenticator step, like a real user.</summary>
    public async Task LoginAsDemoAsync(string gebruikersnaam)
    {
        var response = await LoginAsync(gebruikersnaam, Wmo.Infrastructure.Seeding.DemoSeeder.DemoWachtwoord);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sleutel = Wmo.Infrastructure.Seeding.DemoSeeder.Accounts.Single(a => a.Gebruikersnaam == gebruikersnaam).AuthenticatorSleutel;
        if (sleutel is null)
        {
            return;
        }

        Assert.Contains("/Account/TweeStaps", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var tweede = await PostFormAsync("/Account/TweeStaps", new Dictionary<string, string> { ["Code"] = _totpTijd is null ? Totp.VolgendeCode(sleutel) : Totp.VolgendeCode(sleutel, _totpTijd) });
        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);
        Assert.DoesNotContain("TweeStaps", tweede.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"Bewijs\" value=\"([^\"]+)\"")]
    private static partial Regex BewijsRegex();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
