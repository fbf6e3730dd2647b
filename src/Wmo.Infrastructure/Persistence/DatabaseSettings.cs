using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Wmo.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";

    public const string SqliteMigrationsAssembly = "Wmo.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Wmo.Migrations.SqlServer";

    /// <summary><c>Sqlite</c> (embedded default) or <c>SqlServer</c> (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder of the SQLite database file; relative paths are taken from the content root.</summary>
    public string DataFolder { get; set; } = "data";

    public string SqliteFileName { get; set; } = "wmo.db";

    /// <summary>SQL Server connection string; for SQLite an explicit one overrides <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long SQLite waits for a lock held by another connection before giving up.</summary>
    public int SqliteBusyTimeoutMilliseconds { get; set; } = 10_000;

    /// <summary>
    /// How much of the SQLite file is read through a memory mapping (SQLite "Memory-Mapped I/O"), in MiB; 0 reads through
    /// read() calls only. The mapped pages count in the process's resident memory (docs/performance.md).
    /// </summary>
    public int SqliteMmapMebibytes { get; set; } = SqlitePragmaInterceptor.StandaardMmapMebibytes;

    /// <summary>SQLite's page cache per pooled connection, in MiB (docs/performance.md).</summary>
    public int SqliteCacheMebibytes { get; set; } = SqlitePragmaInterceptor.StandaardCacheMebibytes;

    /// <summary>
    /// How many open SQLite connections the portal keeps, with their prepared statements, for the next request
    /// (<see cref="SqliteVerbindingen"/>, docs/performance.md); 0 switches that pool off: every context then opens its own.
    /// </summary>
    public int SqliteVrijeVerbindingen { get; set; } = SqliteVerbindingen.StandaardVrijeVerbindingen;

    /// <summary>
    /// SQLite: the portal copies the WAL into the database file in the background (<see cref="WalCheckpointDienst"/>)
    /// instead of in the commit that fills it; false leaves that to SQLite's commit (docs/performance.md, nineteenth round).
    /// Only the portal runs that service; the command line always leaves it to SQLite.
    /// </summary>
    public bool SqliteCheckpointOpAchtergrond { get; set; } = true;

    /// <summary>
    /// From how many pages in the WAL a commit checkpoints itself (<c>PRAGMA wal_autocheckpoint</c>). SQLite's 1,000 by
    /// default; the portal's background checkpoints raise it to their safety net (<see cref="WalCheckpointDienst.VangnetPaginas"/>).
    /// </summary>
    public int SqliteWalAutocheckpointPaginas { get; set; } = SqlitePragmaInterceptor.StandaardWalAutocheckpointPaginas;

    /// <summary>
    /// SQLite: the portal journals its reads and appends them to the audit trail every few seconds
    /// (<see cref="Audit.InzageJournaal"/>, docs/performance.md, twenty-fourth round); false commits every batch of reads
    /// before its requests go on. Only the portal journals; the command line always commits.
    /// </summary>
    public bool SqliteInzageJournaal { get; set; } = true;

    /// <summary>
    /// How often the portal appends its read journal to the audit trail, in milliseconds. Every commit makes the other
    /// connections drop their page cache, so shorter costs the searches more (measured: 250, 1,000, 2,000 and 4,000 ms);
    /// longer holds the write lock longer per append (docs/performance.md, twenty-fourth round).
    /// </summary>
    public int SqliteInzageJournaalMilliseconden { get; set; } = 4_000;

    public bool MigrateAtStartup { get; set; } = true;

    /// <summary>
    /// The folder of the read journal beside the SQLite file (<c>wmo.db-inzagejournaal</c>); null on SQL Server, for a
    /// database in memory, or when <see cref="SqliteInzageJournaal"/> is off.
    /// </summary>
    public string? InzageJournaalMap(string contentRoot)
    {
        if (Provider != DatabaseProvider.Sqlite || !SqliteInzageJournaal)
        {
            return null;
        }

        var verbinding = new SqliteConnectionStringBuilder(SqliteConnectionString(contentRoot));
        var bestand = verbinding.DataSource;
        if (verbinding.Mode == SqliteOpenMode.Memory || string.IsNullOrWhiteSpace(bestand) || bestand == ":memory:")
        {
            return null;
        }

        var pad = Path.GetFullPath(Path.IsPathRooted(bestand) ? bestand : Path.Combine(contentRoot, bestand));
        return pad + "-inzagejournaal";
    }

    private SqlitePragmaInterceptor? _sqlitePragmas;

    /// <summary>
    /// One interceptor for every DbContext of this configuration (the options are built per scope), so it remembers
    /// which pooled native connections already have their pragmas.
    /// </summary>
    public SqlitePragmaInterceptor SqlitePragmas =>
        LazyInitializer.EnsureInitialized(ref _sqlitePragmas, () => new SqlitePragmaInterceptor(SqliteBusyTimeoutMilliseconds, SqliteMmapMebibytes, SqliteCacheMebibytes, SqliteWalAutocheckpointPaginas));

    public string SqliteConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        var folder = Path.IsPathRooted(DataFolder) ? DataFolder : Path.Combine(contentRoot, DataFolder);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, SqliteFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, SqliteBusyTimeoutMilliseconds / 1000),
        }.ToString();
    }

    /// <summary>The pool of open connections for this configuration, or null when it is switched off or not SQLite.</summary>
    public SqliteVerbindingen? MaakSqliteVerbindingen(string contentRoot) =>
        Provider == DatabaseProvider.Sqlite && SqliteVrijeVerbindingen > 0
            ? new SqliteVerbindingen(SqliteConnectionString(contentRoot), SqlitePragmas, SqliteVrijeVerbindingen)
            : null;

    /// <summary>
    /// Configures EF for the chosen provider, with migrations from that provider's own assembly. With
    /// <paramref name="verbindingen"/> (the portal and the command line) a SQLite context borrows an open connection from
    /// that pool; without (design time, tests of the database alone) it opens its own.
    /// </summary>
    public void Apply(DbContextOptionsBuilder options, string contentRoot, SqliteVerbindingen? verbindingen = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (Provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(ConnectionString))
                {
                    throw new InvalidOperationException(
                        "Database:ConnectionString is verplicht wanneer Database:Provider = SqlServer.");
                }

                options.UseSqlServer(ConnectionString, sql =>
                {
                    sql.MigrationsAssembly(SqlServerMigrationsAssembly);
                    sql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
                    sql.EnableRetryOnFailure(maxRetryCount: 5);
                });
                break;
            default:
                // SQLite's process-wide settings, before this process's first connection (SqliteProces).
                SqliteProces.StelIn();

                // Aggregates own several collections (a vraag: gesprekken, afweging, leefgebieden, ...); one query per
                // collection avoids the cartesian explosion of a single JOIN (docs/performance.md).
                // A list in a query (ids.Contains(x.Id)) goes to SQLite as one JSON parameter (json_each), not as one
                // parameter per element: EF 10's default makes the SQL depend on the list's length and generates it again
                // on every execution (~110 KiB of allocations per werkvoorraad request, docs/performance.md, ninth round).
                options.UseSqlite(SqliteConnectionString(contentRoot), sqlite => sqlite
                    .MigrationsAssembly(SqliteMigrationsAssembly)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                options.AddInterceptors(SqlitePragmas);
                if (verbindingen is not null)
                {
                    options.AddInterceptors(verbindingen);
                }

                break;
        }
    }
}
