using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Identity;

namespace Wmo.Web.Tests.Support;

/// <summary>A demo user as the portal sees them, for tests that call a service directly instead of over HTTP.</summary>
public static class Aanmelding
{
    /// <summary>The principal the portal builds for this user at sign-in (role, buurtkamers), outside a request.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider sp, string gebruikersnaam)
    {
        var gebruikers = sp.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = await gebruikers.FindByNameAsync(gebruikersnaam) ?? throw new InvalidOperationException(gebruikersnaam);
        return await sp.GetRequiredService<IUserClaimsPrincipalFactory<Gebruiker>>().CreateAsync(gebruiker);
    }
}
