using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wmo.Application;
using Wmo.Infrastructure;
using Wmo.Infrastructure.Identity;

namespace Wmo.Cli;

/// <summary>
/// The command line's services, configured exactly like the portal: the portal's <c>appsettings.json</c> and
/// <c>appsettings.{omgeving}.json</c>, then environment variables (<c>Database__Provider=SqlServer</c>, ...), so the
/// command line and the portal use the same database.
/// </summary>
public static class CliHost
{
    /// <summary>Environment variable naming the portal's content root (the folder with its appsettings and <c>data/</c>).</summary>
    public const string ContentRootVariabele = "WMO_CONTENT_ROOT";

    public static IServiceProvider Bouw(IReadOnlyDictionary<string, string?>? extraInstellingen = null)
    {
        // The portal's order: ASPNETCORE_ENVIRONMENT overrides DOTNET_ENVIRONMENT (WebApplication.CreateBuilder).
        var omgeving = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environments.Production;
        var contentRoot = ZoekContentRoot();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = omgeving,
            ContentRootPath = contentRoot,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(contentRoot, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(contentRoot, $"appsettings.{omgeving}.json"), optional: true)
            .AddEnvironmentVariables();
        if (extraInstellingen is not null)
        {
            builder.Configuration.AddInMemoryCollection(extraInstellingen);
        }

        // Only warnings: the command's own output is the report; progress goes to standard error.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddWmoInfrastructure(builder.Configuration, builder.Environment);
        builder.Services.AddWmoApplication();
        builder.Services.AddWmoAccounts();
        return builder.Build().Services;
    }

    /// <summary>
    /// <c>WMO_CONTENT_ROOT</c> when set; otherwise the portal project <c>src/Wmo.Web</c> found upwards from the current
    /// folder (a developer runs <c>dotnet run --project src/Wmo.Cli</c> from the repository); otherwise the folder of
    /// the binary (a deployed portal ships its appsettings beside it).
    /// </summary>
    public static string ZoekContentRoot()
    {
        var ingesteld = Environment.GetEnvironmentVariable(ContentRootVariabele);
        if (!string.IsNullOrWhiteSpace(ingesteld))
        {
            return Path.GetFullPath(ingesteld);
        }

        for (var map = new DirectoryInfo(Directory.GetCurrentDirectory()); map is not null; map = map.Parent)
        {
            var portaal = Path.Combine(map.FullName, "src", "Wmo.Web");
            if (File.Exists(Path.Combine(portaal, "appsettings.json")))
            {
                return portaal;
            }
        }

        return File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            ? Directory.GetCurrentDirectory()
            : AppContext.BaseDirectory;
    }
}
