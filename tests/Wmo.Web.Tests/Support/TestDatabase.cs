using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Tests.Support;

/// <summary>A migrated SQLite database file of its own, for persistence tests without the web host.</summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wmo-db-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => System.IO.Path.Combine(_folder, "wmo.db");

    public WmoDbContext NieuweContext() => new(Options());

    /// <summary>The options the portal would build for this database, plus <paramref name="interceptors"/> (a counter, a fault).</summary>
    public DbContextOptions<WmoDbContext> Options(params IInterceptor[] interceptors)
    {
        var settings = new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataFolder = _folder };
        var options = new DbContextOptionsBuilder<WmoDbContext>();
        settings.Apply(options, _folder);
        options.AddInterceptors(interceptors);
        return options.Options;
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await using var db = NieuweContext();
        await DatabaseInitializer.MigrateAsync(db, NullLogger.Instance);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
