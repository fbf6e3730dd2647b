using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Platform;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void De_migraties_dekken_het_hele_model(DatabaseProvider provider)
    {
        using var db = CreateContext(provider);
        Assert.False(db.Database.HasPendingModelChanges(), $"Het model wijkt af van de {provider}-migraties: voeg een migratie toe.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public async Task Het_idempotente_SQL_Server_script_van_dotnet_ef_parseert_zonder_fouten()
    {
        var output = Path.Combine(Path.GetTempPath(), $"wmo-sqlserver-{Guid.NewGuid():N}.sql");
        try
        {
            await RunAsync("dotnet", "tool restore");
            await RunAsync("dotnet",
                $"ef migrations script --idempotent --no-build --configuration {RepoPaths.Configuration} " +
                "--project src/Wmo.Migrations.SqlServer --startup-project src/Wmo.Migrations.SqlServer " +
                $"--output \"{output}\"");

            var script = await File.ReadAllTextAsync(output);
            Assert.Contains("CREATE TABLE [Organisaties]", script, StringComparison.Ordinal);
            Assert.Contains("__EFMigrationsHistory", script, StringComparison.Ordinal);

            var parser = new TSql160Parser(initialQuotedIdentifiers: true);
            using var reader = new StringReader(script);
            _ = parser.Parse(reader, out var errors);
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"regel {e.Line}: {e.Message}")));
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static WmoDbContext CreateContext(DatabaseProvider provider)
    {
        var settings = new DatabaseSettings
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.SqlServer
                ? "Server=localhost;Database=WmoModelCheck;TrustServerCertificate=True"
                : "Data Source=:memory:",
        };
        var options = new DbContextOptionsBuilder<WmoDbContext>();
        settings.Apply(options, Path.GetTempPath());
        return new WmoDbContext(options.Options);
    }

    private static async Task RunAsync(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{file} {arguments} faalde ({process.ExitCode}):\n{await stdout}\n{await stderr}");
    }
}
