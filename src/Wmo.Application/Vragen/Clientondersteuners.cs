using Microsoft.AspNetCore.Identity;
using Wmo.Domain.Common;
using Wmo.Infrastructure.Identity;

namespace Wmo.Application.Vragen;

/// <summary>
/// The portal users who can be chosen as an inwoner's onafhankelijke cliëntondersteuner (Wmo 2015 art. 2.2.4): active
/// sociaal werkers. The form's id is never trusted: it is looked up here; whether the user may be the cliëntondersteuner
/// of this vraag (never its behandelaar) is the domain's rule.
/// </summary>
[UseCase]
public sealed class Clientondersteuners(UserManager<Gebruiker> users)
{
    public async Task<IReadOnlyList<(Guid Id, string Naam)>> KeuzesAsync()
    {
        var werkers = await users.GetUsersInRoleAsync(Rollen.SociaalWerker);
        return [.. werkers.Where(w => w.IsActief).OrderBy(w => w.Naam, StringComparer.CurrentCulture).Select(w => (w.Id, w.Naam))];
    }

    /// <summary>The chosen user as a domain actor, or null when none was chosen; an unknown or inactive user is refused at <paramref name="veld"/>.</summary>
    public async Task<Actor?> GekozenAsync(Guid? gebruikerId, string veld)
    {
        if (gebruikerId is not { } id)
        {
            return null;
        }

        var gebruiker = await users.FindByIdAsync(id.ToString());
        if (gebruiker is not { IsActief: true } || !await users.IsInRoleAsync(gebruiker, Rollen.SociaalWerker))
        {
            throw new InvoerFout(veld, "Kies een cliëntondersteuner uit de lijst.");
        }

        return new Actor(gebruiker.Id, gebruiker.Naam, Rol.SociaalWerker, gebruiker.OrganisatieId);
    }
}
