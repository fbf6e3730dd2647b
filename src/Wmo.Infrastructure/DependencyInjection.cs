using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the database (provider from <c>Database:Provider</c>), the clock and Data Protection keys in the database.</summary>
    public static IServiceCollection AddWmoInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(DatabaseSettings.Section).Get<DatabaseSettings>() ?? new DatabaseSettings();
        services.AddSingleton(settings);
        services.AddDbContext<WmoDbContext>(options => settings.Apply(options, environment.ContentRootPath));
        services.AddSingleton(TimeProvider.System);

        // Keys in the shared database, so several instances behind a load balancer read each other's cookies.
        services.AddDataProtection()
            .SetApplicationName("Wmo.Portal")
            .PersistKeysToDbContext<WmoDbContext>();
        return services;
    }
}
