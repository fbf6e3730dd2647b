using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Weergave;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Beheer;

/// <summary>
/// "Maak een account aan, wijzig het, (de)activeer het": who may do what (DOMAIN.md §8). Account, role and
/// buurtkamers change together or not at all, inside the execution strategy (so also on SQL Server's retrying
/// strategy); every change gives a new security stamp, so open sessions sign in again with the new claims.
/// </summary>
[UseCase]
public sealed class Accountbeheer(WmoDbContext db, UserManager<Gebruiker> gebruikers, TimeProvider klok)
{
    /// <summary>One page of accounts by name, with role, organisation and buurtkamers.</summary>
    /// <summary>A page of all accounts, sorted on a column (naam, gebruikersnaam, rol, organisatie, status) or by name.</summary>
    public async Task<(IReadOnlyList<AccountRegel> Regels, int Totaal, Sortering Sortering)> LijstAsync(int overslaan, int aantal, Sortering gevraagd, CancellationToken cancellationToken = default)
    {
        var totaal = await db.Users.CountAsync(cancellationToken);
        var (gesorteerd, sortering) = (from u in db.Users.AsNoTracking()
                                       join o in db.Organisaties on u.OrganisatieId equals o.Id into os
                                       from o in os.DefaultIfEmpty()
                                       select new
                                       {
                                           u.Id,
                                           u.UserName,
                                           u.Naam,
                                           u.IsActief,
                                           Organisatie = o == null ? null : o.Naam,
                                           Rol = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault(),
                                           Buurtkamers = (from gb in db.GebruikerBuurtkamers join b in db.Buurtkamers on gb.BuurtkamerId equals b.Id where gb.GebruikerId == u.Id select b.Naam).ToList(),
                                       })
            .SorteerOp(gevraagd)
            .Kolom("naam", r => r.Naam)
            .Kolom("gebruikersnaam", r => r.UserName)
            .Kolom("rol", r => r.Rol)
            .Kolom("organisatie", r => r.Organisatie)
            .Kolom("status", r => r.IsActief)
            .Anders(q => q.OrderBy(r => r.Naam).ThenBy(r => r.Id), r => r.Id, new Sortering("naam", Aflopend: false));
        var rijen = await gesorteerd.Skip(overslaan).Take(aantal).ToListAsync(cancellationToken);
        return (rijen.Select(r => new AccountRegel(r.Id, r.UserName ?? string.Empty, r.Naam, r.Rol is null ? "–" : Rollen.Weergave(r.Rol), r.Organisatie ?? "–",
            r.Buurtkamers.Count == 0 ? "–" : string.Join(", ", r.Buurtkamers.Order()), r.IsActief)).ToList(), totaal, sortering);
    }

    /// <summary>Never trust ids from a form: the organisation must be active and every buurtkamer must exist.</summary>
    public async Task<(bool Organisatie, bool Buurtkamers)> KeuzesBestaanAsync(Guid? organisatieId, IReadOnlyCollection<Guid> buurtkamerIds, CancellationToken cancellationToken = default)
    {
        var organisatie = organisatieId is not { } id || await db.Organisaties.AnyAsync(o => o.Id == id && o.IsActief, cancellationToken);
        var gekozen = buurtkamerIds.Distinct().ToList();
        var buurtkamers = gekozen.Count == 0 || await db.Buurtkamers.CountAsync(b => gekozen.Contains(b.Id), cancellationToken) == gekozen.Count;
        return (organisatie, buurtkamers);
    }

