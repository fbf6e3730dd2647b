using Microsoft.EntityFrameworkCore;
using Wmo.Application.Vragen;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Huishoudens;

/// <summary>
/// "Voeg een lid toe aan het huishouden" (DOMAIN.md §2.7): a known inwoner (by BSN) or a new registration; the
/// household checks that the memberships of one person never overlap (their other households are history).
/// </summary>
[UseCase]
public sealed class LidToevoegen(WmoDbContext db)
{
    public Task<Inwoner?> BekendeInwonerAsync(Bsn bsn, CancellationToken cancellationToken = default) =>
        db.Inwoners.SingleOrDefaultAsync(i => i.Bsn == bsn, cancellationToken);

    /// <param name="nieuw">Person data; required when the BSN is not known yet.</param>
    public async Task<Inwoner> ToevoegenAsync(Huishouden huishouden, Bsn bsn, InwonerGegevens? nieuw, Relatie relatie, DateOnly vanaf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(huishouden);
        var inwoner = await BekendeInwonerAsync(bsn, cancellationToken);
        if (inwoner is null)
        {
            inwoner = (nieuw ?? throw new InvoerFout("Bsn", "Dit BSN is nog niet bekend: vul de gegevens van de inwoner in.")).NieuweInwoner(bsn);
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
        return inwoner;
    }
}
