using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build a <see cref="WmoDbContext"/> for Sqlite without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<WmoDbContext>
{
    public WmoDbContext CreateDbContext(string[] args)
    {
        var settings = new DatabaseSettings
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = "Data Source=design-time.db",
        };
        var options = new DbContextOptionsBuilder<WmoDbContext>();
        settings.Apply(options, Directory.GetCurrentDirectory());
        return new WmoDbContext(options.Options);
    }
}
