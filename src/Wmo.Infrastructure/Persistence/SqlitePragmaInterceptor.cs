using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Sets the per-connection SQLite pragmas: a busy timeout so concurrent writers wait instead of
/// failing, and NORMAL synchronisation, which in WAL mode is durable against a process crash.
/// WAL itself is persistent in the file and switched on once at start-up (<see cref="DatabaseInitializer"/>).
/// </summary>
internal sealed class SqlitePragmaInterceptor(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        Apply(connection);
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
    }
}
