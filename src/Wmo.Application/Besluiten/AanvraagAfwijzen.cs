using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Besluiten;

/// <summary>
/// "Wijs de aanvraag af zonder advies" (issue 11): the explicit, motivated afwijzing of an aanvraag by a toetser when no
/// zwaarwegend advies is coming, after a completed onderzoek — numbered and saved with the status of the vraag in one
/// transaction. The rule is the domain's (<see cref="Beschikken.WijsAanvraagAf"/>); this class loads, numbers and saves.
/// </summary>
[UseCase]
public sealed class AanvraagAfwijzen(WmoDbContext db, TimeProvider klok)
{
    /// <param name="versie">The vraag version the toetser's page showed (optimistic concurrency).</param>
    public Task<Beschikking> WijsAfAsync(Guid vraagId, Guid? versie, string motivering, Actor toetser, CancellationToken cancellationToken = default) =>
        db.InTransactieAsync(
            async ct =>
            {
                var vraag = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == vraagId, ct);
                var inwoner = await db.Inwoners.SingleAsync(i => i.Id == vraag.InwonerId, ct);
                var vandaag = Vandaag.Volgens(klok);
                var nummer = await db.VolgendNummerAsync(AdviesToetsen.Nummerreeks, vandaag.Year, ct);
                var beschikking = Beschikken.WijsAanvraagAf(vraag, inwoner, toetser, motivering, nummer, vandaag);
                db.Bewaar(vraag, versie);
                db.Add(beschikking);
                await db.SaveChangesAsync(ct);
                return beschikking;
            },
            cancellationToken);
}
