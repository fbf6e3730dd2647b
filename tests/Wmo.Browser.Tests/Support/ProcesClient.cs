using System.Net;
using System.Text.RegularExpressions;

namespace Wmo.Browser.Tests.Support;

/// <summary>
/// A signed-in user talking HTTP to a portal process, like a browser without rendering: keeps its cookies and
/// reuses the antiforgery token of its session. Used by the fault, concurrency and multi-instance tests.
/// </summary>
public sealed partial class ProcesClient : IDisposable
{
    private readonly HttpClientHandler _handler;
    private string? _token;

    public ProcesClient(Uri adres, CookieContainer? cookies = null)
    {
        _handler = new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        Http = new HttpClient(_handler) { BaseAddress = adres, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }

    public CookieContainer Cookies => _handler.CookieContainer;

    public async Task InloggenAsync(string gebruikersnaam, string wachtwoord = "Demo-Wmo-2026!")
    {
        var formulier = await Http.GetStringAsync(new Uri("/Account/Inloggen", UriKind.Relative));
        using var inhoud = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(formulier),
            ["Gebruikersnaam"] = gebruikersnaam,
            ["Wachtwoord"] = wachtwoord,
        });
        var antwoord = await Http.PostAsync(new Uri("/Account/Inloggen", UriKind.Relative), inhoud);
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Inloggen als {gebruikersnaam} mislukte: {(int)antwoord.StatusCode}.");
        }
    }

    /// <summary>Reads a form page once and keeps its antiforgery token for the following posts of this session.</summary>
    public async Task<string> OpenFormulierAsync(string url)
    {
        var html = await Http.GetStringAsync(new Uri(url, UriKind.Relative));
        _token = Token(html);
        return html;
    }

    public async Task<HttpResponseMessage> PostAsync(string url, IDictionary<string, string> velden)
    {
        var formulier = new Dictionary<string, string>(velden) { ["__RequestVerificationToken"] = _token ?? throw new InvalidOperationException("Open eerst het formulier.") };
        using var inhoud = new FormUrlEncodedContent(formulier);
        return await Http.PostAsync(new Uri(url, UriKind.Relative), inhoud);
    }

    public static string EersteOptieWaarde(string html) =>
        OptieRegex().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("Geen keuze in het formulier gevonden.");

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    private static string Token(string html) =>
        WebUtility.HtmlDecode(TokenRegex().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("Geen antiforgery-token gevonden."));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    [GeneratedRegex("<option[^>]*value=\"([0-9a-fA-F]{8}-[0-9a-fA-F-]{27})\"")]
    private static partial Regex OptieRegex();
}
