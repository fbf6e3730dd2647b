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
        identity.AddClaim(new Claim(WmoClaimTypes.AangemeldOp, klok.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var organisatie = await db.Organisaties.AsNoTracking()
            .Where(o => o.Id == user.OrganisatieId).Select(o => o.Naam).SingleOrDefaultAsync();
        var buurtkamers = await db.GebruikerBuurtkamers.AsNoTracking()
            .Where(gb => gb.GebruikerId == user.Id)
            .Join(db.Buurtkamers, gb => gb.BuurtkamerId, b => b.Id, (gb, b) => new { b.Id, b.Naam })
            .OrderBy(b => b.Naam)
            .ToListAsync();
        identity.AddClaims(WmoClaims(user.Naam, user.TwoFactorEnabled, user.MoetWachtwoordWijzigen, user.OrganisatieId, organisatie,
            buurtkamers.Select(b => (b.Id, b.Naam))));
        return identity;
    }

    /// <summary>
    /// The portal's own claims next to Identity's (all but <see cref="WmoClaimTypes.AangemeldOp"/>), from the account's
    /// data; also what <see cref="StempelControle"/> compares a cookie with.
    /// </summary>
    public static IEnumerable<Claim> WmoClaims(string naam, bool tweeStaps, bool moetWachtwoordWijzigen, Guid organisatieId, string? organisatieNaam,
        IEnumerable<(Guid Id, string Naam)> buurtkamers)
    {
        yield return new Claim(WmoClaimTypes.Naam, naam);
        yield return new Claim(TweeStapsVerplichtFilter.ClaimType, tweeStaps ? "1" : "0");
        yield return new Claim(WachtwoordWijzigenVerplichtFilter.ClaimType, moetWachtwoordWijzigen ? "1" : "0");
        yield return new Claim(WmoClaimTypes.OrganisatieId, organisatieId.ToString());
        yield return new Claim(WmoClaimTypes.OrganisatieNaam, organisatieNaam ?? string.Empty);
        foreach (var (id, buurtkamer) in buurtkamers)
        {
            yield return new Claim(WmoClaimTypes.BuurtkamerId, id.ToString());
            yield return new Claim(WmoClaimTypes.BuurtkamerNaam, buurtkamer);
        }
    }
}

/// <summary>Only active accounts may sign in; a deactivated account gets the same answer as a wrong password.</summary>
public sealed class ActiefAccountBevestiging : IUserConfirmation<Gebruiker>
{
    public Task<bool> IsConfirmedAsync(UserManager<Gebruiker> manager, Gebruiker user) => Task.FromResult(user.IsActief);
}
