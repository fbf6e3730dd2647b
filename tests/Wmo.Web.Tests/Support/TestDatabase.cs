using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Tests.Support;

/// <summary>A migrated SQLite database file of its own, for persistence tests without the web host.</summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wmo-db-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => System.IO.Path.Combine(_folder, "wmo.db");

    public WmoDbContext NieuweContext()
    {
        var settings = new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataFolder = _folder };
        var options = new DbContextOptionsBuilder<WmoDbContext>();
        settings.Apply(options, _folder);
        return new WmoDbContext(options.Options);
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