    /// <summary>The active organisations, and the buurtkamers (active ones plus those already chosen), by name.</summary>
    public async Task<(IReadOnlyList<AccountKeuze> Organisaties, IReadOnlyList<AccountKeuze> Buurtkamers)> KeuzesAsync(IReadOnlyCollection<Guid> gekozenBuurtkamers, CancellationToken cancellationToken = default)
    {
        var organisaties = await db.Organisaties.AsNoTracking().Where(o => o.IsActief).OrderBy(o => o.Naam)
            .Select(o => new AccountKeuze(o.Id, o.Naam)).ToListAsync(cancellationToken);
        var buurtkamers = await db.Buurtkamers.AsNoTracking().Where(b => b.IsActief || gekozenBuurtkamers.Contains(b.Id)).OrderBy(b => b.Naam)
            .Select(b => new AccountKeuze(b.Id, b.Naam)).ToListAsync(cancellationToken);
        return (organisaties, buurtkamers);
    }

    public Task<Gebruiker?> ZoekAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Users.Include(u => u.Buurtkamers).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    public async Task<string?> RolAsync(Gebruiker gebruiker) => (await gebruikers.GetRolesAsync(gebruiker)).FirstOrDefault();

    /// <summary>
    /// A new account with its role and buurtkamers; a refusal (a weak password, a taken name) saves nothing. The beheerder
    /// chose the password, so the user must change it at the first sign-in; the enrolment code for two-factor sign-in is
    /// returned to be shown once (issue 9).
    /// </summary>
    public async Task<AccountUitkomst> AanmakenAsync(AccountGegevens gegevens, string gebruikersnaam, string wachtwoord, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        string? code = null;
        var resultaat = await AllesOfNietsAsync(() => NieuwAccountAsync(gegevens, gebruikersnaam, wachtwoord, gebruiker =>
        {
            gebruiker.MoetWachtwoordWijzigen = true;
            code = Inrichtingscodes.GeefUit(gebruiker, klok.GetUtcNow());
        }), cancellationToken);
        return new AccountUitkomst(resultaat, resultaat.Succeeded ? code : null);
    }

    /// <summary>
    /// "Dwing een nieuw wachtwoord af" (issue 9): the beheerder sets a temporary password the user must change at the next
    /// sign-in; open sessions end (new security stamp) and a lockout is lifted. With <paramref name="tweeStapsOpnieuw"/>
    /// (a lost phone) the authenticator app is unlinked. An account without a linked app gets a new enrolment code, returned
    /// to be shown once.
    /// </summary>
    public async Task<AccountUitkomst> WachtwoordResetAfdwingenAsync(Guid id, string tijdelijkWachtwoord, bool tweeStapsOpnieuw, CancellationToken cancellationToken = default)
    {
        string? code = null;
        var resultaat = await AllesOfNietsAsync(async () =>
        {
            var gebruiker = await ZoekAsync(id, cancellationToken) ?? throw new InvalidOperationException("Het account bestaat niet meer.");
            foreach (var validator in gebruikers.PasswordValidators)
            {
                if (await validator.ValidateAsync(gebruikers, gebruiker, tijdelijkWachtwoord) is { Succeeded: false } fout)
                {
                    return fout;
                }
            }

            gebruiker.PasswordHash = gebruikers.PasswordHasher.HashPassword(gebruiker, tijdelijkWachtwoord);
            gebruiker.MoetWachtwoordWijzigen = true;
            gebruiker.AccessFailedCount = 0;
            gebruiker.LockoutEnd = null;
            if (tweeStapsOpnieuw && gebruiker.TwoFactorEnabled)
            {
                gebruiker.TwoFactorEnabled = false;
                gebruiker.LaatsteTotpStap = null;
                await gebruikers.RemoveAuthenticationTokenAsync(gebruiker, "[AspNetUserStore]", "AuthenticatorKey");
                await gebruikers.RemoveAuthenticationTokenAsync(gebruiker, "[AspNetUserStore]", "RecoveryCodes");
            }

            code = gebruiker.TwoFactorEnabled ? null : Inrichtingscodes.GeefUit(gebruiker, klok.GetUtcNow());
            var resultaat = await gebruikers.UpdateAsync(gebruiker);
            return resultaat.Succeeded ? await gebruikers.UpdateSecurityStampAsync(gebruiker) : resultaat;
        }, cancellationToken);
        return new AccountUitkomst(resultaat, resultaat.Succeeded ? code : null);
    }

