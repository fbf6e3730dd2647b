using Microsoft.AspNetCore.Identity;
using Wmo.Infrastructure.Identity;

namespace Wmo.Infrastructure.Seeding;

/// <summary>Makes sure every role of <see cref="Rollen"/> exists; runs in every environment.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole<Guid>> roles)
{
    public async Task SeedAsync()
    {
        foreach (var rol in Rollen.Alle)
        {
            if (!await roles.RoleExistsAsync(rol))
            {
                var result = await roles.CreateAsync(new IdentityRole<Guid>(rol) { Id = Guid.CreateVersion7() });
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Rol {rol} kon niet worden aangemaakt.");
                }
            }
        }
    }
}
