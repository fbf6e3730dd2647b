namespace Wmo.Infrastructure.Audit;

/// <summary>Who is acting, for the audit trail. The web layer reads it from the signed-in user.</summary>
public sealed record AuditActeur(Guid? GebruikerId, string Naam, string Rol, Guid? OrganisatieId)
{
    public static AuditActeur Systeem { get; } = new(null, "Systeem", "Systeem", null);
}

public interface IAuditBron
{
    AuditActeur Huidige();
}

/// <summary>Outside a request (start-up, seeding, batch jobs) the system itself is the actor.</summary>
public sealed class SysteemAuditBron : IAuditBron
{
    public AuditActeur Huidige() => AuditActeur.Systeem;
}

/// <summary>
/// An explicit audit event (a read, print, export, search) waiting for the next SaveChanges. <paramref name="Betrokkenen"/>:
/// the inwoners it showed besides <paramref name="InwonerId"/> (a page of search results: one entry for all of them).
/// </summary>
public sealed record AuditGebeurtenis(
    AuditActie Actie,
    string Onderwerp,
    string? OnderwerpId,
    Guid? InwonerId = null,
    Guid? HuishoudenId = null,
    string? Details = null,
    bool Geslaagd = true,
    IReadOnlyList<Guid>? Betrokkenen = null);
