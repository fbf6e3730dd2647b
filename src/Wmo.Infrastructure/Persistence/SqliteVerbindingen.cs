using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Open SQLite connections that are lent to one DbContext at a time and keep their prepared statements between requests
/// (issue 15, docs/performance.md, fifteenth round).
/// <list type="bullet">
/// <item>EF creates a new <see cref="SqliteConnection"/> per context; closing it at the end of a request throws away every
/// statement SQLite prepared for it, and opening the next one registers EF's SQL functions again (which expires any
/// statement). Preparing the SQL was ~8 % of the CPU of a name search and ~15 % of a werkvoorraad.</item>
/// <item>Here the context gets a connection from this pool instead (<see cref="ConnectionCreating"/>); EF's close and dispose
/// of it give it back. A connection goes back only in autocommit (no transaction left open) and with no statement still
/// reading; otherwise it is closed.</item>
/// <item>Per connection the SQL EF sends is kept with its prepared statements (<see cref="CommandInitialized"/>): the same
/// SQL text runs on the kept command with EF's parameters. The same SQL while that command still reads (a nested query)
/// runs on EF's own command.</item>
/// </list>
/// Only the contexts of the portal and the command line built through <see cref="DatabaseSettings.Apply"/> with a pool use
/// it; <c>Database:SqliteVrijeVerbindingen</c> = 0 switches it off.
/// </summary>
[SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "A lent connection is disposed by the context that borrowed it, which gives it back.")]
public sealed class SqliteVerbindingen : IDbConnectionInterceptor, IDbCommandInterceptor, IDisposable
{
    /// <summary>How many open connections wait in the pool at most; more are closed when given back.</summary>
    public const int StandaardVrijeVerbindingen = 64;

    /// <summary>
    /// How many different SQL texts one connection keeps prepared; when a new one would exceed it, the least recently used
    /// half is let go (seeding at start-up, for one, sends hundreds of texts that no request sends again).
    /// </summary>
    public const int StandaardOpdrachtenPerVerbinding = 128;

    /// <summary>
    /// SQLITE_DBCONFIG_ENABLE_QPSG (sqlite.org/c3ref/c_dbconfig_defensive.html): the query planner does not look at bound
    /// values. Without it a statement whose plan could depend on a value (a LIKE with a parameter, such as EF's StartsWith
    /// in the name search) is prepared again at its first step after every new binding, which undoes the kept statement.
    /// Our LIKE filters run on BINARY columns, where SQLite's LIKE optimisation never applies, and there are no sqlite_stat4
    /// statistics, so no plan changes.
    /// </summary>
    public const int SqliteDbConfigEnableQpsg = 1007;

    private readonly string _connectionString;
    private readonly SqlitePragmaInterceptor _pragmas;
    private readonly int _maxVrij;
    private readonly ConcurrentStack<Verbinding> _vrij = new();
    private int _aantalVrij;
    private volatile bool _gesloten;
    private long _geopend;
    private long _voorbereid;
    private long _hergebruikt;
    private int _uitgeleend;

    public SqliteVerbindingen(string connectionString, SqlitePragmaInterceptor pragmas, int maxVrij = StandaardVrijeVerbindingen, int opdrachtenPerVerbinding = StandaardOpdrachtenPerVerbinding)
    {
        _connectionString = connectionString;
        _pragmas = pragmas;
        _maxVrij = Math.Max(0, maxVrij);
        OpdrachtenPerVerbinding = Math.Max(0, opdrachtenPerVerbinding);
    }

    public int OpdrachtenPerVerbinding { get; }

    /// <summary>How many connections this pool opened (tests, the benchmark).</summary>
    public long Geopend => Interlocked.Read(ref _geopend);

    /// <summary>How many SQL texts were prepared and kept.</summary>
    public long Voorbereid => Interlocked.Read(ref _voorbereid);

    /// <summary>How many commands ran on a kept, already prepared statement.</summary>
    public long Hergebruikt => Interlocked.Read(ref _hergebruikt);

    /// <summary>Connections waiting in the pool.</summary>
    public int Vrij => Volatile.Read(ref _aantalVrij);

