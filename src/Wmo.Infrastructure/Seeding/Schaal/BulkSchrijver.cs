using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Persistence.Configurations;

namespace Wmo.Infrastructure.Seeding.Schaal;

/// <summary>
/// Writes objects built by the domain straight into their tables with one prepared INSERT per table, inside large
/// transactions — for seeding hundreds of thousands of dossiers in minutes. The columns, value converters and
/// parameter types come from EF's own model (<see cref="RelationalTypeMapping.CreateParameter"/>), so a row written
/// here is byte for byte what <c>SaveChanges</c> would have written; owned collections and owned references (also
/// table-split ones) and complex properties are followed. It skips the change tracker and the per-save audit, so the
/// caller writes the audit trail itself (<see cref="SchaalSeeder"/>). Foreign keys stay enforced (SQLite
/// <c>foreign_keys = ON</c>), which checks the seeded data's consistency as it is written.
/// </summary>
public sealed class BulkSchrijver : IAsyncDisposable
{
    private readonly WmoDbContext _db;
    private readonly DbConnection _verbinding;
    private readonly int _rijenPerTransactie;
    private readonly Dictionary<string, DbCommand> _commandos = [];
    private DbTransaction? _transactie;
    private int _rijenInTransactie;

    private BulkSchrijver(WmoDbContext db, DbConnection verbinding, int rijenPerTransactie)
    {
        _db = db;
        _verbinding = verbinding;
        _rijenPerTransactie = rijenPerTransactie;
    }

    public long Rijen { get; private set; }

    public static async Task<BulkSchrijver> OpenAsync(WmoDbContext db, int rijenPerTransactie = 50_000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new BulkSchrijver(db, db.Database.GetDbConnection(), rijenPerTransactie);
    }

    /// <summary>Writes an aggregate (or any mapped entity) with everything it owns.</summary>
    public void Schrijf(object entiteit)
    {
        ArgumentNullException.ThrowIfNull(entiteit);
        var type = _db.Model.FindEntityType(entiteit.GetType())
            ?? throw new InvalidOperationException($"{entiteit.GetType().Name} is geen entiteit van het model.");
        SchrijfRij(type, entiteit, null, null);
    }

    public void SchrijfAlle(IEnumerable<object> entiteiten)
    {
        ArgumentNullException.ThrowIfNull(entiteiten);
        foreach (var entiteit in entiteiten)
        {
            Schrijf(entiteit);
        }
    }

    /// <summary>Runs a statement in the current transaction (e.g. an UPDATE of a counter row).</summary>
    public async Task VoerUitAsync(string sql, IReadOnlyList<(string Naam, object? Waarde)> parameters, CancellationToken cancellationToken)
    {
        await using var commando = _verbinding.CreateCommand();
        commando.CommandText = sql;
        commando.Transaction = Transactie();
        foreach (var (naam, waarde) in parameters)
        {
            var parameter = commando.CreateParameter();
            parameter.ParameterName = naam;
            parameter.Value = waarde ?? DBNull.Value;
            commando.Parameters.Add(parameter);
        }

        await commando.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_transactie is not null)
        {
            await _transactie.CommitAsync(cancellationToken);
            await _transactie.DisposeAsync();
            _transactie = null;
            _rijenInTransactie = 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transactie is not null)
        {
            await _transactie.RollbackAsync();
            await _transactie.DisposeAsync();
        }

        foreach (var commando in _commandos.Values)
        {
            await commando.DisposeAsync();
        }

