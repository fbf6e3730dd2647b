using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Tests.Support;

public static class DatabaseLezer
{
    /// <summary>Reads what the app stored, in a fresh scope (for asserts on the database).</summary>
    public static Task<T> LeesAsync<T>(this WmoWebApplicationFactory factory, Func<WmoDbContext, Task<T>> lees) =>
        factory.InScopeAsync(sp => lees(sp.GetRequiredService<WmoDbContext>()));
}
