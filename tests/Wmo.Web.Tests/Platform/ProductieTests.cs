using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wmo.Application.Beheer;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Platform;

/// <summary>
/// The portal as it starts in Production behind a TLS-terminating load balancer at 10.0.0.5 (issue 9): its host name,
/// the load balancer, and a certificate in the user's store that encrypts the Data Protection keys.
/// </summary>
public sealed class ProductieFactory : WmoWebApplicationFactory
{
    public const string Host = "wmo.gemeente.nl";
    public const string LoadBalancer = "10.0.0.5";

    /// <summary>Test-only: the TCP peer address of a request (TestServer has none), as the load balancer would be.</summary>
    public const string PeerHeader = "X-Test-Peer";

    private readonly X509Certificate2 _certificaat = SleutelCertificaat.Maak();

    public string Thumbprint => _certificaat.Thumbprint;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["AllowedHosts"] = Host,
        ["Beveiliging:VertrouwdeProxies:0"] = LoadBalancer,
        ["DataProtection:CertificaatThumbprint"] = _certificaat.Thumbprint,
    };

    public HttpClient Client(string scheme = "https") =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://{Host}"), AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, PeerAdres>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SleutelCertificaat.Verwijder(_certificaat);
        }
    }

    private sealed class PeerAdres : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, volgende) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var adres))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(adres.ToString());
                }

                return volgende(context);
            });
            next(app);
        };
    }
}

/// <summary>A self-signed certificate with its private key in <c>CurrentUser\My</c>, as an operator would install it.</summary>
public static class SleutelCertificaat
{
    public static X509Certificate2 Maak()
    {
        using var rsa = RSA.Create(2048);
        var verzoek = new CertificateRequest("CN=Wmo.Portal test sleutelbescherming", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var tijdelijk = verzoek.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var certificaat = X509CertificateLoader.LoadPkcs12(tijdelijk.Export(X509ContentType.Pkcs12), null,
            X509KeyStorageFlags.Exportable | X509KeyStorageFlags.PersistKeySet);
        using var archief = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        archief.Open(OpenFlags.ReadWrite);
        archief.Add(certificaat);
        return certificaat;
    }

    public static void Verwijder(X509Certificate2 certificaat)
    {
        using var archief = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        archief.Open(OpenFlags.ReadWrite);
        archief.Remove(certificaat);
        certificaat.Dispose();
    }
}

/// <summary>Production where the portal ends TLS itself (no load balancer): <c>Beveiliging:HttpsAfdwingen=true</c>, port 443.</summary>
public sealed class EigenTlsFactory : WmoWebApplicationFactory
{
    private readonly X509Certificate2 _certificaat = SleutelCertificaat.Maak();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["AllowedHosts"] = ProductieFactory.Host,
        ["Beveiliging:HttpsAfdwingen"] = "true",
        ["https_port"] = "443",
        ["DataProtection:CertificaatThumbprint"] = _certificaat.Thumbprint,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SleutelCertificaat.Verwijder(_certificaat);
        }
    }
}

/// <summary>Issue 9: where the portal ends TLS itself, HTTP goes to HTTPS (permanently) and HTTPS gets HSTS.</summary>
public sealed class EigenTlsTests(EigenTlsFactory factory) : IClassFixture<EigenTlsFactory>
{
    [Theory]
    [InlineData("/Account/Inloggen")]
    [InlineData("/health")]
    [InlineData("/Vraag/Details/00000000-0000-0000-0000-000000000001?x=1")]
    public async Task Http_gaat_naar_https_en_https_krijgt_hsts(string pad)
    {
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{ProductieFactory.Host}"), AllowAutoRedirect = false });
        var antwoord = await http.GetAsync(new Uri(pad, UriKind.Relative));

        Assert.Equal(HttpStatusCode.PermanentRedirect, antwoord.StatusCode);
        Assert.Equal(new Uri($"https://{ProductieFactory.Host}{pad}"), antwoord.Headers.Location);
        Assert.False(antwoord.Headers.Contains("Set-Cookie"));

        using var https = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"https://{ProductieFactory.Host}"), AllowAutoRedirect = false });
        var veilig = await https.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, veilig.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", veilig.Headers.GetValues("Strict-Transport-Security").Single());
    }
}

