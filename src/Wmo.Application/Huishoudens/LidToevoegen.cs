using Microsoft.EntityFrameworkCore;
using Wmo.Application.Vragen;
using Wmo.Domain.Common;
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
    /// <summary>
    /// The answer when the person is a member of a household the user may not see (issue 9): it neither says that the BSN
    /// is known nor names that household, and points to the lawful route. The lookup is in the trail (a search, with the
    /// person and their household), so the privacy officer sees who tried.
    /// </summary>
    public const string NietToeTeVoegen =
        "Deze inwoner kan nu niet aan dit huishouden worden toegevoegd. Controleer het BSN. Klopt het, vraag dan de beheerder om hulp: die kan het met de betrokken regievoerder regelen.";

    /// <param name="gegevens">The person's data as the sociaal werker has them; used for a new inwoner.</param>
    /// <param name="magHuishoudenZien">Whether the user may see a household: only then the refusal says the person is a member elsewhere.</param>
    public async Task ToevoegenAsync(Huishouden huishouden, Bsn bsn, InwonerGegevens gegevens, Relatie relatie, DateOnly vanaf, Func<Guid, Task<bool>> magHuishoudenZien,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(huishouden);
        ArgumentNullException.ThrowIfNull(gegevens);
        ArgumentNullException.ThrowIfNull(magHuishoudenZien);
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
        try
        {
            huishouden.VoegLidToe(inwonerId, relatie, vanaf, elders);
        }
        catch (DomainException e) when (e.Regel == "InwonerIsInEenHuishoudenTegelijk" && andereHuishoudens.Count > 0)
        {
            var nieuw = new Periode(vanaf);
            foreach (var ander in andereHuishoudens.Where(h => h.Lidmaatschappen.Any(l => l.InwonerId == inwonerId && l.Periode.Overlapt(nieuw))))
            {
                if (!await magHuishoudenZien(ander.Id))
                {
                    throw new InvoerFout("Bsn", NietToeTeVoegen);
                }
            }

            throw;
        }

        db.Bewaar(huishouden);
        await db.SaveChangesAsync(cancellationToken);
    }
}
