using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Authorization;

/// <summary>
/// The security stamp check of every request (issue 9: logging out, deactivating or a new password ends every session
/// at once), in two small queries. Identity's validator reads the account, then rebuilds the whole principal (roles,
/// role and user claims, organisation, buurtkamers: seven queries) on every request; the profile of the bare page put
/// 63% of a request's CPU there (docs/performance.md, fourth round). This one reads the stamp and everything the
/// principal is built from in two indexed queries (the account row, then its roles and buurtkamers), and when the
/// cookie's claims are exactly what a rebuild would give, keeps them (and renews the cookie, as the rebuild did).
/// Anything else (another stamp, a changed role, name, buurtkamer or organisation, a deactivated account, claims
/// Identity would add from the claim tables) takes Identity's own path unchanged.
/// </summary>
public sealed class StempelControle(
    IOptions<IdentityOptions> identity,
    WmoDbContext db,
    TimeProvider klok)
    : ISecurityStampValidator
{
    private const string Aanmeldwijze = "amr";

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is { } principal && await OngewijzigdAsync(principal, context.HttpContext.RequestAborted))
        {
            context.ShouldRenew = MoetVernieuwen(context.Properties.IssuedUtc, klok.GetUtcNow());
            return;
        }

        // Identity's own check and rebuild, built only on this path: its SignInManager and UserManager are a large graph of
        // services, and constructing them on every request was ~3 % of a page's time (docs/performance.md, sixteenth round).
        var services = context.HttpContext.RequestServices;
        var identityControle = new SecurityStampValidator<Gebruiker>(services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>(),
            services.GetRequiredService<SignInManager<Gebruiker>>(), services.GetRequiredService<ILoggerFactory>());
        await identityControle.ValidateAsync(context);
    }

    /// <summary>
    /// An unchanged session's cookie is issued anew at most once a minute (a sliding idle timeout of 20 minutes then ends
    /// between 19 and 20 minutes after the last request, never later). Identity's rebuild renewed it on every request: a
    /// new encrypted cookie in every response, ~23 KiB of allocations and the encryption per page (docs/performance.md,
    /// ninth round).
    /// </summary>
    public static readonly TimeSpan Vernieuwingsinterval = TimeSpan.FromMinutes(1);

    /// <summary>Whether a cookie issued at <paramref name="uitgegeven"/> is issued anew now (see <see cref="Vernieuwingsinterval"/>).</summary>
    public static bool MoetVernieuwen(DateTimeOffset? uitgegeven, DateTimeOffset nu) =>
        uitgegeven is not { } moment || nu - moment >= Vernieuwingsinterval;

    // Compiled once (issue 15, ninth round): every request of every page runs these two, and translating their LINQ each time
    // was a visible share of the check's CPU.
    private static readonly PerModel<Func<WmoDbContext, Guid, CancellationToken, Task<Stand?>>> StandVan = new(() =>
        EF.CompileAsyncQuery<WmoDbContext, Guid, Stand?>(
            (WmoDbContext db, Guid id, CancellationToken _) => db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new Stand(
                u.SecurityStamp,
                u.UserName,
                u.Email,
                u.Naam,
                u.IsActief,
                u.TwoFactorEnabled,
                u.MoetWachtwoordWijzigen,
                u.OrganisatieId,
                db.Organisaties.Where(o => o.Id == u.OrganisatieId).Select(o => o.Naam).FirstOrDefault(),
                db.UserClaims.Any(c => c.UserId == id)
                    || db.UserRoles.Any(ur => ur.UserId == id && db.RoleClaims.Any(rc => rc.RoleId == ur.RoleId)))).FirstOrDefault()));

    private static readonly PerModel<Func<WmoDbContext, Guid, IAsyncEnumerable<Toekenning>>> ToekenningenVan = new(() =>
        EF.CompileAsyncQuery(
            (WmoDbContext db, Guid id) => db.UserRoles.Where(ur => ur.UserId == id)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new Toekenning { Rol = r.Name, Buurtkamer = null, Naam = null })
                .Concat(db.GebruikerBuurtkamers.Where(gb => gb.GebruikerId == id)
                    .Join(db.Buurtkamers, gb => gb.BuurtkamerId, b => b.Id, (gb, b) => new Toekenning { Rol = null, Buurtkamer = b.Id, Naam = b.Naam }))));

    private async Task<bool> OngewijzigdAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var typen = identity.Value.ClaimsIdentity;
        if (!Guid.TryParse(principal.FindFirstValue(typen.UserIdClaimType), out var id) || principal.FindFirstValue(typen.SecurityStampClaimType) is not { } stempel)
        {
            return false;
        }

        // Two small queries, each on its own index: as one query with the roles and buurtkamers as collections, SQLite
        // materialised every account's roles and buurtkamers per request (4 ms at 685 accounts, most of the bare page's
        // cost; docs/performance.md, eighth round).
        var stand = await StandVan.Voor(db)(db, id, cancellationToken);
        if (stand is not { IsActief: true, Claimtabellen: false } || stand.SecurityStamp != stempel)
        {
            return false;
        }

        var toekenningen = new List<Toekenning>();
        await foreach (var toekenning in ToekenningenVan.Voor(db)(db, id).WithCancellation(cancellationToken))
        {
            toekenningen.Add(toekenning);
        }

        var rollen = toekenningen.Where(t => t.Buurtkamer is null).Select(t => t.Rol).ToList();
        var buurtkamers = toekenningen.Where(t => t.Buurtkamer is not null).Select(t => (t.Buurtkamer!.Value, t.Naam!)).ToList();

        // What Identity's factory adds (UserClaimsPrincipalFactory: id, user name, e-mail, stamp, a claim per role), then ours.
        var verwacht = new List<(string, string)> { (typen.UserIdClaimType, id.ToString()), (typen.SecurityStampClaimType, stempel) };
        if (stand.UserName is not null)
        {
            verwacht.Add((typen.UserNameClaimType, stand.UserName));
        }

        if (stand.Email is not null)
        {
            verwacht.Add((typen.EmailClaimType, stand.Email));
        }

        verwacht.AddRange(rollen.Where(r => r is not null).Select(r => (typen.RoleClaimType, r!)));
        verwacht.AddRange(WmoClaimsPrincipalFactory.WmoClaims(stand.Naam, stand.TwoFactorEnabled, stand.MoetWachtwoordWijzigen, stand.OrganisatieId,
            stand.Organisatie, buurtkamers).Select(c => (c.Type, c.Value)));

        // The moment of signing in is the cookie's own (kept on a rebuild too), and so is the way of signing in that
        // Identity adds at sign-in ("amr": pwd or mfa; its own RefreshSignInAsync keeps it too, and the portal reads it
        // nowhere); every other claim must match one to one.
        var aanwezig = principal.Claims.Where(c => c.Type is not (WmoClaimTypes.AangemeldOp or Aanmeldwijze)).Select(c => (c.Type, c.Value)).ToList();
        return aanwezig.Count == verwacht.Count
            && aanwezig.Order().SequenceEqual(verwacht.Order());
    }
}

/// <summary>The account row as the stamp check reads it: the stamp and what the principal is built from.</summary>
internal sealed record Stand(string? SecurityStamp, string? UserName, string? Email, string Naam, bool IsActief, bool TwoFactorEnabled,
    bool MoetWachtwoordWijzigen, Guid OrganisatieId, string? Organisatie, bool Claimtabellen);

/// <summary>A role (Rol) or a buurtkamer (Buurtkamer, Naam) of the account; with setters, so EF can put both in one UNION ALL.</summary>
internal sealed class Toekenning
{
    public string? Rol { get; init; }

    public Guid? Buurtkamer { get; init; }

    public string? Naam { get; init; }
}
