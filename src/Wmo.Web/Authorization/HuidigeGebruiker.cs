using System.Security.Claims;
using Wmo.Domain.Common;

namespace Wmo.Web.Authorization;

/// <summary>The signed-in user as the domain sees them, read from the cookie's claims.</summary>
public static class HuidigeGebruiker
{
    public static Guid Id(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public static string Naam(this ClaimsPrincipal user) => user.FindFirstValue(WmoClaimTypes.Naam) ?? user.Identity?.Name ?? string.Empty;

    public static Rol? Rol(this ClaimsPrincipal user) =>
        Enum.GetValues<Rol>().Where(r => user.IsInRole(r.ToString())).Select(r => (Rol?)r).FirstOrDefault();

    public static Guid OrganisatieId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(WmoClaimTypes.OrganisatieId), out var id) ? id : Guid.Empty;

    public static IReadOnlyList<Guid> BuurtkamerIds(this ClaimsPrincipal user) =>
        [.. user.FindAll(WmoClaimTypes.BuurtkamerId).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];

    /// <summary>
    /// The user's buurtkamers with their names: each id claim is followed by its name claim (<see cref="WmoClaimsPrincipalFactory.WmoClaims"/>),
    /// and the stamp check compares both with the database on every request.
    /// </summary>
    public static IReadOnlyList<(Guid Id, string Naam)> Buurtkamers(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var buurtkamers = new List<(Guid, string)>();
        Guid? id = null;
        foreach (var claim in user.Claims)
        {
            if (claim.Type == WmoClaimTypes.BuurtkamerId)
            {
                id = Guid.TryParse(claim.Value, out var waarde) ? waarde : null;
            }
            else if (claim.Type == WmoClaimTypes.BuurtkamerNaam && id is { } gevonden)
            {
                buurtkamers.Add((gevonden, claim.Value));
                id = null;
            }
        }

        return buurtkamers;
    }

    public static IReadOnlyList<string> BuurtkamerNamen(this ClaimsPrincipal user) =>
        [.. user.FindAll(WmoClaimTypes.BuurtkamerNaam).Select(c => c.Value)];

    /// <summary>The actor for a domain operation; throws when the user has no portal role.</summary>
    public static Actor AlsActor(this ClaimsPrincipal user) =>
        new(user.Id(), user.Naam(), user.Rol() ?? throw new InvalidOperationException("Gebruiker zonder rol."), user.OrganisatieId());
}
