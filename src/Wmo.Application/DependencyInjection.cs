using Microsoft.Extensions.DependencyInjection;

namespace Wmo.Application;

/// <summary>
/// The use cases: one class per workflow step that spans aggregates or needs the database, shared by the portal,
/// the command line, the seeder and the tests (docs/architectuur.md).
/// </summary>
public static class DependencyInjection
{
    /// <summary>Registers every use case of this assembly: each public class whose name ends in one of the use-case suffixes.</summary>
    public static IServiceCollection AddWmoApplication(this IServiceCollection services)
    {
        var useCases = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.GetCustomAttributes(typeof(UseCaseAttribute), inherit: false).Length > 0);
        foreach (var type in useCases)
        {
            services.AddScoped(type);
        }

        // Shared by every request: the dashboard's figures and the month's heffingen for a few minutes (docs/performance.md).
        services.AddSingleton<Monitoring.MonitoringCache>();
        services.AddSingleton<EigenBijdrage.HeffingenCache>();

        // Werkvoorraden kept between views while the stands of their keys are unchanged (issue 15).
        services.AddSingleton<Vragen.WerkvoorraadGeheugen>();

        return services;
    }
}

/// <summary>Marks a class as a use case, so <see cref="DependencyInjection.AddWmoApplication"/> registers it (scoped).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class UseCaseAttribute : Attribute;
