using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wmo.Infrastructure.Identity;

namespace Wmo.Web.Tests.Support;

/// <summary>
/// The real portal (Development environment, demo data) on its own SQLite database file in a
/// temporary folder, so every test class starts from a known state.
/// </summary>
public class WmoWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wmo-tests", Guid.NewGuid().ToString("N"));

    public string DataFolder => _folder;

    public string DatabasePath => Path.Combine(_folder, "wmo.db");

    public string LogFolder => Path.Combine(_folder, "logs");

    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>The portal's clock. Starts at the real now; tests advance it (e.g. past the 6-week onderzoekstermijn).</summary>
    public FakeTimeProvider Klok { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>
    /// The time the authenticator codes are checked against. Each code accepted once (issue 9) would make every further
    /// sign-in of a demo account wait for the next 30-second step; <see cref="Totp.VolgendeCode(string, FakeTimeProvider)"/>
    /// moves this clock one step on instead.
    /// </summary>
    public FakeTimeProvider TotpTijd { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Runs <paramref name="werk"/> with the app's own services in a scope (e.g. <c>DossierBouwer</c>).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> werk)
    {
        await using var scope = Services.CreateAsyncScope();

        // The portal journals its reads and appends them to the audit trail every few seconds (InzageJournaal); what a
        // test reads after a request includes them, as the privacy overviews do.
        await scope.ServiceProvider.GetRequiredService<Wmo.Infrastructure.Audit.GebundeldeAuditSchrijver>().SpoelAsync();
        return await werk(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:DataFolder"] = _folder,

                // Tests arrange their own dossiers; the demo accounts and organisations are seeded.
                ["DemoData:Dossiers"] = "false",

                // The read journal is appended when a test reads the trail (InScopeAsync, as the privacy pages do), not on a
                // timer: a round in the middle of a request whose SQL a test counts would be counted with it. The timer
                // itself: InzageJournaalTests.
                ["Database:SqliteInzageJournaalMilliseconden"] = "3600000",

                // All test clients share one (absent) address and the demo users; RateLimitTests set real limits.
                ["Beveiliging:InlogpogingenPerAdresPerMinuut"] = "1000000",
                ["Beveiliging:InlogpogingenPerAccountPerMinuut"] = "1000000",
                ["Serilog:WriteTo:1:Args:path"] = Path.Combine(LogFolder, "wmo-.log"),
            };
            foreach (var (key, value) in ExtraSettings)
            {
                settings[key] = value;
            }

            config.AddInMemoryCollection(settings);
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Klok);
            services.AddSingleton(new TotpKlok(TotpTijd));
            services.AddSingleton(new TotpTestklok(TotpTijd));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A log file may still be held open by the sink; the temp folder is cleaned by the OS.
            }
        }
    }
}

/// <summary>
/// The authenticator clock of a test host, findable in its services: a factory derived with <c>WithWebHostBuilder</c>
/// keeps the portal's TOTP clock, so its clients must sign in on the same clock.
/// </summary>
public sealed record TotpTestklok(FakeTimeProvider Tijd);
