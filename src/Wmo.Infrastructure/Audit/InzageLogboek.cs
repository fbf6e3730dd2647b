using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Audit;

/// <summary>
/// Records a read, search or refused attempt of the current request, durably, before the caller shows anything (issue 15;
/// docs/privacy-en-beveiliging.md, "Inzage vastleggen"). When the request changes nothing, the entries go with those of
/// other requests in one transaction (<see cref="GebundeldeAuditSchrijver"/>); when the request's context holds a change
/// (tracked, or already written in an open transaction) they are saved with that change, in its transaction, as
/// <see cref="WmoDbContext.LegVastAsync"/> always did: a change's audit is never split off from it.
/// </summary>
public sealed class InzageLogboek(WmoDbContext db, IAuditBron bron, GebundeldeAuditSchrijver schrijver)
{
    /// <summary>Completes when every read recorded before this call is in the audit trail (<see cref="GebundeldeAuditSchrijver.SpoelAsync"/>): for whoever reads the trail itself.</summary>
    public Task SpoelAsync(CancellationToken cancellationToken = default) => schrijver.SpoelAsync(cancellationToken);

    /// <inheritdoc cref="LegVastAsync(IReadOnlyList{AuditGebeurtenis}, CancellationToken)"/>
    public Task LegVastAsync(AuditGebeurtenis gebeurtenis, CancellationToken cancellationToken = default) =>
        LegVastAsync([gebeurtenis], cancellationToken);

    /// <summary>
    /// Completes when <paramref name="gebeurtenissen"/> (and any audit entries waiting in the request's context) are
    /// committed; throws when that failed, so the caller shows nothing. <paramref name="cancellationToken"/> stops the
    /// waiting; entries already queued are still written.
    /// </summary>
    public async Task LegVastAsync(IReadOnlyList<AuditGebeurtenis> gebeurtenissen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gebeurtenissen);
        if (gebeurtenissen.Count == 0)
        {
            return;
        }

        if (db.HeeftWerkBuitenDeAudit)
        {
            foreach (var gebeurtenis in gebeurtenissen)
            {
                db.LegVast(gebeurtenis);
            }

            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var alle = db.NeemWachtendeAudit();
        alle.AddRange(gebeurtenissen);
        await schrijver.LegVastAsync(alle, bron.Huidige(), cancellationToken);
    }
}
