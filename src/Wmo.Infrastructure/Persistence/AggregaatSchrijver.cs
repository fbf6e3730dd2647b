using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Wmo.Infrastructure.Persistence.Configurations;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Writes objects of the model (an aggregate with everything it owns) straight into their tables with one prepared INSERT
/// per table (<see cref="RijInvoeging"/>), without the change tracker: the seeder (<c>BulkSchrijver</c>), a new CAK delivery
/// (<see cref="AggregaatInvoeging"/>) and large audit saves all go through here (issue 15). Per entity type the columns and
/// where each value comes from are read from EF's model once (a plan): properties, complex properties, owned references in
/// the same table (table splitting) and owned rows in their own tables. A row is what <c>SaveChanges</c> would have
/// written: columns, converters and parameter types from EF's mapping; the concurrency token of a new aggregate gets its
/// first value; a database-generated key of an owned row is left to the database (the object keeps its sentinel).
/// The caller owns the connection and the transaction.
/// </summary>
internal sealed class AggregaatSchrijver : IDisposable
{
    private readonly IModel _model;
    private readonly DbConnection _verbinding;
    private readonly ISqlGenerationHelper _sql;
    private readonly Func<Guid> _nieuweVersie;
    private readonly Dictionary<Type, Plan> _plannen = [];
    private readonly List<RijInvoeging> _invoegingen = [];
    private DbTransaction? _transactie;

    /// <param name="nieuweVersie">The first value of an aggregate's <c>Versie</c> token (one per written aggregate).</param>
    public AggregaatSchrijver(DbContext db, DbConnection verbinding, Func<Guid> nieuweVersie)
    {
        ArgumentNullException.ThrowIfNull(db);
        _model = db.Model;
        _verbinding = verbinding;
        _sql = db.GetService<ISqlGenerationHelper>();
        _nieuweVersie = nieuweVersie;
    }

