using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// The SQLite connection per DbContext (issue 15, docs/performance.md):
/// <list type="bullet">
/// <item>the pragmas are set once per <em>physical</em> connection: a busy timeout so concurrent writers wait instead of
/// failing, NORMAL synchronisation (in WAL mode durable against a process crash), foreign keys, a memory-mapped
/// read window for a database of gigabytes and a page cache that holds a caseload. Microsoft.Data.Sqlite pools the
/// native handles and these settings stay on a handle, so a pooled handle that already has them is not sent them
/// again;</item>
/// <item>EF opens and closes the connection around every query; the close is suppressed, so a request's queries share
/// one open connection, which returns to the pool when the DbContext is disposed at the end of the request.</item>
/// </list>
/// WAL itself is persistent in the file and switched on once at start-up (<see cref="DatabaseInitializer"/>).
/// </summary>
public sealed class SqlitePragmaInterceptor(int busyTimeoutMilliseconds, int mmapMebibytes = SqlitePragmaInterceptor.StandaardMmapMebibytes, int cacheMebibytes = SqlitePragmaInterceptor.StandaardCacheMebibytes, int walAutocheckpointPaginas = SqlitePragmaInterceptor.StandaardWalAutocheckpointPaginas) : DbConnectionInterceptor
{
    /// <summary>
    /// No memory-mapped I/O by default: pages are read with read() into the page cache. Under load a commit of another
    /// connection (every group commit of the read audit) makes SQLite unmap a connection's whole window at its next read
    /// transaction (<c>sqlite3OsUnfetch</c> in <c>pagerBeginReadTransaction</c>), then fault the pages in again: munmap,
    /// TLB shootdowns and page faults cost more than the read() calls they saved. Measured on amsterdam (docs/performance.md,
    /// fourteenth round): 0 against 64 MiB gave name search 538–556 against 421–453 req/s, the dossier 821–865 against
    /// 683–735, the werkvoorraad 616–618 against 477–576, and a smaller proportional memory. Earlier rounds chose 256 and
    /// then 64 MiB. Configurable as <c>Database:SqliteMmapMebibytes</c>.
    /// </summary>
    public const int StandaardMmapMebibytes = 0;

    /// <summary>
    /// The page cache per connection. 8 MiB (eighth round) held a sociaal werker's open caseload, but once the read-audit
    /// commits were batched (tenth round) the caches stayed full: ~8 MiB per pooled connection, proportional memory up to
    /// 1 GB at 64 clients, so 2 MiB. Without the mmap window (fourteenth round) every page goes through this cache; 4 MiB
    /// gave name search 571–589 against 531–537 req/s and the dossier 879–948 against 788–849 in alternating runs, at the
    /// same proportional memory (285 against 280 MB at 16 clients, 383 against 389 at 64; docs/performance.md).
    /// Configurable as <c>Database:SqliteCacheMebibytes</c>.
    /// </summary>
    public const int StandaardCacheMebibytes = 4;

    /// <summary>
    /// SQLite's own default: the commit that takes the WAL past 1,000 pages copies them into the database file and syncs
    /// it. The portal, which checkpoints in the background (<see cref="WalCheckpointDienst"/>), raises it to that
    /// service's safety net; the command line and the tests keep this.
    /// </summary>
    public const int StandaardWalAutocheckpointPaginas = 1000;

    /// <summary>The mapped window this interceptor sets, in bytes (<c>PRAGMA mmap_size</c>).</summary>
    public long MmapBytes { get; } = Math.Max(0, mmapMebibytes) * 1024L * 1024;

    /// <summary>The page cache per connection this interceptor sets, in KiB (<c>PRAGMA cache_size</c> = minus this).</summary>
    public int CacheKibibytes { get; } = Math.Max(0, cacheMebibytes) * 1024;

    /// <summary>From how many pages in the WAL a commit checkpoints (<c>PRAGMA wal_autocheckpoint</c>; 0 = never).</summary>
    public int WalAutocheckpointPaginas { get; } = Math.Max(0, walAutocheckpointPaginas);

    private readonly ConditionalWeakTable<object, object> _ingesteld = [];
    private int _aantalIngesteld;

    /// <summary>How often the pragmas were sent, i.e. how many physical connections were configured (tests).</summary>
    public int AantalIngesteld => Volatile.Read(ref _aantalIngesteld);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        Zet(connection);
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Zet(connection);
        return Task.CompletedTask;
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    /// <summary>Sets the pragmas on an open connection that does not have them yet (also the pool's, <see cref="SqliteVerbindingen"/>).</summary>
    public void Zet(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || _ingesteld.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA mmap_size = {MmapBytes}; PRAGMA cache_size = -{CacheKibibytes}; PRAGMA wal_autocheckpoint = {WalAutocheckpointPaginas};";
        command.ExecuteNonQuery();
        _ingesteld.AddOrUpdate(handle, handle);
        Interlocked.Increment(ref _aantalIngesteld);
    }
}
