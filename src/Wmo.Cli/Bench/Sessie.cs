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
            throw new InloggenMislukt($"Inloggen als {gebruikersnaam} mislukte ({(int)antwoord.StatusCode}).");
        }

        if (naar.Contains("TweeStaps", StringComparison.Ordinal))
        {
            await TweedeStapAsync(http, naar, gebruikersnaam,
                authenticatorSleutel ?? throw new InloggenMislukt($"{gebruikersnaam} vraagt tweestapsverificatie; geen sleutel bekend."), cancellationToken);
        }

        var zoeken = await http.GetStringAsync(new Uri("/Home/Kaal", UriKind.Relative), cancellationToken);
        return new Sessie(adres, cookies, TokenOfLeeg(zoeken) ?? LeesToken(formulier));
    }

    /// <summary>
    /// The second step with the code of the authenticator app. The portal takes each code once (<see cref="EenmaligeTotpProvider"/>),
    /// so a bench started again within 30 s finds this step's code used by the run before: the code of the next step is
    /// accepted at once (the provider's window), and one after that from the next step on (at most ~30 s of waiting).
    /// </summary>
    private static async Task TweedeStapAsync(HttpClient http, string naar, string gebruikersnaam, string sleutel, CancellationToken cancellationToken)
    {
        var nu = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / EenmaligeTotpProvider.Stapseconden;
        for (var stap = nu; stap <= nu + EenmaligeTotpProvider.Venster + 1; stap++)
        {
            var geldigVanaf = DateTimeOffset.FromUnixTimeSeconds((stap - EenmaligeTotpProvider.Venster) * EenmaligeTotpProvider.Stapseconden);
            if (geldigVanaf > DateTimeOffset.UtcNow)
            {
                await Task.Delay(geldigVanaf - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1), cancellationToken);
            }

            var formulier = await http.GetStringAsync(new Uri(naar, UriKind.RelativeOrAbsolute), cancellationToken);
            var code = Totp(sleutel, DateTimeOffset.FromUnixTimeSeconds(stap * EenmaligeTotpProvider.Stapseconden));
            using var antwoord = await PostAsync(http, "/Account/TweeStaps", LeesToken(formulier), new() { ["Code"] = code }, cancellationToken);
            if (antwoord.StatusCode == HttpStatusCode.Redirect && antwoord.Headers.Location?.ToString().Contains("TweeStaps", StringComparison.Ordinal) != true)
            {
                return;
            }
        }

        throw new InloggenMislukt($"De tweede stap voor {gebruikersnaam} mislukte, ook met de codes van de volgende 30 seconden.");
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

/// <summary>A bench user could not sign in: the portal refused the password or the code of the second step.</summary>
internal sealed class InloggenMislukt(string message) : Exception(message);
