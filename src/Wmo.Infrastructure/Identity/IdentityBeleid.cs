using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Identity;

/// <summary>
/// The one account policy (password, lockout) of the portal and the command line: an account made with
/// <c>wmo beheerder aanmaken</c> meets the same rules as one made on the beheer pages.
/// </summary>
public static class IdentityBeleid
{
    public static void StelIn(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Length over composition rules (NIST SP 800-63B §5.1.1.2, ASVS 2.1.1/2.1.9).
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.SignIn.RequireConfirmedAccount = true;
        options.User.RequireUniqueEmail = false;
    }

    /// <summary>The stores, Dutch messages and validators every host of the accounts uses.</summary>
    public static IdentityBuilder MetWmoOpslag(this IdentityBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddEntityFrameworkStores<WmoDbContext>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddPasswordValidator<VeelgebruiktWachtwoordValidator>();
    }

    /// <summary>Accounts without sign-in (the command line): the user and role managers with the portal's policy.</summary>
    public static IServiceCollection AddWmoAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<Gebruiker>(StelIn)
            .AddRoles<IdentityRole<Guid>>()
            .MetWmoOpslag();
        return services;
    }
}
