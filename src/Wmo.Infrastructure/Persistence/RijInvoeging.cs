using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// One prepared single-row INSERT into one table, run once per row: the one way this code base writes rows without the
/// change tracker (<see cref="AggregaatSchrijver"/>: the seeder's <c>BulkSchrijver</c>, a CAK delivery of 70,000 regels, large
/// audit saves; issue 15). A multi-row INSERT binds its parameters by name in a list, so its cost grows with the square of
/// the parameters per command; this statement has one row's parameters and SQLite keeps it prepared. Value converters and
/// parameter types come from EF's own model (<see cref="RelationalTypeMapping.CreateParameter"/>), so a row is what
/// <c>SaveChanges</c> would have written.
/// </summary>
internal sealed class RijInvoeging : IDisposable
{
    private readonly DbCommand _commando;
    private readonly RelationalTypeMapping[] _mappings;
    private readonly bool[] _nullable;
    private readonly object?[] _waarden;
    private readonly bool _hergebruik;
    private DbParameter[]? _parameters;

    private RijInvoeging(DbCommand commando, RelationalTypeMapping[] mappings, bool[] nullable)
    {
        _commando = commando;
        _mappings = mappings;
        _nullable = nullable;
        _waarden = new object?[mappings.Length];

        // On SQLite a parameter's settings do not depend on its value, so the parameters are made once (by EF's mapping) and
        // only their values change per row: no parameter objects per row. Elsewhere (SQL Server sizes a string parameter by
        // its value) every row gets its parameters from the mapping, as SaveChanges does.
        _hergebruik = commando is SqliteCommand;
    }

    /// <summary>The number of columns; <see cref="Zet"/> takes an index below it.</summary>
    public int Kolommen => _mappings.Length;

    /// <summary>The INSERT of <paramref name="kolommen"/> (in this order) into <paramref name="tabel"/> on <paramref name="verbinding"/>.</summary>
    public static RijInvoeging Voor(DbConnection verbinding, ISqlGenerationHelper sql, StoreObjectIdentifier tabel,
        IReadOnlyList<(string Kolom, RelationalTypeMapping Mapping, bool Nullable)> kolommen, DbTransaction? transactie)
    {
        ArgumentNullException.ThrowIfNull(verbinding);
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(kolommen);
        var commando = verbinding.CreateCommand();
        commando.Transaction = transactie;
        commando.CommandText = "INSERT INTO " + sql.DelimitIdentifier(tabel.Name, tabel.Schema) + " ("
            + string.Join(", ", kolommen.Select(k => sql.DelimitIdentifier(k.Kolom)))
            + ") VALUES (" + string.Join(", ", kolommen.Select((_, i) => "@p" + i)) + ")";
        return new RijInvoeging(commando, [.. kolommen.Select(k => k.Mapping)], [.. kolommen.Select(k => k.Nullable)]);
    }

    public DbTransaction? Transactie
    {
        get => _commando.Transaction;
        set => _commando.Transaction = value;
    }

    /// <summary>Sets column <paramref name="kolom"/>'s CLR value (before conversion) for the next <see cref="VoegIn"/>.</summary>
    public void Zet(int kolom, object? waarde) => _waarden[kolom] = waarde;

    /// <summary>Inserts one row with the values given by <see cref="Zet"/>.</summary>
    public void VoegIn()
    {
        Bind();
        _commando.ExecuteNonQuery();
    }

    public async Task VoegInAsync(CancellationToken cancellationToken)
    {
        Bind();
        await _commando.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Bind()
    {
        if (_parameters is null || !_hergebruik)
        {
            _commando.Parameters.Clear();
            _parameters ??= new DbParameter[_mappings.Length];
            for (var i = 0; i < _mappings.Length; i++)
            {
                // EF's own type mapping: its value converter and provider-specific parameter settings (e.g. a Guid as TEXT).
                _parameters[i] = _mappings[i].CreateParameter(_commando, "@p" + i, _waarden[i], _nullable[i]);
                _commando.Parameters.Add(_parameters[i]);
            }

            return;
        }

        for (var i = 0; i < _parameters.Length; i++)
        {
            // What CreateParameter does with a value: the mapping's converter, null as DBNull; the parameter's type
            // settings (DbType, SqliteType) were set by the mapping when the parameter was made and do not depend on it.
            var waarde = _waarden[i];
            if (_mappings[i].Converter is { } converter)
            {
                waarde = converter.ConvertToProvider(waarde);
            }

            _parameters[i].Value = waarde ?? DBNull.Value;
        }
    }

    public void Dispose() => _commando.Dispose();
}