/// <summary>Production without its required settings.</summary>
public sealed class ProductieZonderInstellingenFactory : WmoWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class ProductieTests(ProductieFactory factory) : IClassFixture<ProductieFactory>
{
    [Fact]
    public void Zonder_de_vereiste_instellingen_start_productie_niet_en_de_melding_noemt_wat_ontbreekt()
    {
        using var zonder = new ProductieZonderInstellingenFactory();

        var fout = Assert.ThrowsAny<Exception>(() => zonder.CreateClient()).ToString();

        Assert.Contains("Het portaal start niet in de omgeving Production", fout, StringComparison.Ordinal);
        Assert.Contains("AllowedHosts", fout, StringComparison.Ordinal);
        Assert.Contains("Beveiliging:VertrouwdeProxies", fout, StringComparison.Ordinal);
        Assert.Contains("Beveiliging:HttpsAfdwingen", fout, StringComparison.Ordinal);
        Assert.Contains("DataProtection:CertificaatThumbprint", fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Productie_start_met_de_rollen_maar_zonder_demo_accounts_of_demo_organisaties()
    {
        using var client = factory.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative))).StatusCode);

        var demoAccounts = Wmo.Infrastructure.Seeding.DemoSeeder.Accounts.Select(a => a.Gebruikersnaam.ToUpperInvariant()).ToList();
        Assert.False(await factory.LeesAsync(db => db.Users.AnyAsync(u => demoAccounts.Contains(u.NormalizedUserName!))));
        Assert.False(await factory.LeesAsync(db => db.Organisaties.AnyAsync(o => o.Naam != Organisatienaam)));
        Assert.Equal(Rollen.Alle.Count, await factory.LeesAsync(db => db.Roles.CountAsync()));
    }

    [Fact]
    public async Task Een_onbekende_hostnaam_wordt_geweigerd()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://aanvaller.example") });

        var antwoord = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
    }

    [Fact]
    public async Task Achter_de_load_balancer_werkt_inloggen_met_alleen_Secure_cookies_en_HSTS_van_een_jaar()
    {
        var (gebruikersnaam, wachtwoord) = await SociaalWerkerAsync("productie.collega");
        // The browser's cookies: it speaks HTTPS to the load balancer, so it sends its Secure cookies; the HTTP client
        // behind the load balancer would not, hence this jar.
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://{ProductieFactory.Host}"), AllowAutoRedirect = false, HandleCookies = false,
        });
        var cookies = new List<string>();
        var pot = new Dictionary<string, string>();

        async Task<HttpResponseMessage> Via(HttpRequestMessage verzoek)
        {
            // TLS ended at the load balancer: it reaches the portal over HTTP and says so in X-Forwarded-Proto.
            verzoek.Headers.Add(ProductieFactory.PeerHeader, ProductieFactory.LoadBalancer);
            verzoek.Headers.Add("X-Forwarded-For", "203.0.113.7");
            verzoek.Headers.Add("X-Forwarded-Proto", "https");
            if (pot.Count > 0)
            {
                verzoek.Headers.Add("Cookie", string.Join("; ", pot.Select(c => $"{c.Key}={c.Value}")));
            }

            var antwoord = await client.SendAsync(verzoek);
            foreach (var cookie in antwoord.Headers.TryGetValues("Set-Cookie", out var nieuw) ? nieuw : [])
            {
                cookies.Add(cookie);
                var naamWaarde = cookie.Split(';')[0].Split('=', 2);
                pot[naamWaarde[0]] = naamWaarde[1];
            }

            return antwoord;
        }

        var formulier = await Via(new HttpRequestMessage(HttpMethod.Get, "/Account/Inloggen"));
        Assert.True(formulier.StatusCode == HttpStatusCode.OK, $"{formulier.StatusCode}: {await formulier.Content.ReadAsStringAsync()}");
        Assert.Equal("max-age=31536000; includeSubDomains", formulier.Headers.GetValues("Strict-Transport-Security").Single());
        var token = PortalClient.AntiforgeryToken(await formulier.Content.ReadAsStringAsync());

        var mislukt = await Via(new HttpRequestMessage(HttpMethod.Post, "/Account/Inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Gebruikersnaam"] = gebruikersnaam, ["Wachtwoord"] = "een-verkeerd-wachtwoord", ["__RequestVerificationToken"] = token,
            }),
        });
        Assert.Equal(HttpStatusCode.OK, mislukt.StatusCode);

        // The failed sign-in is recorded with the client's address from the load balancer, not the load balancer's own.
        Assert.True(await factory.LeesAsync(db => db.AuditTrail.AnyAsync(a => a.Onderwerp == "Inloggen" && a.Details!.Contains("203.0.113.7"))));

        var inloggen = await Via(new HttpRequestMessage(HttpMethod.Post, "/Account/Inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Gebruikersnaam"] = gebruikersnaam, ["Wachtwoord"] = wachtwoord, ["__RequestVerificationToken"] = token,
            }),
        });
        Assert.Equal(HttpStatusCode.Redirect, inloggen.StatusCode);
        var thuis = await Via(new HttpRequestMessage(HttpMethod.Get, "/"));
        Assert.True(thuis.StatusCode == HttpStatusCode.OK || thuis.StatusCode == HttpStatusCode.Redirect && !thuis.Headers.Location!.ToString().Contains("Inloggen", StringComparison.Ordinal),
            $"Na het inloggen: {thuis.StatusCode} {thuis.Headers.Location}");

        Assert.Contains(cookies, c => c.StartsWith("wmo.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("wmo.af=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Forwarded_headers_van_een_onbekend_adres_worden_niet_vertrouwd()
    {
        using var client = factory.Client("http");
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/health");
        verzoek.Headers.Add(ProductieFactory.PeerHeader, "198.51.100.9");
        verzoek.Headers.Add("X-Forwarded-Proto", "https");

        var antwoord = await client.SendAsync(verzoek);

        // Still HTTP to the portal: no HSTS (only sent over HTTPS), so the forwarded scheme was not believed.
        Assert.False(antwoord.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task De_Data_Protection_sleutels_staan_versleuteld_met_het_certificaat_in_de_database()
    {
        using var client = factory.Client();
        await client.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative));

        var sleutels = await factory.LeesAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(sleutels);
        Assert.All(sleutels, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });

        // Read back from the database and decrypted with the certificate from the store, as another instance would.
        var sleutelbeheer = factory.Services.GetRequiredService<IKeyManager>();
        Assert.All(sleutelbeheer.GetAllKeys(), sleutel => Assert.NotNull(sleutel.Descriptor));
    }

    [Fact]
    public void Kestrel_stuurt_geen_Server_header()
    {
        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task Met_dotnet_run_en_ASPNETCORE_ENVIRONMENT_Production_draait_het_portaal_echt_Production()
    {
        // dotnet run applies the launch profile; ASPNETCORE_ENVIRONMENT from the shell must win. Production then refuses to
        // start without its settings; had the profile forced Development, the portal would start and keep running.
        var map = Directory.CreateTempSubdirectory("wmo-productie-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "run", "--project", Path.Combine(RepoPaths.Root, "src", "Wmo.Web"), "--no-build", "-c", RepoPaths.Configuration },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = map,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["Database__DataFolder"] = map;
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(map, "wmo-.log");
        using var proces = Process.Start(start)!;
        var uit = proces.StandardOutput.ReadToEndAsync();
        var fout = proces.StandardError.ReadToEndAsync();
        using var tijd = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await proces.WaitForExitAsync(tijd.Token);
        }
        catch (OperationCanceledException)
        {
            proces.Kill(entireProcessTree: true);
            Assert.Fail("Het portaal bleef draaien: het startprofiel overschreef ASPNETCORE_ENVIRONMENT=Production. " + await uit);
        }

        Assert.NotEqual(0, proces.ExitCode);
        Assert.Contains("Het portaal start niet in de omgeving Production", await uit + await fout, StringComparison.Ordinal);
    }

    private const string Organisatienaam = "Gemeente Productie";

    private Task<(string Gebruikersnaam, string Wachtwoord)> SociaalWerkerAsync(string gebruikersnaam) =>
        factory.InScopeAsync(async sp =>
        {
            const string wachtwoord = "Paarse-Fiets-Onder-De-Brug-42";
            var db = sp.GetRequiredService<WmoDbContext>();
            var organisatie = await db.Organisaties.FirstOrDefaultAsync(o => o.Naam == Organisatienaam);
            if (organisatie is null)
            {
                organisatie = new Organisatie(Organisatienaam, OrganisatieSoort.Gemeente);
                db.Organisaties.Add(organisatie);
                await db.SaveChangesAsync();
            }

            var resultaat = await sp.GetRequiredService<Accountbeheer>()
                .AanmakenAsync(new AccountGegevens("Productie Collega", Rollen.SociaalWerker, organisatie.Id, []), gebruikersnaam, wachtwoord);
            Assert.True(resultaat.Succeeded, string.Join(" ", resultaat.Errors.Select(e => e.Description)));
            return (gebruikersnaam, wachtwoord);
        });
}
