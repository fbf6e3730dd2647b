using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Cli.Opdrachten;

/// <summary>Applies the pending migrations of the configured provider (a deployment step before the portal starts).</summary>
public sealed class DatabaseMigrerenOpdracht : IOpdracht
{
    public string Naam => "database migreren";

    public string Omschrijving => "Past de openstaande migraties toe op de geconfigureerde database (SQLite of SQL Server).";

    public IReadOnlyList<string> Voorbeelden => ["database migreren", "database migreren --alleen-tonen"];

    public IReadOnlyList<CliOptie> Opties => [new("alleen-tonen", "Toont de openstaande migraties zonder ze toe te passen.", IsSchakelaar: true)];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();
        var openstaand = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await context.Uit.WriteLineAsync($"Database: {db.Database.ProviderName}; openstaande migraties: {openstaand.Count}");
        foreach (var migratie in openstaand)
        {
            await context.Uit.WriteLineAsync($"  {migratie}");
        }

        if (context.Schakelaar("alleen-tonen") || openstaand.Count == 0)
        {
            return CliProgramma.Gelukt;
        }

        var logger = scope.ServiceProvider.GetRequiredService<ILogger<WmoDbContext>>();
        await DatabaseInitializer.MigrateAsync(db, logger, cancellationToken);
        await context.Uit.WriteLineAsync("Migraties toegepast.");
        return CliProgramma.Gelukt;
    }
}
