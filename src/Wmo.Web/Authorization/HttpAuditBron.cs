using Wmo.Infrastructure.Audit;

namespace Wmo.Web.Authorization;

/// <summary>The signed-in user of the current request as the actor of the audit trail.</summary>
public sealed class HttpAuditBron(IHttpContextAccessor http) : IAuditBron
{
    public AuditActeur Huidige()
    {
        var gebruiker = http.HttpContext?.User;
        if (gebruiker?.Identity?.IsAuthenticated != true)
        {
            return AuditActeur.Systeem;
        }

        return new AuditActeur(gebruiker.Id(), gebruiker.Naam(), gebruiker.Rol()?.ToString() ?? "Onbekend", gebruiker.OrganisatieId());
    }
}