    public DbTransaction? Transactie
    {
        get => _transactie;
        set
        {
            _transactie = value;
            foreach (var invoeging in _invoegingen)
            {
                invoeging.Transactie = value;
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="entiteit"/> and everything it owns; returns the number of rows. When <paramref name="eigenRijen"/>
    /// is given, every owned row in a table of its own is added to it (with its type), in the order written.
    /// </summary>
    public int Schrijf(object entiteit, List<(IEntityType Type, object Rij)>? eigenRijen = null)
    {
        ArgumentNullException.ThrowIfNull(entiteit);
        var plan = PlanVoor(entiteit.GetType());
        return plan.Schrijf(entiteit, null, _nieuweVersie(), eigenRijen);
    }

    /// <summary>As <see cref="Schrijf"/>, awaiting each INSERT (the use cases' path).</summary>
    public async Task<int> SchrijfAsync(object entiteit, List<(IEntityType Type, object Rij)>? eigenRijen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entiteit);
        var plan = PlanVoor(entiteit.GetType());
        return await plan.SchrijfAsync(entiteit, null, _nieuweVersie(), eigenRijen, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var invoeging in _invoegingen)
        {
            invoeging.Dispose();
        }

        _invoegingen.Clear();
    }

    private Plan PlanVoor(Type clrType)
    {
        if (!_plannen.TryGetValue(clrType, out var plan))
        {
            var type = _model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is geen entiteit van het model.");
            plan = new Plan(this, type, null, null);
            _plannen[clrType] = plan;
        }

        return plan;
    }

    private RijInvoeging MaakInvoeging(StoreObjectIdentifier tabel, IReadOnlyList<(string, RelationalTypeMapping, bool)> kolommen)
    {
        var invoeging = RijInvoeging.Voor(_verbinding, _sql, tabel, kolommen, _transactie);
        _invoegingen.Add(invoeging);
        return invoeging;
    }

    /// <summary>Where a column's value comes from.</summary>
    private abstract class Bron
    {
        /// <param name="instantie">The object of the plan's entity type (the row).</param>
        /// <param name="rij">The values of this row so far (for a table-split owned reference's key).</param>
        /// <param name="ouder">The owner's row values (for an owned row's foreign key).</param>
        public abstract object? Waarde(object instantie, object?[] rij, object?[]? ouder, Guid versie);
    }

    private sealed class PadBron(Func<object, object?> pad) : Bron
    {
        public override object? Waarde(object instantie, object?[] rij, object?[]? ouder, Guid versie) => pad(instantie);
    }

    private sealed class RijBron(int index) : Bron
    {
        public override object? Waarde(object instantie, object?[] rij, object?[]? ouder, Guid versie) => rij[index];
    }

    private sealed class OuderBron(int index) : Bron
    {
        public override object? Waarde(object instantie, object?[] rij, object?[]? ouder, Guid versie) => ouder![index];
    }

    private sealed class VersieBron : Bron
    {
        public override object? Waarde(object instantie, object?[] rij, object?[]? ouder, Guid versie) => versie;
    }

    /// <summary>Owned rows in a table of their own, reached from the owner's object by <see cref="Pad"/>.</summary>
    private sealed record Kind(Func<object, object?> Pad, bool IsVerzameling, Plan Plan);

    /// <summary>One entity type's row: its columns with their sources, and its owned rows in other tables.</summary>
    private sealed class Plan
    {
        private readonly AggregaatSchrijver _schrijver;
        private readonly IEntityType _type;
        private readonly StoreObjectIdentifier _tabel;
        private readonly List<(string Kolom, RelationalTypeMapping Mapping, bool Nullable)> _kolommen = [];
        private readonly List<Bron> _bronnen = [];
        private readonly List<Kind> _kinderen = [];
        private readonly object?[] _waarden;
        private RijInvoeging? _invoeging;

        /// <param name="eigendom">For an owned type in a table of its own: the ownership.</param>
        /// <param name="ouderKolommen">The owner's columns (index per name), for the foreign key's values.</param>
        public Plan(AggregaatSchrijver schrijver, IEntityType type, IForeignKey? eigendom, IReadOnlyDictionary<string, int>? ouderKolommen)
        {
            _schrijver = schrijver;
            _type = type;
            _tabel = StoreObjectIdentifier.Table(type.GetTableName() ?? throw new InvalidOperationException($"{type.DisplayName()} heeft geen tabel."), type.GetSchema());
            var index = new Dictionary<string, int>();
            Verzamel(type, null, eigendom, eigendom is null ? null : Sleutelbronnen(eigendom, ouderKolommen!, rij: false), index);
            _waarden = new object?[_kolommen.Count];
        }

        private static Bron[] Sleutelbronnen(IForeignKey eigendom, IReadOnlyDictionary<string, int> kolommen, bool rij) =>
        [
            .. eigendom.PrincipalKey.Properties.Select(p =>
            {
                var opslag = StoreObjectIdentifier.Table(eigendom.PrincipalEntityType.GetTableName()!, eigendom.PrincipalEntityType.GetSchema());
                var kolom = p.GetColumnName(opslag) ?? throw new InvalidOperationException($"Sleutel {p.Name} zonder kolom.");
                return rij ? (Bron)new RijBron(kolommen[kolom]) : new OuderBron(kolommen[kolom]);
            }),
        ];

        private void Verzamel(ITypeBase type, Func<object, object?>? pad, IForeignKey? eigendom, Bron[]? sleutel, Dictionary<string, int> index)
        {
            foreach (var property in type.GetProperties())
            {
                var kolom = property.GetColumnName(_tabel);
                if (kolom is null || index.ContainsKey(kolom))
                {
                    continue;
                }

                Bron bron;
                var fkIndex = eigendom is null ? -1 : IndexVan(eigendom.Properties, property);
                if (fkIndex >= 0)
                {
                    bron = sleutel![fkIndex];
                }
                else if (eigendom is not null && type == _type && property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd)
                {
                    // An owned row's database-generated key: the database gives it, as with SaveChanges.
                    continue;
                }
                else if (property.IsShadowProperty())
                {
                    bron = property.Name == Conventies.Versie
                        ? new VersieBron()
                        : throw new NotSupportedException($"Schaduwkolom {type.DisplayName()}.{property.Name} kan niet zonder change tracker worden geschreven.");
                }
                else
                {
                    var getter = property.GetGetter();
                    bron = new PadBron(Verder(pad, getter.GetClrValue));
                }

                index[kolom] = _kolommen.Count;
                _kolommen.Add((kolom, (RelationalTypeMapping)property.GetTypeMapping(), property.IsNullable || pad is not null));
                _bronnen.Add(bron);
            }

            foreach (var complex in type.GetComplexProperties())
            {
                var getter = complex.GetGetter();
                Verzamel(complex.ComplexType, Verder(pad, getter.GetClrValue), null, null, index);
            }

            if (type is not IEntityType entiteitType)
            {
                return;
            }

            foreach (var navigatie in entiteitType.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
            {
                var doel = navigatie.TargetEntityType;
                var getter = navigatie.GetGetter();
                var naarDoel = Verder(pad, getter.GetClrValue);
                if (!navigatie.IsCollection && doel.GetTableName() == _tabel.Name)
                {
                    // Table splitting: the owned reference's columns are part of the owner's row.
                    Verzamel(doel, naarDoel, navigatie.ForeignKey, Sleutelbronnen(navigatie.ForeignKey, index, rij: true), index);
                    continue;
                }

                _kinderen.Add(new Kind(naarDoel, navigatie.IsCollection, new Plan(_schrijver, doel, navigatie.ForeignKey, new Dictionary<string, int>(index))));
            }
        }

        /// <summary>The step after <paramref name="pad"/> (null: the row's own object), null when a step on the way is null.</summary>
        private static Func<object, object?> Verder(Func<object, object?>? pad, Func<object, object?> stap) =>
            pad is null ? stap : o => pad(o) is { } tussen ? stap(tussen) : null;

        public int Schrijf(object instantie, object?[]? ouder, Guid versie, List<(IEntityType, object)>? eigenRijen)
        {
            var invoeging = Vul(instantie, ouder, versie);
            invoeging.VoegIn();
            var rijen = 1;
            for (var k = 0; k < _kinderen.Count; k++)
            {
                var kind = _kinderen[k];
                var waarde = kind.Pad(instantie);
                if (kind.IsVerzameling && waarde is System.Collections.IEnumerable reeks)
                {
                    foreach (var element in reeks)
                    {
                        eigenRijen?.Add((kind.Plan._type, element));
                        rijen += kind.Plan.Schrijf(element, _waarden, versie, eigenRijen);
                    }
                }
                else if (!kind.IsVerzameling && waarde is not null)
                {
                    eigenRijen?.Add((kind.Plan._type, waarde));
                    rijen += kind.Plan.Schrijf(waarde, _waarden, versie, eigenRijen);
                }
            }

            return rijen;
        }

        public async Task<int> SchrijfAsync(object instantie, object?[]? ouder, Guid versie, List<(IEntityType, object)>? eigenRijen, CancellationToken cancellationToken)
        {
            var invoeging = Vul(instantie, ouder, versie);
            await invoeging.VoegInAsync(cancellationToken);
            var rijen = 1;
            foreach (var (kind, element) in Kinderen(instantie))
            {
                eigenRijen?.Add((kind.Plan._type, element));
                rijen += await kind.Plan.SchrijfAsync(element, _waarden, versie, eigenRijen, cancellationToken);
            }

            return rijen;
        }

        private RijInvoeging Vul(object instantie, object?[]? ouder, Guid versie)
        {
            var invoeging = _invoeging ??= _schrijver.MaakInvoeging(_tabel, _kolommen);
            for (var i = 0; i < _bronnen.Count; i++)
            {
                var waarde = _bronnen[i].Waarde(instantie, _waarden, ouder, versie);
                _waarden[i] = waarde;
                invoeging.Zet(i, waarde);
            }

            return invoeging;
        }

        private IEnumerable<(Kind, object)> Kinderen(object instantie)
        {
            foreach (var kind in _kinderen)
            {
                var waarde = kind.Pad(instantie);
                if (kind.IsVerzameling && waarde is System.Collections.IEnumerable reeks)
                {
                    foreach (var element in reeks)
                    {
                        yield return (kind, element);
                    }
                }
                else if (!kind.IsVerzameling && waarde is not null)
                {
                    yield return (kind, waarde);
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
    }
}
