using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Seeding.Schaal;

/// <summary>
/// Writes objects built by the domain straight into their tables, inside large transactions — for seeding hundreds of
/// thousands of dossiers in minutes. The rows are written by <see cref="AggregaatSchrijver"/> (one prepared INSERT per
/// table, columns, value converters and parameter types from EF's own model), the same code that writes a CAK delivery
/// without the change tracker, so a row written here is byte for byte what <c>SaveChanges</c> would have written; owned
/// collections and owned references (also table-split ones) and complex properties are followed. It skips the change
/// tracker and the per-save audit, so the caller writes the audit trail itself (<see cref="SchaalSeeder"/>).
/// </summary>
public sealed class BulkSchrijver : IAsyncDisposable
{
    private readonly WmoDbContext _db;
    private readonly DbConnection _verbinding;
    private readonly int _rijenPerTransactie;
    private readonly AggregaatSchrijver _schrijver;
    private DbTransaction? _transactie;
    private int _rijenInTransactie;

    private BulkSchrijver(WmoDbContext db, DbConnection verbinding, int rijenPerTransactie)
    {
        _db = db;
        _verbinding = verbinding;
        _rijenPerTransactie = rijenPerTransactie;

        // The first value of each aggregate's concurrency token. Any value will do (the next save replaces it); drawn from a
        // seeded generator rather than Guid.NewGuid, which asks the kernel for randomness on every call (2 s on leeuwarden).
        var kans = new Random(15);
        _schrijver = new AggregaatSchrijver(db, verbinding, () =>
        {
            Span<byte> bytes = stackalloc byte[16];
            kans.NextBytes(bytes);
            return new Guid(bytes);
        });
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
        Transactie();
        var rijen = _schrijver.Schrijf(entiteit);
        Rijen += rijen;
        _rijenInTransactie += rijen;
        if (_rijenInTransactie >= _rijenPerTransactie)
        {
            _transactie!.Commit();
            _transactie.Dispose();
            _transactie = null;
            _schrijver.Transactie = null;
            _rijenInTransactie = 0;
        }
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
            _schrijver.Transactie = null;
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

        _schrijver.Dispose();
        await _db.Database.CloseConnectionAsync();
    }

    private DbTransaction Transactie()
    {
        if (_transactie is null)
        {
            _transactie = _verbinding.BeginTransaction();
            _schrijver.Transactie = _transactie;
        }

        return _transactie;
    }
}
