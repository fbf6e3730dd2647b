using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence.Configurations;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Writes a new aggregate with its owned collections straight into its tables (SQLite, inside the current transaction),
/// without the change tracker: a CAK delivery of a large city holds 70,000 regels, and tracking, detecting changes and
/// saving them one by one took most of the delivery (issue 15, docs/performance.md). Returns the audit events the change
/// tracker would have produced for it (<see cref="AuditVerzamelaar.Aangemaakt"/>), for the next save to append.
/// Only the shape that needs it is supported: a root with a key of its own, owned collections in their own tables whose
/// rows have no owned or complex parts of their own; a database-generated key of an owned row is left to the database,
/// as <c>SaveChanges</c> does (the object keeps 0). Anything else is refused rather than written differently.
/// </summary>
internal static class AggregaatInvoeging
{
    public static async Task<List<AuditGebeurtenis>> VoegInAsync(WmoDbContext db, object aggregaat, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(aggregaat.GetType())
            ?? throw new InvalidOperationException($"{aggregaat.GetType().Name} is geen entiteit van het model.");
        Ondersteund(type, eigen: false);
        var sleutel = type.FindPrimaryKey() ?? throw new NotSupportedException($"{type.DisplayName()} heeft geen sleutel.");
        if (sleutel.Properties.Any(p => p.GetGetter().HasSentinelValueUsingContainingEntity(aggregaat)))
        {
            throw new NotSupportedException($"{type.DisplayName()} heeft nog geen sleutel; geef het aggregaat zelf een sleutel.");
        }

        var rootKolommen = type.GetProperties().ToList();
        var versie = Guid.NewGuid();
        await using (var root = RijInvoeging.Voor(db, type, rootKolommen))
        {
            await root.VoegInAsync(p => Waarde(p, aggregaat, versie), cancellationToken);
        }

        var eigen = new List<(IEntityType Type, object Rij)>();
        foreach (var navigatie in type.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            var kind = navigatie.TargetEntityType;
            Ondersteund(kind, eigen: true);
            if (!navigatie.IsCollection || kind.GetTableName() == type.GetTableName())
            {
                throw new NotSupportedException($"{type.DisplayName()}.{navigatie.Name} is geen eigen verzameling in een eigen tabel.");
            }

            var fk = navigatie.ForeignKey;
            var eigenaarSleutel = fk.PrincipalKey.Properties.Select(p => p.GetGetter().GetClrValue(aggregaat)).ToArray();
            var kolommen = kind.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();
            await using var rijen = RijInvoeging.Voor(db, kind, kolommen);
            foreach (var rij in (System.Collections.IEnumerable?)navigatie.GetGetter().GetClrValue(aggregaat) ?? Array.Empty<object>())
            {
                await rijen.VoegInAsync(p => IndexVan(fk.Properties, p) switch
                {
                    -1 => Waarde(p, rij, versie),
                    var i => eigenaarSleutel[i],
                }, cancellationToken);
                eigen.Add((kind, rij));
            }
        }

        return AuditVerzamelaar.Aangemaakt(type, aggregaat, eigen);
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

    private static object? Waarde(IProperty property, object rij, Guid versie)
    {
        if (!property.IsShadowProperty())
        {
            return property.GetGetter().GetClrValue(rij);
        }

        // The concurrency token of a new aggregate gets its first value, as WmoDbContext.ZetVersies does on a save.
        return property.Name == Conventies.Versie
            ? versie
            : throw new NotSupportedException($"Schaduwkolom {property.DeclaringType.DisplayName()}.{property.Name} kan niet zonder change tracker worden geschreven.");
    }

    private static int IndexVan(IReadOnlyList<IProperty> properties, IProperty property)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i] == property)
            {
                return i;
            }
        }

        return -1;
    }
}
