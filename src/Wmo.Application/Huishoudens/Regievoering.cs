using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Huishoudens;

/// <summary>
/// "Wijs de regievoerder toe", "draag de regie over" (DOMAIN.md §2.7) and the beheerder's "beslis over de regie" (issue 9):
/// the new regievoerder must be an active sociaal werker (never trust the id from the form); the rules are the household's.
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

    /// <summary>What the beheerder's screen shows of a household (issue 9): who holds regie, no dossier content. Null: unknown.</summary>
    public async Task<RegieStand?> StandAsync(Guid huishoudenId, CancellationToken cancellationToken = default)
    {
        var huishouden = await db.Huishoudens.AsNoTracking().Where(h => h.Id == huishoudenId)
            .Select(h => new { h.RegievoerderId }).SingleOrDefaultAsync(cancellationToken);
        if (huishouden is null)
        {
            return null;
        }

        var naam = huishouden.RegievoerderId is { } id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Naam).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new RegieStand(huishoudenId, huishouden.RegievoerderId, naam);
    }

    /// <summary>
    /// "Beslis over de regie" (issue 9): a beheerder makes a sociaal werker regievoerder, e.g. outside that worker's caseload
    /// when the regievoerder left and cannot hand over. Audited with who, when, old → new and the reason.
    /// </summary>
    public async Task<Actor> BeslissenAsync(Guid huishoudenId, Guid? regievoerderId, string reden, Actor beheerder, CancellationToken cancellationToken = default)
    {
        var huishouden = await db.Huishoudens.SingleOrDefaultAsync(h => h.Id == huishoudenId, cancellationToken)
            ?? throw new InvoerFout("Referentie", "Er is geen huishouden met deze referentie.");
        var nieuwe = await SociaalWerkerAsync(regievoerderId);
        var vorige = huishouden.RegievoerderId;
        huishouden.BeslisRegievoerder(nieuwe, reden, beheerder, klok.GetUtcNow());

        // Next to the change of the household itself: the decision as one entry the privacy officer reads, with its reason.
        db.LegVast(new AuditGebeurtenis(AuditActie.Wijzigen, "Huishouden.Regiebeslissing", huishouden.Id.ToString(), HuishoudenId: huishouden.Id,
            Details: JsonSerializer.Serialize(new Dictionary<string, string?[]>
            {
                ["RegievoerderId"] = [vorige?.ToString(), nieuwe.GebruikerId.ToString()],
                ["Reden"] = [null, huishouden.Regiehistorie[^1].Reden],
            })));
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

    /// <summary>The active sociaal werkers who can get regie, by name, without <paramref name="behalve"/> (the current one).</summary>
    public async Task<IReadOnlyList<Kandidaat>> KandidatenAsync(Guid? behalve)
    {
        var werkers = await users.GetUsersInRoleAsync(Rollen.SociaalWerker);
        return werkers.Where(w => w.IsActief && w.Id != behalve).OrderBy(w => w.Naam).Select(w => new Kandidaat(w.Id, w.Naam)).ToList();
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

/// <summary>A household as the beheerder sees it for a decision on regie: its reference and who holds regie.</summary>
public sealed record RegieStand(Guid HuishoudenId, Guid? RegievoerderId, string? RegievoerderNaam);

/// <summary>A sociaal werker to choose as regievoerder.</summary>
public sealed record Kandidaat(Guid Id, string Naam);
