using Microsoft.EntityFrameworkCore;
using Wmo.Application.Vragen;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Huishoudens;

/// <summary>
/// "Voeg een lid toe aan het huishouden" (DOMAIN.md §2.7): a known inwoner (by BSN) or a new registration; the
/// household checks that the memberships of one person never overlap (their other households are history).
/// No BSN oracle (issue 9): the person's data are asked whether the BSN is known or not (the form answers the same), a
/// known inwoner's stored data are neither changed nor shown, and every lookup is audited as a search with the person and
/// household it hit.
/// </summary>
[UseCase]
public sealed class LidToevoegen(WmoDbContext db)
{
    /// <param name="gegevens">The person's data as the sociaal werker has them; used for a new inwoner.</param>
    public async Task ToevoegenAsync(Huishouden huishouden, Bsn bsn, InwonerGegevens gegevens, Relatie relatie, DateOnly vanaf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(huishouden);
        ArgumentNullException.ThrowIfNull(gegevens);
        var inwoner = await db.Inwoners.SingleOrDefaultAsync(i => i.Bsn == bsn, cancellationToken);
        var gevonden = inwoner?.Id;
        var huidig = gevonden is null ? null : await db.Huishoudens.AsNoTracking()
            .Where(h => h.Lidmaatschappen.Any(l => l.InwonerId == gevonden && l.Tot == null))
            .Select(h => (Guid?)h.Id).FirstOrDefaultAsync(cancellationToken);

        // Recorded before anything else, so also a lookup that ends in a form error is in the trail.
        await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, gevonden, huidig,
            inwoner is null ? "Gezocht op BSN bij het toevoegen van een lid, niets gevonden" : "Gezocht op BSN bij het toevoegen van een lid"), cancellationToken);
        if (inwoner is null)
        {
            inwoner = gegevens.NieuweInwoner(bsn);
            db.Inwoners.Add(inwoner);
        }

        var inwonerId = inwoner.Id;
        var huishoudenId = huishouden.Id;
        var andereHuishoudens = await db.Huishoudens.AsNoTracking()
            .Where(h => h.Id != huishoudenId && h.Lidmaatschappen.Any(l => l.InwonerId == inwonerId)).ToListAsync(cancellationToken);
        var elders = andereHuishoudens.SelectMany(h => h.Lidmaatschappen).Where(l => l.InwonerId == inwonerId).Select(l => l.Periode);
        huishouden.VoegLidToe(inwonerId, relatie, vanaf, elders);
        db.Bewaar(huishouden);
        await db.SaveChangesAsync(cancellationToken);
    }
}
