using Microsoft.AspNetCore.Identity;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Huishoudens;

/// <summary>
/// "Wijs de regievoerder toe" and "draag de regie over" (DOMAIN.md §2.7): the new regievoerder must be an active
/// sociaal werker (never trust the id from the form); the rules of the hand-over are the household's.
/// </summary>
[UseCase]
public sealed class Regievoering(WmoDbContext db, UserManager<Gebruiker> users, TimeProvider klok)
{
    public async Task<Actor> ToewijzenAsync(Huishouden huishouden, Guid? regievoerderId, Actor door, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(huishouden);
        var regievoerder = await SociaalWerkerAsync(regievoerderId);
        huishouden.WijsRegievoerderToe(regievoerder, door, klok.GetUtcNow());
        db.Bewaar(huishouden);
        await db.SaveChangesAsync(cancellationToken);
        return regievoerder;
    }

    public async Task<Actor> OverdragenAsync(Huishouden huishouden, Guid? regievoerderId, string reden, Actor door, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(huishouden);
        var nieuwe = await SociaalWerkerAsync(regievoerderId);
        huishouden.DraagRegieOver(nieuwe, reden, door, klok.GetUtcNow());
        db.Bewaar(huishouden);
        await db.SaveChangesAsync(cancellationToken);
        return nieuwe;
    }

    /// <summary>The regie another domain holds next to ours (DOMAIN.md §2.7): JET's procesregie or Sociale Zaken.</summary>
    public async Task AndereRegieVastleggenAsync(Huishouden huishouden, AndereRegie andere, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(huishouden);
        ArgumentNullException.ThrowIfNull(andere);
        if (andere.Domein == RegieDomein.JeugdExpertTeam)
        {
            huishouden.LegJetProcesregieVast(andere);
        }
        else
        {
            huishouden.LegSocialeZakenRegieVast(andere);
        }

        db.Bewaar(huishouden);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An active sociaal werker as a domain actor.</summary>
    private async Task<Actor> SociaalWerkerAsync(Guid? gebruikerId)
    {
        var gebruiker = gebruikerId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (gebruiker is not { IsActief: true } || !await users.IsInRoleAsync(gebruiker, Rollen.SociaalWerker))
        {
            throw new InvoerFout("RegievoerderId", "Kies een sociaal werker uit de lijst.");
        }

        return new Actor(gebruiker.Id, gebruiker.Naam, Rol.SociaalWerker, gebruiker.OrganisatieId);
    }
}