    /// <summary>Connections lent to a context and not given back yet (tests: wait until a finished request gave its back).</summary>
    public int Uitgeleend => Volatile.Read(ref _uitgeleend);

    public InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result) =>
        result.HasResult ? result : InterceptionResult<DbConnection>.SuppressWithResult(Leen());

    public DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) =>
        result is SqliteCommand { Connection: Verbinding verbinding } opdracht ? verbinding.Opdracht(opdracht) : result;

    public void Dispose()
    {
        _gesloten = true;
        while (_vrij.TryPop(out var verbinding))
        {
            Interlocked.Decrement(ref _aantalVrij);
            verbinding.Sluit();
        }
    }

    private Verbinding Leen()
    {
        if (_vrij.TryPop(out var verbinding))
        {
            Interlocked.Decrement(ref _aantalVrij);
            return verbinding.LeenUit();
        }

        verbinding = new Verbinding(_connectionString, this);
        try
        {
            // EF's own SQL functions (ef_add, ef_compare, regexp, ...) are registered by EF's SQLite connection on a
            // connection it is given; registered once here, before the open, they are never registered again.
            using (var registratie = new DbContext(new DbContextOptionsBuilder().UseSqlite(verbinding).Options))
            {
                _ = registratie.Database.GetDbConnection();
            }

            verbinding.Open();
            _pragmas.Zet(verbinding);
            SqliteException.ThrowExceptionForRC(raw.sqlite3_db_config(verbinding.Handle, SqliteDbConfigEnableQpsg, 1, out _), verbinding.Handle);
        }
        catch
        {
            verbinding.Sluit();
            throw;
        }

        Interlocked.Increment(ref _geopend);
        return verbinding.LeenUit();
    }

    private void BrengTerug(Verbinding verbinding)
    {
        if (_gesloten || !verbinding.IsSchoon())
        {
            verbinding.Sluit();
            return;
        }

        if (Interlocked.Increment(ref _aantalVrij) > _maxVrij)
        {
            Interlocked.Decrement(ref _aantalVrij);
            verbinding.Sluit();
            return;
        }

        _vrij.Push(verbinding);
        if (_gesloten)
        {
            // Closed while this one was given back: the pool is emptied once more, so nothing stays open.
            Dispose();
        }
    }

    /// <summary>A pooled connection: EF's close is a no-op, EF's dispose gives it back; only the pool really closes it.</summary>
    private sealed class Verbinding(string connectionString, SqliteVerbindingen pool) : SqliteConnection(connectionString)
    {
        private readonly Dictionary<string, BewaardeOpdracht> _opdrachten = new(StringComparer.Ordinal);
        private long _gebruik;
        private bool _sluiten;
        private bool _uitgeleend;

        public Verbinding LeenUit()
        {
            _uitgeleend = true;
            Interlocked.Increment(ref pool._uitgeleend);
            return this;
        }

        public DbCommand Opdracht(SqliteCommand vanEf)
        {
            if (_opdrachten.TryGetValue(vanEf.CommandText, out var bewaard))
            {
                if (bewaard.InGebruik)
                {
                    return vanEf;
                }

                bewaard.Neem(vanEf, ++_gebruik);
                Interlocked.Increment(ref pool._hergebruikt);
                return bewaard;
            }

            if (_opdrachten.Count >= pool.OpdrachtenPerVerbinding)
            {
                LaatMinstGebruikteHelftGaan();
                if (_opdrachten.Count >= pool.OpdrachtenPerVerbinding)
                {
                    return vanEf;
                }
            }

            bewaard = new BewaardeOpdracht(vanEf, ++_gebruik);
            _opdrachten.Add(vanEf.CommandText, bewaard);
            Interlocked.Increment(ref pool._voorbereid);
            return bewaard;
        }

        private void LaatMinstGebruikteHelftGaan()
        {
            var vrij = _opdrachten.Where(o => !o.Value.InGebruik).OrderBy(o => o.Value.LaatstGebruikt).ToList();
            foreach (var (tekst, opdracht) in vrij.Take(Math.Max(1, _opdrachten.Count / 2)))
            {
                _opdrachten.Remove(tekst);
                opdracht.Sluit();
            }
        }

        /// <summary>Open, no transaction left open, no kept statement still reading.</summary>
        public bool IsSchoon()
        {
            if (State != ConnectionState.Open || Handle is not { } handle || raw.sqlite3_get_autocommit(handle) == 0)
            {
                return false;
            }

            foreach (var opdracht in _opdrachten.Values)
            {
                if (opdracht.InGebruik)
                {
                    return false;
                }
            }

            return true;
        }

        public void Sluit()
        {
            _sluiten = true;
            foreach (var opdracht in _opdrachten.Values)
            {
                opdracht.Sluit();
            }

            _opdrachten.Clear();
            Dispose();
        }

        public override void Close()
        {
            if (_sluiten)
            {
                base.Close();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _uitgeleend)
            {
                _uitgeleend = false;
                Interlocked.Decrement(ref pool._uitgeleend);
            }

            if (disposing && !_sluiten)
            {
                pool.BrengTerug(this);
                return;
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A kept command with its prepared statements; EF's dispose only takes its parameters off.</summary>
    private sealed class BewaardeOpdracht : DbCommand
    {
        private readonly SqliteCommand _binnen;

        public BewaardeOpdracht(SqliteCommand binnen, long gebruik)
        {
            _binnen = binnen;
            InGebruik = true;
            LaatstGebruikt = gebruik;
        }

        public bool InGebruik { get; private set; }

        /// <summary>When this command last ran, in the connection's own count of commands.</summary>
        public long LaatstGebruikt { get; private set; }

        [AllowNull]
        public override string CommandText
        {
            get => _binnen.CommandText;
            set => _binnen.CommandText = value;
        }

        public override int CommandTimeout
        {
            get => _binnen.CommandTimeout;
            set => _binnen.CommandTimeout = value;
        }

        public override CommandType CommandType
        {
            get => _binnen.CommandType;
            set => _binnen.CommandType = value;
        }

        public override UpdateRowSource UpdatedRowSource
        {
            get => _binnen.UpdatedRowSource;
            set => _binnen.UpdatedRowSource = value;
        }

        public override bool DesignTimeVisible
        {
            get => _binnen.DesignTimeVisible;
            set => _binnen.DesignTimeVisible = value;
        }

        protected override DbConnection? DbConnection
        {
            get => _binnen.Connection;
            set => _binnen.Connection = (SqliteConnection?)value;
        }

        protected override DbParameterCollection DbParameterCollection => _binnen.Parameters;

        protected override DbTransaction? DbTransaction
        {
            get => _binnen.Transaction;
            set => _binnen.Transaction = (SqliteTransaction?)value;
        }

        /// <summary>Takes EF's parameters, transaction and timeout for this execution; EF's own command is disposed.</summary>
        public void Neem(SqliteCommand vanEf, long gebruik)
        {
            LaatstGebruikt = gebruik;
            var parameters = new SqliteParameter[vanEf.Parameters.Count];
            vanEf.Parameters.CopyTo(parameters, 0);
            vanEf.Parameters.Clear();
            _binnen.Parameters.Clear();
            _binnen.Parameters.AddRange(parameters);
            _binnen.Transaction = vanEf.Transaction;
            _binnen.CommandTimeout = vanEf.CommandTimeout;
            vanEf.Dispose();
            InGebruik = true;
        }

        public void Sluit() => _binnen.Dispose();

        public override void Cancel() => _binnen.Cancel();

        public override int ExecuteNonQuery() => _binnen.ExecuteNonQuery();

        public override object? ExecuteScalar() => _binnen.ExecuteScalar();

        public override void Prepare() => _binnen.Prepare();

        protected override DbParameter CreateDbParameter() => _binnen.CreateParameter();

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => _binnen.ExecuteReader(behavior);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _binnen.Parameters.Clear();
                _binnen.Transaction = null;
                InGebruik = false;
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>The container's pool (or none: SQL Server, or switched off), so the container disposes it.</summary>
public sealed class SqliteVerbindingenHouder(SqliteVerbindingen? verbindingen) : IDisposable
{
    public SqliteVerbindingen? Verbindingen { get; } = verbindingen;

    public void Dispose() => Verbindingen?.Dispose();
}
