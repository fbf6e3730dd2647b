using System.Net;
using System.Text.RegularExpressions;
using Wmo.Infrastructure.Identity;

namespace Wmo.Cli.Bench;

/// <summary>
/// One signed-in user of the portal, signed in through the real form (and the second step with a TOTP code for
/// toetsers and beheerders). Its cookies are shared by the benchmark's clients, each with its own connection, like
/// one user with many tabs open.
/// </summary>
internal sealed partial class Sessie
{
    private Sessie(Uri adres, CookieContainer cookies, string token)
    {
        Adres = adres;
        Cookies = cookies;
        Token = token;
    }

    public Uri Adres { get; }

    public CookieContainer Cookies { get; }

    /// <summary>The antiforgery token of this session, for the search form's POST.</summary>
    public string Token { get; }

    /// <summary>A client with its own connection and this session's cookies.</summary>
    public HttpClient NieuweClient(TimeSpan timeout) =>
        new(new SocketsHttpHandler { CookieContainer = Cookies, UseCookies = true, AllowAutoRedirect = false, MaxConnectionsPerServer = 1 })
        {
            BaseAddress = Adres,
            Timeout = timeout,
        };

    public static async Task<Sessie> InloggenAsync(Uri adres, string gebruikersnaam, string wachtwoord, string? authenticatorSleutel, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = adres };
        var formulier = await http.GetStringAsync(new Uri("/Account/Inloggen", UriKind.Relative), cancellationToken);
        using var antwoord = await PostAsync(http, "/Account/Inloggen", LeesToken(formulier), new() { ["Gebruikersnaam"] = gebruikersnaam, ["Wachtwoord"] = wachtwoord }, cancellationToken);
        var naar = antwoord.Headers.Location?.ToString() ?? string.Empty;
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Inloggen als {gebruikersnaam} mislukte ({(int)antwoord.StatusCode}).");
        }

        if (naar.Contains("TweeStaps", StringComparison.Ordinal))
        {
            var stap = await http.GetStringAsync(new Uri(naar, UriKind.RelativeOrAbsolute), cancellationToken);
            var code = Totp(authenticatorSleutel ?? throw new InvalidOperationException($"{gebruikersnaam} vraagt tweestapsverificatie; geen sleutel bekend."), DateTimeOffset.UtcNow);
            using var tweede = await PostAsync(http, "/Account/TweeStaps", LeesToken(stap), new() { ["Code"] = code }, cancellationToken);
            if (tweede.StatusCode != HttpStatusCode.Redirect || tweede.Headers.Location?.ToString().Contains("TweeStaps", StringComparison.Ordinal) == true)
            {
                throw new InvalidOperationException($"De tweede stap voor {gebruikersnaam} mislukte ({(int)tweede.StatusCode}).");
            }
        }

        var zoeken = await http.GetStringAsync(new Uri("/Home/Kaal", UriKind.Relative), cancellationToken);
        return new Sessie(adres, cookies, TokenOfLeeg(zoeken) ?? LeesToken(formulier));
    }

    /// <summary>The antiforgery token on a page of this session (a form page), for its POSTs.</summary>
    public static async Task<string> FormuliertokenAsync(HttpClient http, string url, CancellationToken cancellationToken) =>
        LeesToken(await http.GetStringAsync(new Uri(url, UriKind.Relative), cancellationToken));

    /// <summary>The code an authenticator app shows now: the portal's own RFC 6238 computation.</summary>
    public static string Totp(string base32Sleutel, DateTimeOffset moment) =>
        EenmaligeTotpProvider.Code(EenmaligeTotpProvider.Base32(base32Sleutel), moment.ToUnixTimeSeconds() / EenmaligeTotpProvider.Stapseconden);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string url, string token, Dictionary<string, string> velden, CancellationToken cancellationToken)
    {
        velden["__RequestVerificationToken"] = token;
        using var inhoud = new FormUrlEncodedContent(velden);
        return await http.PostAsync(new Uri(url, UriKind.Relative), inhoud, cancellationToken);
    }

    private static string LeesToken(string html) =>
        TokenOfLeeg(html) ?? throw new InvalidOperationException("Geen antiforgery-token op de pagina gevonden.");

    private static string? TokenOfLeeg(string html) =>
        TokenRegex().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
