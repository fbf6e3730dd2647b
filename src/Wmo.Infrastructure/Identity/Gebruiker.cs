using Microsoft.AspNetCore.Identity;

namespace Wmo.Infrastructure.Identity;

/// <summary>
/// A person who signs in: a vrijwilliger, sociaal werker, toetser or beheerder. Belongs to one
/// organisation and (for vrijwilligers and sociaal werkers) to one or more buurt-/dorpskamers.
/// </summary>
public sealed class Gebruiker : IdentityUser<Guid>
{
    public Gebruiker()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    /// <summary>Display name shown in the header and on letters ("Fatima el Amrani").</summary>
    public string Naam { get; set; } = string.Empty;

    public Guid OrganisatieId { get; set; }

    /// <summary>A deactivated account cannot sign in; it is never deleted, so the audit trail keeps its meaning.</summary>
    public bool IsActief { get; set; } = true;

    public List<GebruikerBuurtkamer> Buurtkamers { get; } = [];

    /// <summary>The last TOTP time step that signed this user in: a code is accepted once (no replay, issue 9).</summary>
    public long? LaatsteTotpStap { get; set; }

    /// <summary>
    /// The beheerder chose the password (a new account or a forced reset): until the user picks their own, only the page to
    /// change it opens (issue 9, ASVS 2.1.x). Demo accounts and accounts made with <c>wmo beheerder aanmaken</c> do not have it.
    /// </summary>
    public bool MoetWachtwoordWijzigen { get; set; }

    /// <summary>SHA-256 of the one-time enrolment code the beheerder handed out (<see cref="Inrichtingscodes"/>); never the code.</summary>
    public string? InrichtingscodeHash { get; set; }

    /// <summary>Until when the enrolment code works.</summary>
    public DateTimeOffset? InrichtingscodeGeldigTot { get; set; }
}

/// <summary>Which buurt-/dorpskamers a vrijwilliger or sociaal werker works at.</summary>
public sealed class GebruikerBuurtkamer
{
    public Guid GebruikerId { get; set; }

    public Guid BuurtkamerId { get; set; }
}
