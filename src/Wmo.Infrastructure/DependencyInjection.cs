using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Beleid;
using Wmo.Infrastructure.Beveiliging;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the database (provider from <c>Database:Provider</c>), the clock and Data Protection keys in the database.</summary>
    public static IServiceCollection AddWmoInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Read lazily, so configuration added late (tests, environment variables) is honoured.
        services.AddOptions<DatabaseSettings>().Bind(configuration.GetSection(DatabaseSettings.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DatabaseSettings>>().Value);
        // The options are built once (they depend only on the settings), not per request: built per scope they cost
        // ~21 KiB of allocations on every page (docs/performance.md, ninth round). The context itself stays scoped.
        // Open SQLite connections with their prepared statements, lent to one context at a time (docs/performance.md,
        // fifteenth round); disposed, and so closed, with the container.
        services.AddSingleton(sp => new SqliteVerbindingenHouder(sp.GetRequiredService<DatabaseSettings>().MaakSqliteVerbindingen(environment.ContentRootPath)));
        services.AddDbContext<WmoDbContext>((sp, options) =>
            sp.GetRequiredService<DatabaseSettings>().Apply(options, environment.ContentRootPath, sp.GetRequiredService<SqliteVerbindingenHouder>().Verbindingen),
            contextLifetime: ServiceLifetime.Scoped, optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditBron, SysteemAuditBron>();

        // Reads, searches and refusals of requests that change nothing are written in shared transactions (group commit,
        // issue 15, docs/performance.md tenth round); disposing the container (after the server stopped) drains the queue.
        services.AddSingleton<GebundeldeAuditSchrijver>();
        services.AddScoped<InzageLogboek>();
        services.AddSingleton<Beleidsbron>();
        services.AddSingleton(_ => Startbeleid.Uit(configuration, environment.ContentRootPath));

        // The policy that holds today, read from the reference tables, with the gelijkgestelde dagen of the Atw
        // calendar (read per scope); a step dated otherwise asks Beleidsbron.Op(datum).
        services.AddScoped(sp => BeleidMetFeestdagen.Laad(sp.GetRequiredService<Beleidsbron>().Vandaag(), sp.GetRequiredService<WmoDbContext>()));
        services.AddOptions<Iwmo.IwmoInstellingen>().Bind(configuration.GetSection(Iwmo.IwmoInstellingen.Sectie));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<Iwmo.IwmoInstellingen>>().Value);

        // Keys in the shared database, so several instances behind a load balancer read each other's cookies;
        // encrypted with a certificate where one is configured (required in production, issue 9).
        services.AddDataProtection()
            .SetApplicationName("Wmo.Portal")
            .PersistKeysToDbContext<WmoDbContext>()
            .BeschermSleutelsMetCertificaat();
        return services;
    }

    /// <summary>
    /// The portal only: on a SQLite file the reads are journaled and appended to the trail every few seconds
    /// (<see cref="InzageJournaal"/>, docs/performance.md, twenty-fourth round); <c>Database:SqliteInzageJournaal</c> = false
    /// commits every batch of reads before its requests go on, as the command line always does.
    /// </summary>
    public static IServiceCollection AddInzageJournaal(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.Replace(ServiceDescriptor.Singleton(sp =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            var map = settings.InzageJournaalMap(environment.ContentRootPath);
            return new GebundeldeAuditSchrijver(
                sp.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<WmoDbContext>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<GebundeldeAuditSchrijver>>(),
                map is null ? null : new InzageJournaalInstellingen(map, TimeSpan.FromMilliseconds(Math.Max(1, settings.SqliteInzageJournaalMilliseconden))));
        }));
        return services;
    }

    /// <summary>
    /// The portal only: on SQLite the WAL is checkpointed in the background (<see cref="WalCheckpointDienst"/>), and the
    /// connections' own checkpoint in the commit moves to that service's safety net.
    /// </summary>
    public static IServiceCollection AddWalCheckpoints(this IServiceCollection services)
    {
        services.PostConfigure<DatabaseSettings>(settings =>
        {
            if (WalCheckpointDienst.IsAan(settings))
            {
                settings.SqliteWalAutocheckpointPaginas = Math.Max(settings.SqliteWalAutocheckpointPaginas, WalCheckpointDienst.VangnetPaginas);
            }
        });
        services.AddHostedService<WalCheckpointDienst>();
        return services;
    }
}
