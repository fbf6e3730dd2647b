using Microsoft.EntityFrameworkCore;
using SQLitePCL;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15: SQLite's process-wide settings (<see cref="SqliteProces"/>) are set by every context built for SQLite, before
/// the first connection, so the read path does not take SQLite's memory-statistics mutex on every allocation.
/// </summary>
public sealed class SqliteProcesTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Een_context_voor_sqlite_zet_de_geheugenstatistiek_van_sqlite_uit_voordat_hij_verbindt()
    {
        Assert.True(SqliteProces.Geprobeerd);
        SqliteProces.StelIn();

        await using var db = _database.NieuweContext();
        Assert.True(await db.Ondersteuningsvragen.CountAsync() >= 0);

        // Set before this process's first connection (Support/SqliteProcesBijHetLaden goes through DatabaseSettings.Apply), so
        // SQLite accepted it; and without the statistics SQLite counts nothing: with them, an open connection that ran a query
        // holds memory.
        Assert.Equal(raw.SQLITE_OK, SqliteProces.Uitkomst);
        Assert.Equal(0, raw.sqlite3_memory_used());
    }
}
