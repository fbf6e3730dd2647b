using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Wmo.Infrastructure.Persistence;

/// <summary>Applies the migrations of the configured provider and switches SQLite to WAL (reference data: <c>Referentiedata</c>).</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(WmoDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while one writer writes; the setting is stored in the database file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Database: {Count} migratie(s) toepassen", pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
