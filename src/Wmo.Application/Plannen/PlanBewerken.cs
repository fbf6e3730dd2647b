using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Plannen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Plannen;

/// <summary>
/// "Stel het plan op, wijzig, activeer, evalueer of sluit het af" (003 L2849-2857): every change of a household's
/// ondersteuningsplan is saved against the version the user saw, so a colleague's save in between is never overwritten.
/// </summary>
[UseCase]
public sealed class PlanBewerken(WmoDbContext db)
{
    /// <summary>
    /// A new concept plan for the household, unless it has one already (issue 12: not two identical empty concepts):
    /// then that concept is returned, with <c>Nieuw</c> false, to continue or throw away.
    /// </summary>
    public async Task<(Ondersteuningsplan Plan, bool Nieuw)> NieuwConceptAsync(Guid huishoudenId, Actor auteur, DateOnly vandaag, CancellationToken cancellationToken = default)
    {
        var bestaand = await db.Ondersteuningsplannen.Where(p => p.HuishoudenId == huishoudenId && p.Status == PlanStatus.Concept)
            .OrderByDescending(p => p.OpgesteldOp).FirstOrDefaultAsync(cancellationToken);
        if (bestaand is not null)
        {
            return (bestaand, false);
        }

        var plan = new Ondersteuningsplan(huishoudenId, auteur, vandaag);
        db.Ondersteuningsplannen.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return (plan, true);
    }

    /// <summary>
    /// Applies <paramref name="handeling"/> (a domain operation on the plan, with its household for activation and closing)
    /// and saves against <paramref name="versie"/>. False when a colleague saved first: nothing is saved. A broken rule
    /// throws <see cref="DomainException"/> before anything is saved.
    /// </summary>
    public async Task<bool> WijzigAsync(Ondersteuningsplan plan, Guid versie, Action<Ondersteuningsplan, Huishouden> handeling, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(handeling);
        var huishouden = await db.Huishoudens.SingleAsync(h => h.Id == plan.HuishoudenId, cancellationToken);
        var actiefPlanVoor = huishouden.ActiefPlanId;
        handeling(plan, huishouden);
        db.Bewaar(plan, versie);
        if (huishouden.ActiefPlanId != actiefPlanVoor)
        {
            db.Bewaar(huishouden);
        }

        return await OpslaanAsync(cancellationToken);
    }

    /// <summary>Throws a concept plan away (the removal is in the audit trail); false when a colleague saved first.</summary>
    public Task<bool> WeggooienAsync(Ondersteuningsplan plan, Guid versie, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.ControleerWeggooien();
        db.Bewaar(plan, versie);
        db.Ondersteuningsplannen.Remove(plan);
        return OpslaanAsync(cancellationToken);
    }

    private async Task<bool> OpslaanAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
