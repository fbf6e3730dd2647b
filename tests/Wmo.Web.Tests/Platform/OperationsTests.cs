using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Serilog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Platform;

public sealed class OperationsTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Health_meldt_Healthy_met_de_databasecontrole_zonder_in_te_loggen()
    {
        using var client = new PortalClient(factory);
        var response = await client.Http.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task De_SQLite_database_is_gemigreerd_en_staat_in_WAL_modus()
    {
        using var client = new PortalClient(factory);
        _ = await client.Http.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.True(File.Exists(factory.DatabasePath));

        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void De_configuratiebestanden_worden_niet_gevolgd_want_de_database_en_de_logs_staan_onder_de_content_root()
    {
        // Issue 15, thirteenth round: a watch on appsettings.json watches the whole content root, where every commit and
        // every log line then wakes it. The portal reads its configuration once.
        var configuratie = (Microsoft.Extensions.Configuration.IConfigurationRoot)factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        var bestanden = configuratie.Providers.OfType<Microsoft.Extensions.Configuration.FileConfigurationProvider>().ToList();

        Assert.Contains(bestanden, b => b.Source.Path == "appsettings.json");
        Assert.All(bestanden, b => Assert.False(b.Source.ReloadOnChange, $"{b.Source.Path} wordt gevolgd"));
    }

    [Fact]
    public async Task Data_Protection_sleutels_staan_in_de_database()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    [Fact]
    public async Task Elke_response_heeft_de_beveiligingsheaders()
    {
        using var client = new PortalClient(factory);
        var response = await client.Http.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Een_onbekende_pagina_geeft_een_Nederlandse_foutpagina()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("anna.devries");
        var response = await client.Http.GetAsync(new Uri("/bestaat/niet/echt", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>
/// The portal's file log rolls to a new file at its size limit instead of silently stopping (Serilog's default stops writing
/// at 1 GB; under the benchmark that took a quarter of an hour). Uses the portal's own appsettings.json, with a tiny limit.
/// </summary>
public sealed class LogbestandTests
{
    [Fact]
    public void Bij_de_grootte_grens_begint_een_nieuw_bestand_en_gaat_geen_regel_verloren()
    {
        var map = Path.Combine(Path.GetTempPath(), "wmo-log-" + Guid.NewGuid().ToString("N"));
        try
        {
            var portaal = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
                .Build();
            var bestand = portaal.GetSection("Serilog:WriteTo").GetChildren().Single(s => s["Name"] == "File");

            // The portal's file sink with all its arguments, only with another folder and a limit of 4 KB.
            var alleenBestand = bestand.GetSection("Args").GetChildren()
                .ToDictionary(a => $"Serilog:WriteTo:0:Args:{a.Key}", a => a.Value);
            alleenBestand["Serilog:WriteTo:0:Name"] = "File";
            alleenBestand["Serilog:WriteTo:0:Args:path"] = Path.Combine(map, "wmo-.log");
            alleenBestand["Serilog:WriteTo:0:Args:fileSizeLimitBytes"] = "4096";
            var config = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(alleenBestand).Build();
            using (var log = new Serilog.LoggerConfiguration().ReadFrom.Configuration(config).CreateLogger())
            {
                for (var i = 0; i < 200; i++)
                {
                    log.Information("Regel {Nummer} van de logtest", i);
                }
            }

            var bestanden = Directory.GetFiles(map);
            Assert.True(bestanden.Length > 1, $"{bestanden.Length} logbestand(en): de log rolt niet door bij de grens");
            var tekst = string.Concat(bestanden.Order().Select(File.ReadAllText));
            Assert.Contains("Regel 0 van de logtest", tekst, StringComparison.Ordinal);
            Assert.Contains("Regel 199 van de logtest", tekst, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(map))
            {
                Directory.Delete(map, recursive: true);
            }
        }
    }
}

/// <summary>Issue 15: a validator without dependencies is built once, one that needs a service (the clock) per request.</summary>
public sealed class ValidatorLevensduurTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public void Een_validator_zonder_afhankelijkheden_is_er_een_keer_een_met_de_klok_per_verzoek()
    {
        (object, object) TweeKeer<T>()
        {
            using var een = factory.Services.CreateScope();
            using var twee = factory.Services.CreateScope();
            return (een.ServiceProvider.GetRequiredService<FluentValidation.IValidator<T>>(), twee.ServiceProvider.GetRequiredService<FluentValidation.IValidator<T>>());
        }

        var (zoekEen, zoekTwee) = TweeKeer<Wmo.Web.Models.Intake.ZoekModel>();
        Assert.Same(zoekEen, zoekTwee);
        var (opschortenEen, opschortenTwee) = TweeKeer<Wmo.Web.Models.Intake.OpschortenModel>();
        Assert.NotSame(opschortenEen, opschortenTwee);
    }
}
