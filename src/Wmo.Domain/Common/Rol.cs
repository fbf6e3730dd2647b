namespace Wmo.Domain.Common;

/// <summary>The roles of the portal (issue 2). Names are used verbatim as Identity role names.</summary>
public enum Rol
{
    Vrijwilliger = 1,
    SociaalWerker = 2,
    Toetser = 3,
    Beheerder = 4,
}

/// <summary>
/// Who performs a domain operation. The web layer builds it from the signed-in user; the domain
/// uses it for rules like "a volunteer never records an uitkomst" (002 §3.1).
/// </summary>
public sealed record Actor(Guid GebruikerId, string Naam, Rol Rol, Guid OrganisatieId)
{
    public bool IsBeroepskrachtBasisondersteuning => Rol == Rol.SociaalWerker;
}
