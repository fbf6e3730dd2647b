using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// One prepared single-row INSERT into one table, run once per row inside the current transaction: for saves of many rows
/// on SQLite (a CAK delivery of 70,000 regels and their audit entries, issue 15). A multi-row INSERT binds its parameters
/// by name in a list, so its cost grows with the square of the parameters per command; this statement has one row's
/// parameters and SQLite keeps it prepared. Columns, value converters and parameter types come from EF's own model
/// (<see cref="RelationalTypeMapping.CreateParameter"/>), so a row is what <c>SaveChanges</c> would have written.
/// </summary>
internal sealed class RijInvoeging : IAsyncDisposable
{
    private readonly DbCommand _commando;
    private readonly IReadOnlyList<(IProperty Property, RelationalTypeMapping Mapping)> _kolommen;

    private RijInvoeging(DbCommand commando, IReadOnlyList<(IProperty, RelationalTypeMapping)> kolommen)
    {
        _commando = commando;
        _kolommen = kolommen;
    }

    /// <summary>The INSERT of <paramref name="type"/>'s own table with the columns <paramref name="kolommen"/> (in this order).</summary>
    public static RijInvoeging Voor(WmoDbContext db, IEntityType type, IReadOnlyList<IProperty> kolommen)
    {
        var transactie = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rijen in bulk schrijven kan alleen binnen een transactie (InTransactieAsync of SaveChanges).");
        var tabel = StoreObjectIdentifier.Table(type.GetTableName() ?? throw new InvalidOperationException($"{type.DisplayName()} heeft geen tabel."), type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var commando = transactie.Connection!.CreateCommand();
        commando.Transaction = transactie;
        commando.CommandText = "INSERT INTO " + sql.DelimitIdentifier(tabel.Name, tabel.Schema) + " ("
            + string.Join(", ", kolommen.Select(p => sql.DelimitIdentifier(p.GetColumnName(tabel) ?? throw new InvalidOperationException($"{p.Name} heeft geen kolom in {tabel.Name}."))))
            + ") VALUES (" + string.Join(", ", kolommen.Select((_, i) => "@p" + i)) + ")";
        return new RijInvoeging(commando, [.. kolommen.Select(p => (p, (RelationalTypeMapping)p.GetTypeMapping()))]);
    }

    /// <summary>Inserts one row; <paramref name="waarde"/> gives each column's CLR value (before conversion).</summary>
    public async Task VoegInAsync(Func<IProperty, object?> waarde, CancellationToken cancellationToken)
    {
        _commando.Parameters.Clear();
        for (var i = 0; i < _kolommen.Count; i++)
        {
            var (property, mapping) = _kolommen[i];
            _commando.Parameters.Add(mapping.CreateParameter(_commando, "@p" + i, waarde(property), property.IsNullable));
        }

        await _commando.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _commando.DisposeAsync();
}
