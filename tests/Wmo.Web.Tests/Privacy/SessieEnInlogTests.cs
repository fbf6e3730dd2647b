using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Authorization;
using Wmo.Web.Controllers;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Privacy;

/// <summary>Issue 9, sessions: logging out ends the session on the server; an absolute lifetime. Own factory: moves the clock.</summary>
public sealed class SessieEindeTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Uitloggen_maakt_het_oude_cookie_op_de_server_ongeldig()
    {
        using var client = new PortalClient(factory);
        var inloggen = await client.LoginAsync("anna.devries", DemoSeeder.DemoWachtwoord);
        var cookie = inloggen.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wmo.auth=", StringComparison.Ordinal)).Split(';')[0];
        using var gestolen = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        gestolen.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await gestolen.GetAsync(new Uri("/EersteContact", UriKind.Relative))).StatusCode);

        await client.PostFormAsync("/", new Dictionary<string, string>(), "/Account/Uitloggen");

        var daarna = await gestolen.GetAsync(new Uri("/EersteContact", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, daarna.StatusCode);
        Assert.Contains("/Account/Inloggen", daarna.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_ongewijzigde_sessie_krijgt_hoogstens_eens_per_minuut_een_nieuw_cookie_en_de_inactiviteit_telt_vanaf_het_nieuwe()
    {
        using var client = new PortalClient(factory);
        var inloggen = await client.LoginAsync("jeroen.bakker", DemoSeeder.DemoWachtwoord);
        var cookie = AuthCookie(inloggen)!;
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        async Task<HttpResponseMessage> OpenAsync(string metCookie)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Get, new Uri("/Werkvoorraad", UriKind.Relative));
            verzoek.Headers.Add("Cookie", metCookie);
            return await browser.SendAsync(verzoek);
        }

        // Within the minute: the stamp is checked (the page is served) but no new cookie is sent.
        using var binnenDeMinuut = await OpenAsync(cookie);
        Assert.Equal(HttpStatusCode.OK, binnenDeMinuut.StatusCode);
        Assert.Null(AuthCookie(binnenDeMinuut));

        // After a minute the next request renews it, and the idle timeout (20 minutes) counts from that moment.
        factory.Klok.Advance(StempelControle.Vernieuwingsinterval + TimeSpan.FromSeconds(1));
        using var naDeMinuut = await OpenAsync(cookie);
        Assert.Equal(HttpStatusCode.OK, naDeMinuut.StatusCode);
        var vernieuwd = AuthCookie(naDeMinuut);
        Assert.NotNull(vernieuwd);

        factory.Klok.Advance(TimeSpan.FromMinutes(19.5));
        using var oud = await OpenAsync(cookie);
        Assert.Equal(HttpStatusCode.Redirect, oud.StatusCode);
        using var nieuw = await OpenAsync(vernieuwd!);
        Assert.Equal(HttpStatusCode.OK, nieuw.StatusCode);
    }

    private static string? AuthCookie(HttpResponseMessage antwoord) =>
        antwoord.Headers.TryGetValues("Set-Cookie", out var waarden)
            ? waarden.FirstOrDefault(c => c.StartsWith("wmo.auth=", StringComparison.Ordinal))?.Split(';')[0]
            : null;

    [Fact]
    public async Task Ook_een_actieve_sessie_eindigt_na_tien_uur()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("henk.visser");

        // A request every 15 minutes keeps the idle timeout (20 minutes) from ever ending the session.
        for (var kwartier = 1; kwartier <= 39; kwartier++)
        {
            factory.Klok.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/EersteContact", UriKind.Relative))).StatusCode);
        }

        factory.Klok.Advance(TimeSpan.FromMinutes(16));
        var na10Uur = await client.Http.GetAsync(new Uri("/EersteContact", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, na10Uur.StatusCode);
        Assert.Contains("/Account/Inloggen", na10Uur.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>Issue 9, the second factor: one-time codes, a narrow window, recovery codes that count, no secret shown again.</summary>
public sealed class TweeStapsHardingTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private static string Sleutel(string gebruiker) => DemoSeeder.Accounts.Single(a => a.Gebruikersnaam == gebruiker).AuthenticatorSleutel!;

    private async Task<PortalClient> NaWachtwoordAsync(string gebruiker)
    {
        var client = new PortalClient(factory);
        var antwoord = await client.LoginAsync(gebruiker, DemoSeeder.DemoWachtwoord);
        Assert.Contains("/Account/TweeStaps", antwoord.Headers.Location!.ToString(), StringComparison.Ordinal);
        return client;
    }

    [Fact]
    public async Task Een_tweestapscode_werkt_maar_een_keer()
    {
        var code = Totp.VolgendeCode(Sleutel("sjoerd.dijkstra"), factory.TotpTijd);
        using var eerste = await NaWachtwoordAsync("sjoerd.dijkstra");
        Assert.Equal(HttpStatusCode.Redirect, (await eerste.PostFormAsync("/Account/TweeStaps", new Dictionary<string, string> { ["Code"] = code })).StatusCode);

        using var aanvaller = await NaWachtwoordAsync("sjoerd.dijkstra");
        var opnieuw = await aanvaller.PostFormAsync("/Account/TweeStaps", new Dictionary<string, string> { ["Code"] = code });

        Assert.Equal(HttpStatusCode.OK, opnieuw.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(TweeStapsController.OngeldigeCode), await opnieuw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_code_van_een_minuut_geleden_wordt_geweigerd()
    {
        using var client = await NaWachtwoordAsync("marieke.hoekstra");
        var oud = Totp.Code(Sleutel("marieke.hoekstra"), factory.TotpTijd.GetUtcNow().AddSeconds(-65));

        var antwoord = await client.PostFormAsync("/Account/TweeStaps", new Dictionary<string, string> { ["Code"] = oud });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    [Fact]
    public async Task Verkeerde_herstelcodes_tellen_als_mislukte_pogingen_en_blokkeren()
    {
        using var client = await NaWachtwoordAsync("ingrid.postma");
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/Account/Herstelcode", new Dictionary<string, string> { ["Herstelcode"] = $"FOUT{i}-ABCDE" });
        }

        var geblokkeerd = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "ingrid.postma").Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(geblokkeerd);
        Assert.True(geblokkeerd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Tweestaps_instellen_toont_een_ingestelde_sleutel_nooit_opnieuw()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");

        var html = await client.GetHtmlAsync("/Account/TweeStapsInstellen");

        Assert.DoesNotContain("WMODEMOSLEUTEL", html.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("niet opnieuw getoond", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nieuwe_herstelcodes_vragen_het_wachtwoord()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");

        var fout = await client.PostFormAsync("/Account/HerstelcodesVernieuwen", new Dictionary<string, string> { ["Wachtwoord"] = "Niet-het-goede-wachtwoord" });
        Assert.Contains("Het wachtwoord is onjuist.", await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("<code>", await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var goed = await client.PostFormAsync("/Account/HerstelcodesVernieuwen", new Dictionary<string, string> { ["Wachtwoord"] = DemoSeeder.DemoWachtwoord });
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(await goed.Content.ReadAsStringAsync(), "<code>").Count);
    }
}

/// <summary>Issue 9, sign-in: no account enumeration, failed attempts audited.</summary>
public sealed class InlogLekTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Een_geblokkeerd_account_geeft_hetzelfde_antwoord_als_een_onbekend_account()
    {
        using var client = new PortalClient(factory);
        for (var i = 0; i < 6; i++)
        {
            await client.LoginAsync("henk.visser", "Een-verkeerd-wachtwoord");
        }

        var geblokkeerd = await (await client.LoginAsync("henk.visser", "Een-verkeerd-wachtwoord")).Content.ReadAsStringAsync();
        var onbekend = await (await client.LoginAsync("niemand.bekend", "Een-verkeerd-wachtwoord")).Content.ReadAsStringAsync();

        Assert.Equal(Melding(onbekend), Melding(geblokkeerd));
    }

    [Fact]
    public async Task Mislukte_inlogpogingen_staan_in_de_audittrail_met_gehashte_onbekende_naam_en_adres()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsync("geheim.wachtwoord.als.naam", "Een-verkeerd-wachtwoord");
        await client.LoginAsync("anna.devries", "Een-verkeerd-wachtwoord");

        var regels = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking().Where(r => r.Actie == AuditActie.Geweigerd && r.Onderwerp == "Inloggen").ToListAsync());
        Assert.Contains(regels, r => r.OnderwerpId == "anna.devries" && r.Details!.Contains("vanaf", StringComparison.Ordinal));
        Assert.Contains(regels, r => r.OnderwerpId!.StartsWith("sha256:", StringComparison.Ordinal));
        Assert.DoesNotContain(regels, r => (r.OnderwerpId + r.Details).Contains("geheim.wachtwoord", StringComparison.Ordinal));
    }

    private static string Melding(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<div class=\"foutoverzicht[^>]*>[\\s\\S]*?</div>").Value is { Length: > 0 } m ? m : html[html.IndexOf("<main", StringComparison.Ordinal)..];
}

/// <summary>Issue 9: the rate limiter on sign-in, per address and per account.</summary>
public sealed class InlogBegrenzingFactory : WmoWebApplicationFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Beveiliging:InlogpogingenPerAdresPerMinuut"] = "8",
        ["Beveiliging:InlogpogingenPerAccountPerMinuut"] = "3",
    };
}

public sealed class InlogBegrenzingTests(InlogBegrenzingFactory factory) : IClassFixture<InlogBegrenzingFactory>
{
    [Fact]
    public async Task Te_veel_pogingen_per_account_en_per_adres_worden_geweigerd()
    {
        using var client = new PortalClient(factory);
        for (var i = 0; i < 3; i++)
        {
            await client.LoginAsync("jeroen.bakker", "Een-verkeerd-wachtwoord");
        }

        var vierde = await client.LoginAsync("jeroen.bakker", DemoSeeder.DemoWachtwoord);
        Assert.Equal(HttpStatusCode.OK, vierde.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(AccountController.TeVeelPogingen), await vierde.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var antwoorden = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            antwoorden.Add((await client.LoginAsync($"iemand.{i}", "Een-verkeerd-wachtwoord")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, antwoorden);
    }
}

/// <summary>Issue 9: the 2FA step and the recovery codes are limited per address like the password step (own factory: own limiter).</summary>
public sealed class TweeStapsBegrenzingTests(InlogBegrenzingFactory factory) : IClassFixture<InlogBegrenzingFactory>
{
    [Fact]
    public async Task Tweestapscodes_en_herstelcodes_vallen_onder_de_begrenzing_per_adres()
    {
        using var client = new PortalClient(factory);
        var token = PortalClient.AntiforgeryToken(await client.GetHtmlAsync("/Account/Inloggen"));

        async Task<HttpStatusCode> PostAsync(string url, string veld)
        {
            using var inhoud = new FormUrlEncodedContent(new Dictionary<string, string> { [veld] = "123456", ["__RequestVerificationToken"] = token });
            return (await client.Http.PostAsync(new Uri(url, UriKind.Relative), inhoud)).StatusCode;
        }

        // The factory allows 8 attempts per address per minute.
        var tweeStaps = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
        {
            tweeStaps.Add(await PostAsync("/Account/TweeStaps", "Code"));
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, tweeStaps.Take(8));
        Assert.Equal(HttpStatusCode.TooManyRequests, tweeStaps[8]);
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync("/Account/Herstelcode", "Herstelcode"));
    }
}

/// <summary>Issue 9: the 2FA step and the recovery codes are also limited per account (own factory: own limiter, 3 per minute).</summary>
public sealed class TweeStapsAccountBegrenzingTests(InlogBegrenzingFactory factory) : IClassFixture<InlogBegrenzingFactory>
{
    [Fact]
    public async Task Tweestapscodes_en_herstelcodes_vallen_onder_de_begrenzing_per_account()
    {
        using var client = new PortalClient(factory);
        var wachtwoord = await client.LoginAsync("marieke.hoekstra", DemoSeeder.DemoWachtwoord);
        Assert.Equal(HttpStatusCode.Redirect, wachtwoord.StatusCode); // to the 2FA step; the password attempt counts as one

        var antwoorden = new List<string>();
        foreach (var (url, veld) in new[] { ("/Account/TweeStaps", "Code"), ("/Account/TweeStaps", "Code"), ("/Account/Herstelcode", "Herstelcode") })
        {
            var antwoord = await client.PostFormAsync(url, new Dictionary<string, string> { [veld] = "000000" });
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            antwoorden.Add(WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync()));
        }

        Assert.DoesNotContain(AccountController.TeVeelPogingen, antwoorden[0], StringComparison.Ordinal);
        Assert.DoesNotContain(AccountController.TeVeelPogingen, antwoorden[1], StringComparison.Ordinal);
        Assert.Contains(AccountController.TeVeelPogingen, antwoorden[2], StringComparison.Ordinal);
    }
}

/// <summary>The portal with a password hasher that counts its verifications.</summary>
public sealed class TellendeHasherFactory : WmoWebApplicationFactory
{
    public TellendeHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.ConfigureTestServices(builder,
            services => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<Wmo.Infrastructure.Identity.Gebruiker>>(services, Hasher));
    }

    public sealed class TellendeHasher : Microsoft.AspNetCore.Identity.PasswordHasher<Wmo.Infrastructure.Identity.Gebruiker>
    {
        private int _verificaties;

        public int Verificaties => Volatile.Read(ref _verificaties);

        public override Microsoft.AspNetCore.Identity.PasswordVerificationResult VerifyHashedPassword(Wmo.Infrastructure.Identity.Gebruiker user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verificaties);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>
/// Issue 9: a login for an unknown user does the same work as one for a known user with a wrong password — one verification
/// with the portal's own hasher — and gets the same answer, so neither the message nor the time tells whether an account
/// exists. Only the work is counted here, never a time (speed belongs in the benchmark).
/// </summary>
public sealed class InlogZonderAccountOrakelTests(TellendeHasherFactory factory) : IClassFixture<TellendeHasherFactory>
{
    [Fact]
    public async Task Een_onbekende_gebruiker_kost_evenveel_hashwerk_en_krijgt_hetzelfde_antwoord_als_een_fout_wachtwoord()
    {
        using var client = new PortalClient(factory);

        var voor = factory.Hasher.Verificaties;
        var bekend = await client.LoginAsync("jeroen.bakker", "Een-verkeerd-wachtwoord");
        var naBekend = factory.Hasher.Verificaties;
        var onbekend = await client.LoginAsync("bestaat.niet.hier", "Een-verkeerd-wachtwoord");
        var naOnbekend = factory.Hasher.Verificaties;

        Assert.Equal(1, naBekend - voor);
        Assert.Equal(1, naOnbekend - naBekend);
        Assert.Equal(HttpStatusCode.OK, onbekend.StatusCode);
        Assert.Equal(Melding(await bekend.Content.ReadAsStringAsync()), Melding(await onbekend.Content.ReadAsStringAsync()));
    }

    private static string Melding(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<div class=\"foutoverzicht[^>]*>[\\s\\S]*?</div>").Value;
}
