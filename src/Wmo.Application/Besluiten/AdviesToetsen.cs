using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Besluiten;

/// <summary>
/// "Toets het advies" (DOMAIN.md §2.5-2.6): the toets, the beschikkingsnummer, the toekenning or afwijzing, its
/// verzending and the status of the vraag — in one transaction, inside the execution strategy. The sequence itself is
/// the domain's (<see cref="Beschikken.Toets"/>); this class loads, numbers and saves.
/// </summary>
[UseCase]
public sealed class AdviesToetsen(WmoDbContext db, WmoBeleid beleid, TimeProvider klok)
{
    /// <summary>The reeks of beschikkingsnummers ("WMO-2026-000123").</summary>
    public const string Nummerreeks = "WMO";

    /// <param name="versie">The advies version the toetser's page showed (optimistic concurrency), if any.</param>
    /// <returns>The issued beschikking, or <c>null</c> when the advies was sent back.</returns>
    public Task<Beschikking?> ToetsAsync(Guid adviesId, Guid? versie, Toetsbesluit besluit, Actor toetser, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(besluit);

        // Everything is loaded inside the attempt, so a retried attempt starts from what is stored.
        return db.InTransactieAsync<Beschikking?>(
            async ct =>
            {
                var advies = await db.Adviezen.SingleAsync(a => a.Id == adviesId, ct);
                var vraag = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == advies.VraagId, ct);
                var inwoner = await db.Inwoners.SingleAsync(i => i.Id == vraag.InwonerId, ct);
                var vandaag = Vandaag.Volgens(klok);
                var nummer = Beschikken.VolgtBeschikking(besluit.Besluit) ? await db.VolgendNummerAsync(Nummerreeks, vandaag.Year, ct) : null;
                var beschikking = Beschikken.Toets(vraag, advies, inwoner, toetser, besluit, nummer, klok.GetUtcNow(), vandaag, beleid);
                db.Bewaar(advies, versie);
                db.Bewaar(vraag);
                if (beschikking is not null)
                {
                    db.Add(beschikking);
                }

                await db.SaveChangesAsync(ct);
                return beschikking;
            },
            cancellationToken);
    }
}
