using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Persistence;
using Wmo.Domain.Huishoudens;

namespace Wmo.Application.Toewijzingen;

/// <summary>What the toewijzing form shows about the inwoner's case: who, which voorziening, and the toewijzingen so far.</summary>
public sealed record ToewijzingContext(Guid Id, string Inwoner, string Voorziening, string? Aanbieder, IReadOnlyList<ToewijzingRegel> Eerdere);

public sealed record ToewijzingRegel(Guid Id, string Nummer, string Aanbieder, string Omvang, DateOnly Ingangsdatum, DateOnly? Einddatum, bool Verstuurd, bool KanWijzigen);

/// <summary>
/// The read model of the three toewijzing forms (DOMAIN.md §2.7, issue 14): the inwoner, the voorziening, the aanbieder
/// and every toewijzing of the vraag so far. The caller loaded the vraag, beschikking or toewijzing through the user's access.
/// </summary>
[UseCase]
public sealed class ToewijzingContextLezen(WmoDbContext db)
{
    /// <param name="id">What the form is about (vraag or beschikking).</param>
    /// <param name="voorziening">The voorziening's name as the page shows it.</param>
    /// <param name="aanbiederId">The aanbieder already chosen, if any.</param>
    public async Task<ToewijzingContext> LeesAsync(
        Guid id, Guid inwonerId, string voorziening, Guid? aanbiederId, Guid vraagId, CancellationToken cancellationToken = default)
    {
        var aanbieder = aanbiederId is { } aid
            ? await db.Organisaties.AsNoTracking().Where(o => o.Id == aid).Select(o => o.Naam).SingleOrDefaultAsync(cancellationToken)
            : null;
        var inwoner = await db.Inwoners.AsNoTracking().Where(i => i.Id == inwonerId).Select(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam)).SingleAsync(cancellationToken);
        return new ToewijzingContext(id, inwoner, voorziening, aanbieder, await EerdereAsync(vraagId, cancellationToken));
    }

    private async Task<IReadOnlyList<ToewijzingRegel>> EerdereAsync(Guid vraagId, CancellationToken cancellationToken)
    {
        var toewijzingen = await db.Toewijzingen.AsNoTracking().Where(t => t.VraagId == vraagId).ToListAsync(cancellationToken);
        var namen = await db.Organisaties.AsNoTracking().Where(o => toewijzingen.Select(t => t.AanbiederId).Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        return [.. toewijzingen.OrderBy(t => t.Nummer.Value).Select(t => new ToewijzingRegel(t.Id, t.Nummer.ToString(), namen.GetValueOrDefault(t.AanbiederId, "–"),
            t.Omvang.ToString(), t.Ingangsdatum, t.Einddatum, !t.MoetVerstuurdWorden, !t.IsBeeindigd))];
    }
}