    /// <summary>
    /// "Wijzig mijn wachtwoord" (issue 9): only with the current password; the new one meets the policy (also the list of
    /// common and breached passwords). Identity gives a new security stamp, so the user's other sessions end.
    /// </summary>
    public async Task<IdentityResult> EigenWachtwoordWijzigenAsync(Gebruiker gebruiker, string huidig, string nieuw)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        var moest = gebruiker.MoetWachtwoordWijzigen;
        gebruiker.MoetWachtwoordWijzigen = false;
        var resultaat = await gebruikers.ChangePasswordAsync(gebruiker, huidig, nieuw);
        if (!resultaat.Succeeded)
        {
            gebruiker.MoetWachtwoordWijzigen = moest;
        }

        return resultaat;
    }

    /// <summary>
    /// The first beheerder of a new installation (<c>wmo beheerder aanmaken</c>, issue 9): Production has no demo data,
    /// and the beheer pages need a beheerder to begin with. The gemeente is made when it does not exist yet; the
    /// password meets the portal's policy (the person running the command chose it). A refusal saves nothing, also not the
    /// gemeente. The enrolment code for the authenticator app is returned to be shown once.
    /// </summary>
    public async Task<AccountUitkomst> BeheerderAanmakenAsync(string gebruikersnaam, string naam, string gemeente, string wachtwoord, CancellationToken cancellationToken = default)
    {
        string? code = null;
        var resultaat = await AllesOfNietsAsync(async () =>
        {
            var organisatie = await db.Organisaties.FirstOrDefaultAsync(o => o.Naam == gemeente && o.Soort == OrganisatieSoort.Gemeente, cancellationToken);
            if (organisatie is null)
            {
                organisatie = new Organisatie(gemeente, OrganisatieSoort.Gemeente);
                db.Organisaties.Add(organisatie);
                await db.SaveChangesAsync(cancellationToken);
            }

            return await NieuwAccountAsync(new AccountGegevens(naam, Rollen.Beheerder, organisatie.Id, []), gebruikersnaam, wachtwoord,
                gebruiker => code = Inrichtingscodes.GeefUit(gebruiker, klok.GetUtcNow()));
        }, cancellationToken);
        return new AccountUitkomst(resultaat, resultaat.Succeeded ? code : null);
    }

    /// <summary>
    /// Changes name, organisation, buurtkamers and role of the account as it was when the form was opened
    /// (<paramref name="concurrencyStamp"/>): a second edit of the same version is refused (issue 9).
    /// </summary>
    public Task<IdentityResult> WijzigenAsync(Guid id, AccountGegevens gegevens, string? concurrencyStamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        return AllesOfNietsAsync(async () =>
        {
            var gebruiker = await ZoekAsync(id, cancellationToken) ?? throw new InvalidOperationException("Het account bestaat niet meer.");
            if (gebruiker.ConcurrencyStamp != concurrencyStamp)
            {
                return IdentityResult.Failed(new DutchIdentityErrorDescriber().ConcurrencyFailure());
            }

            // The version the form was opened with is the one EF checks against.
            db.Entry(gebruiker).Property(u => u.ConcurrencyStamp).OriginalValue = concurrencyStamp;
            gebruiker.Naam = gegevens.Naam.Trim();
            gebruiker.OrganisatieId = gegevens.OrganisatieId;
            gebruiker.Buurtkamers.RemoveAll(b => !gegevens.BuurtkamerIds.Contains(b.BuurtkamerId));
            gebruiker.Buurtkamers.AddRange(gegevens.BuurtkamerIds.Distinct().Where(b => gebruiker.Buurtkamers.TrueForAll(g => g.BuurtkamerId != b))
                .Select(b => new GebruikerBuurtkamer { GebruikerId = gebruiker.Id, BuurtkamerId = b }).ToList());
            var resultaat = await gebruikers.UpdateAsync(gebruiker);
            var huidigeRollen = await gebruikers.GetRolesAsync(gebruiker);
            if (resultaat.Succeeded && !huidigeRollen.SequenceEqual([gegevens.Rol]))
            {
                resultaat = await gebruikers.RemoveFromRolesAsync(gebruiker, huidigeRollen);
                if (resultaat.Succeeded)
                {
                    resultaat = await gebruikers.AddToRoleAsync(gebruiker, gegevens.Rol);
                }
            }

            // The role and buurtkamers are claims in the session: a new security stamp makes open sessions sign in again.
            return resultaat.Succeeded ? await gebruikers.UpdateSecurityStampAsync(gebruiker) : resultaat;
        }, cancellationToken);
    }

    /// <summary>A deactivated account cannot sign in; its open sessions end at the next security stamp check.</summary>
    public Task<IdentityResult> ZetActiefAsync(Guid id, bool actief, CancellationToken cancellationToken = default) =>
        AllesOfNietsAsync(async () =>
        {
            var gebruiker = await ZoekAsync(id, cancellationToken) ?? throw new InvalidOperationException("Het account bestaat niet meer.");
            gebruiker.IsActief = actief;
            var resultaat = await gebruikers.UpdateAsync(gebruiker);
            return resultaat.Succeeded ? await gebruikers.UpdateSecurityStampAsync(gebruiker) : resultaat;
        }, cancellationToken);

    private async Task<IdentityResult> NieuwAccountAsync(AccountGegevens gegevens, string gebruikersnaam, string wachtwoord, Action<Gebruiker> inrichten)
    {
        var gebruiker = new Gebruiker
        {
            UserName = gebruikersnaam,
            Naam = gegevens.Naam.Trim(),
            OrganisatieId = gegevens.OrganisatieId,
            EmailConfirmed = true,
            LockoutEnabled = true,
        };
        gebruiker.Buurtkamers.AddRange(gegevens.BuurtkamerIds.Distinct().Select(id => new GebruikerBuurtkamer { BuurtkamerId = id }));
        inrichten(gebruiker);
        var resultaat = await gebruikers.CreateAsync(gebruiker, wachtwoord);
        return resultaat.Succeeded ? await gebruikers.AddToRoleAsync(gebruiker, gegevens.Rol) : resultaat;
    }

    /// <summary>Runs the Identity steps in one transaction; a failed step rolls all of them back and is returned.</summary>
    private async Task<IdentityResult> AllesOfNietsAsync(Func<Task<IdentityResult>> stappen, CancellationToken cancellationToken)
    {
        try
        {
            return await db.InTransactieAsync(async _ =>
            {
                var resultaat = await stappen();
                return resultaat.Succeeded ? resultaat : throw new Teruggedraaid(resultaat);
            }, cancellationToken);
        }
        catch (Teruggedraaid e)
        {
            db.ChangeTracker.Clear();
            return e.Resultaat;
        }
    }

    private sealed class Teruggedraaid(IdentityResult resultaat) : Exception("Accountwijziging teruggedraaid.")
    {
        public IdentityResult Resultaat { get; } = resultaat;
    }
}

/// <summary>The outcome of making or resetting an account, and the enrolment code to show once (null when none was made).</summary>
public sealed record AccountUitkomst(IdentityResult Resultaat, string? Inrichtingscode)
{
    public bool Succeeded => Resultaat.Succeeded;

    public IEnumerable<IdentityError> Errors => Resultaat.Errors;
}

public sealed record AccountRegel(Guid Id, string Gebruikersnaam, string Naam, string Rol, string Organisatie, string Buurtkamers, bool IsActief);

public sealed record AccountKeuze(Guid Id, string Naam);

/// <summary>What creating and editing an account set: name, role, organisation and buurtkamers.</summary>
public sealed record AccountGegevens(string Naam, string Rol, Guid OrganisatieId, IReadOnlyCollection<Guid> BuurtkamerIds);
