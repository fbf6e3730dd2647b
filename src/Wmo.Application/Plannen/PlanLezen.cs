using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Plannen;
using Wmo.Infrastructure.Persistence;
using Wmo.Domain.Huishoudens;

namespace Wmo.Application.Plannen;

/// <summary>What the plan pages show besides the plan itself: the household, its current members and the sociale kaart.</summary>
[UseCase]
public sealed class PlanLezen(WmoDbContext db)
{
    /// <summary>The household's name, current members (for "over wie" of a goal), the offers the actions refer to, the version.</summary>
    public async Task<PlanGegevens> LeesAsync(Ondersteuningsplan plan, DateOnly vandaag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var huishouden = await db.Huishoudens.AsNoTracking().SingleAsync(h => h.Id == plan.HuishoudenId, cancellationToken);
        var ledenIds = huishouden.LedenOp(vandaag).Select(l => l.InwonerId).ToList();
        var leden = await db.Inwoners.AsNoTracking().Where(i => ledenIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => Inwoner.NaamVan(i.Voornamen, i.Achternaam), cancellationToken);
        var aanbodIds = plan.Acties.Where(a => a.SocialeKaartAanbodId != null).Select(a => a.SocialeKaartAanbodId!.Value).ToList();
        var aanbod = await db.SocialeKaart.AsNoTracking().Where(a => aanbodIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => $"{a.Naam} ({a.Organisatie}, {a.Contact})", cancellationToken);
        return new PlanGegevens(huishouden.Id, huishouden.Naam, leden, aanbod, db.VersieVan(plan));
    }

    /// <summary>The active offers of the sociale kaart an action can refer to, by name: id → "naam (organisatie)".</summary>
    public async Task<IReadOnlyList<KeyValuePair<Guid, string>>> SocialeKaartKeuzesAsync(CancellationToken cancellationToken = default) =>
        (await db.SocialeKaart.AsNoTracking().Where(a => a.IsActief).OrderBy(a => a.Naam)
            .Select(a => new { a.Id, a.Naam, a.Organisatie }).ToListAsync(cancellationToken))
        .Select(a => KeyValuePair.Create(a.Id, $"{a.Naam} ({a.Organisatie})")).ToList();

    public Task<bool> IsActiefAanbodAsync(Guid aanbodId, CancellationToken cancellationToken = default) =>
        db.SocialeKaart.AnyAsync(a => a.Id == aanbodId && a.IsActief, cancellationToken);
}

public sealed record PlanGegevens(
    Guid HuishoudenId, string HuishoudenNaam, IReadOnlyDictionary<Guid, string> Leden, IReadOnlyDictionary<Guid, string> Aanbod, Guid Versie);
