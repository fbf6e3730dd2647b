using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Wmo.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore.Storage;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Writes a new aggregate with its owned collections straight into its tables (SQLite, inside the current transaction),
/// without the change tracker: a CAK delivery of a large city holds 70,000 regels, and tracking, detecting changes and
/// saving them one by one took most of the delivery (issue 15, docs/performance.md). Returns the audit events the change
/// tracker would have produced for it (<see cref="AuditVerzamelaar.Aangemaakt"/>), for the next save to append.
/// The rows are written by <see cref="AggregaatSchrijver"/> (also the seeder's writer). Only the shape whose audit events
/// <see cref="AuditVerzamelaar.Aangemaakt"/> knows is accepted: a root with a key of its own, owned collections in their own
/// tables whose rows have no owned or complex parts of their own; a database-generated key of an owned row is left to the
/// database, as <c>SaveChanges</c> does (the object keeps 0). Anything else is refused rather than audited differently.
/// </summary>
internal static class AggregaatInvoeging
{
    public static async Task<List<AuditGebeurtenis>> VoegInAsync<T>(WmoDbContext db, IReadOnlyList<T> aggregaten, CancellationToken cancellationToken)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is geen entiteit van het model.");
        Ondersteund(type, eigen: false);
        var sleutel = type.FindPrimaryKey() ?? throw new NotSupportedException($"{type.DisplayName()} heeft geen sleutel.");
        if (aggregaten.Any(a => a.GetType() != typeof(T) || sleutel.Properties.Any(p => p.GetGetter().HasSentinelValueUsingContainingEntity(a))))
        {
            throw new NotSupportedException($"{type.DisplayName()} heeft nog geen sleutel (of is een afgeleid type); geef het aggregaat zelf een sleutel.");
        }

        foreach (var navigatie in type.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            Ondersteund(navigatie.TargetEntityType, eigen: true);
            if (!navigatie.IsCollection || navigatie.TargetEntityType.GetTableName() == type.GetTableName())
            {
                throw new NotSupportedException($"{type.DisplayName()}.{navigatie.Name} is geen eigen verzameling in een eigen tabel.");
            }
        }

        // Inside the current transaction of the use case, on its connection.
        var transactie = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rijen zonder change tracker schrijven kan alleen binnen een transactie (InTransactieAsync of SaveChanges).");
        var gebeurtenissen = new List<AuditGebeurtenis>();
        var eigen = new List<(IEntityType Type, object Rij)>();
        using var schrijver = new AggregaatSchrijver(db, transactie.Connection!, Guid.NewGuid) { Transactie = transactie };
        foreach (var aggregaat in aggregaten)
        {
            eigen.Clear();
            await schrijver.SchrijfAsync(aggregaat, eigen, cancellationToken);
            gebeurtenissen.AddRange(AuditVerzamelaar.Aangemaakt(type, aggregaat, eigen));
        }

        return gebeurtenissen;
    }

    private static void Ondersteund(IEntityType type, bool eigen)
    {
        if (type.GetComplexProperties().Any())
        {
            throw new NotSupportedException($"{type.DisplayName()} heeft complexe eigenschappen; schrijf het via SaveChanges.");
        }

        if (eigen && type.GetNavigations().Any(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            throw new NotSupportedException($"{type.DisplayName()} bezit zelf weer rijen; schrijf het via SaveChanges.");
        }
    }
}
