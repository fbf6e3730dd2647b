using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Authorization;

/// <summary>Claim types the portal adds to the sign-in cookie.</summary>
public static class WmoClaimTypes
{
    public const string Naam = "wmo:naam";
    public const string OrganisatieId = "wmo:organisatie";
    public const string OrganisatieNaam = "wmo:organisatienaam";
    public const string BuurtkamerId = "wmo:buurtkamer";
    public const string BuurtkamerNaam = "wmo:buurtkamernaam";

    /// <summary>Unix seconds of the sign-in, for the absolute session lifetime; kept when the principal is refreshed.</summary>
    public const string AangemeldOp = "wmo:aangemeld";
}

/// <summary>Puts name, organisation and buurtkamers in the cookie, so the header and authorization need no query.</summary>
public sealed class WmoClaimsPrincipalFactory(
    UserManager<Gebruiker> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options,
    WmoDbContext db,
    TimeProvider klok)
    : UserClaimsPrincipalFactory<Gebruiker, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Gebruiker user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(WmoClaimTypes.Naam, user.Naam));
        identity.AddClaim(new Claim(WmoClaimTypes.AangemeldOp, klok.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(TweeStapsVerplichtFilter.ClaimType, user.TwoFactorEnabled ? "1" : "0"));
        identity.AddClaim(new Claim(WachtwoordWijzigenVerplichtFilter.ClaimType, user.MoetWachtwoordWijzigen ? "1" : "0"));
        identity.AddClaim(new Claim(WmoClaimTypes.OrganisatieId, user.OrganisatieId.ToString()));
        var organisatie = await db.Organisaties.AsNoTracking()
            .Where(o => o.Id == user.OrganisatieId).Select(o => o.Naam).SingleOrDefaultAsync();
        identity.AddClaim(new Claim(WmoClaimTypes.OrganisatieNaam, organisatie ?? string.Empty));

        var buurtkamers = await db.GebruikerBuurtkamers.AsNoTracking()
            .Where(gb => gb.GebruikerId == user.Id)
            .Join(db.Buurtkamers, gb => gb.BuurtkamerId, b => b.Id, (gb, b) => new { b.Id, b.Naam })
            .OrderBy(b => b.Naam)
            .ToListAsync();
        foreach (var buurtkamer in buurtkamers)
        {
            identity.AddClaim(new Claim(WmoClaimTypes.BuurtkamerId, buurtkamer.Id.ToString()));
            identity.AddClaim(new Claim(WmoClaimTypes.BuurtkamerNaam, buurtkamer.Naam));
        }

        return identity;
    }
}

/// <summary>Only active accounts may sign in; a deactivated account gets the same answer as a wrong password.</summary>
public sealed class ActiefAccountBevestiging : IUserConfirmation<Gebruiker>
{
    public Task<bool> IsConfirmedAsync(UserManager<Gebruiker> manager, Gebruiker user) => Task.FromResult(user.IsActief);
}