        await _db.Database.CloseConnectionAsync();
    }

    private DbTransaction Transactie()
    {
        if (_transactie is null)
        {
            _transactie = _verbinding.BeginTransaction();
            foreach (var commando in _commandos.Values)
            {
                commando.Transaction = _transactie;
            }
        }

        return _transactie;
    }

    private void SchrijfRij(IEntityType type, object entiteit, IForeignKey? eigendom, object?[]? eigenaarSleutel)
    {
        var tabel = type.GetTableName() ?? throw new InvalidOperationException($"{type.DisplayName()} heeft geen tabel.");
        var opslag = StoreObjectIdentifier.Table(tabel, type.GetSchema());
        var rij = new Rij();
        var kinderen = new List<(IEntityType Type, object Waarde, IForeignKey Eigendom, object?[] Sleutel)>();
        Verzamel(type, entiteit, opslag, rij, eigendom, eigenaarSleutel, kinderen);
        Voeg(tabel, type.GetSchema(), rij);
        foreach (var (kindType, waarde, kindEigendom, sleutel) in kinderen)
        {
            SchrijfRij(kindType, waarde, kindEigendom, sleutel);
        }
    }

    private static void Verzamel(
        ITypeBase type,
        object? instantie,
        StoreObjectIdentifier opslag,
        Rij rij,
        IForeignKey? eigendom,
        object?[]? eigenaarSleutel,
        List<(IEntityType, object, IForeignKey, object?[])> kinderen)
    {
        foreach (var property in type.GetProperties())
        {
            var kolom = property.GetColumnName(opslag);
            if (kolom is null || rij.Bevat(kolom))
            {
                continue;
            }

            object? waarde;
            var fkIndex = eigendom is null ? -1 : IndexVan(eigendom.Properties, property);
            if (fkIndex >= 0)
            {
                waarde = eigenaarSleutel![fkIndex];
            }
            else if (property.IsShadowProperty())
            {
                waarde = property.Name == Conventies.Versie
                    ? Guid.NewGuid()
                    : throw new NotSupportedException($"Schaduwkolom {type.DisplayName()}.{property.Name} kan niet in bulk worden geschreven.");
            }
            else
            {
                waarde = instantie is null ? null : property.GetGetter().GetClrValue(instantie);
            }

            rij.Voeg(kolom, waarde, (RelationalTypeMapping)property.GetTypeMapping());
        }

        foreach (var complex in type.GetComplexProperties())
        {
            var waarde = instantie is null ? null : complex.GetGetter().GetClrValue(instantie);
            Verzamel(complex.ComplexType, waarde, opslag, rij, null, null, kinderen);
        }

        if (type is not IEntityType entiteitType || instantie is null)
        {
            return;
        }

        foreach (var navigatie in entiteitType.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            var doel = navigatie.TargetEntityType;
            var sleutel = navigatie.ForeignKey.PrincipalKey.Properties
                .Select(p => rij.Waarde(p.GetColumnName(opslag) ?? throw new InvalidOperationException($"Sleutel {p.Name} zonder kolom.")))
                .ToArray();
            var waarde = navigatie.GetGetter().GetClrValue(instantie);
            if (!navigatie.IsCollection && doel.GetTableName() == opslag.Name)
            {
                // Table splitting: the owned reference's columns are part of the owner's row.
                Verzamel(doel, waarde, opslag, rij, navigatie.ForeignKey, sleutel, kinderen);
                continue;
            }

            if (waarde is System.Collections.IEnumerable reeks && navigatie.IsCollection)
            {
                foreach (var element in reeks)
                {
                    kinderen.Add((doel, element, navigatie.ForeignKey, sleutel));
                }
            }
            else if (waarde is not null)
            {
                kinderen.Add((doel, waarde, navigatie.ForeignKey, sleutel));
            }
        }
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

    private void Voeg(string tabel, string? schema, Rij rij)
    {
        var sleutel = tabel + "|" + string.Join(',', rij.Kolommen);
        if (!_commandos.TryGetValue(sleutel, out var commando))
        {
            var sql = _db.GetService<ISqlGenerationHelper>();
            commando = _verbinding.CreateCommand();
            commando.CommandText =
                $"INSERT INTO {sql.DelimitIdentifier(tabel, schema)} ({string.Join(", ", rij.Kolommen.Select(k => sql.DelimitIdentifier(k)))}) " +
                $"VALUES ({string.Join(", ", rij.Kolommen.Select((_, i) => "@p" + i))})";
            _commandos[sleutel] = commando;
        }

        commando.Transaction = Transactie();
        commando.Parameters.Clear();
        for (var i = 0; i < rij.Kolommen.Count; i++)
        {
            // EF's own type mapping: its value converter and provider-specific parameter settings (e.g. a Guid as TEXT).
            commando.Parameters.Add(rij.Mappings[i].CreateParameter(commando, "@p" + i, rij.Waarden[i], nullable: true));
        }

        commando.ExecuteNonQuery();
        Rijen++;
        if (++_rijenInTransactie >= _rijenPerTransactie)
        {
            _transactie!.Commit();
            _transactie.Dispose();
            _transactie = null;
            _rijenInTransactie = 0;
        }
    }

    private sealed class Rij
    {
        public List<string> Kolommen { get; } = [];

        public List<object?> Waarden { get; } = [];

        public List<RelationalTypeMapping> Mappings { get; } = [];

        public bool Bevat(string kolom) => Kolommen.Contains(kolom);

        public object? Waarde(string kolom) => Waarden[Kolommen.IndexOf(kolom)];

        public void Voeg(string kolom, object? waarde, RelationalTypeMapping mapping)
        {
            Kolommen.Add(kolom);
            Waarden.Add(waarde);
            Mappings.Add(mapping);
        }
    }
}
