using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build a <see cref="WmoDbContext"/> for SqlServer without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<WmoDbContext>
{
    public WmoDbContext CreateDbContext(string[] args)
    {
        var settings = new DatabaseSettings
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=localhost;Database=Wmo;Trusted_Connection=True;TrustServerCertificate=True",
        };
        var options = new DbContextOptionsBuilder<WmoDbContext>();
        settings.Apply(options, Directory.GetCurrentDirectory());
        return new WmoDbContext(options.Options);
    }
}
