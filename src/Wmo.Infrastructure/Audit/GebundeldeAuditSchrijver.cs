using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Audit;

/// <summary>
/// Group commit for the audit entries of reads, searches and refused attempts (issue 15, docs/performance.md, tenth round;
/// the contract in docs/privacy-en-beveiliging.md, "Inzage vastleggen"). Each request used to write its own entries in a
/// write transaction of its own; under 16 clients those transactions queued for SQLite's one write lock. Here every request
/// puts its entries in one queue and awaits them; one loop takes everything that is waiting (up to
/// <see cref="MaximumPerBundel"/> entries), writes it in ONE transaction on a connection of its own (the chain's head read
/// once, locked with UPDLOCK on SQL Server; every row sealed in order, through the same <see cref="WmoDbContext"/> save as
/// any change) and only after the commit completes the waiting requests. Idle, a read is written at once; under load the
/// batches grow by themselves while the previous one commits. No timer, no delay.
/// <list type="bullet">
/// <item>A failed batch fails every request in it (the transaction rolls back, the chain stays intact); the loop goes on.</item>
/// <item>A request that gives up stops waiting, but its entries stay queued and are written: the data was read.</item>
/// <item>On shutdown the queue is closed and written out before the loop ends: when the host disposes its services, which
/// is after the web server stopped and let the requests in progress finish (a hosted service would be stopped before the
/// server, and refuse the reads of those last requests).</item>
/// </list>
/// Entries that belong with a change (the request saves something) do not come here: <see cref="InzageLogboek"/> keeps them
/// in that change's own transaction.
/// </summary>
public sealed partial class GebundeldeAuditSchrijver : IAsyncDisposable, IDisposable
{
    /// <summary>
    /// At most this many entries per transaction (a request's entries are never split: a search of 50 inwoners may push a
    /// batch a little over). Bounds the time a batch holds the write lock and the memory of one save.
    /// </summary>
    public const int MaximumPerBundel = 500;

    private readonly Channel<Opdracht> _wachtrij = Channel.CreateUnbounded<Opdracht>(new UnboundedChannelOptions { SingleReader = true });
    private readonly DbContextOptions<WmoDbContext> _options;
    private readonly TimeProvider _klok;
    private readonly ILogger<GebundeldeAuditSchrijver> _log;
    private readonly Task _lus;

    // The loop's own context, kept between batches: on SQLite its connection stays open (the close is suppressed), so a
    // batch opens nothing and a read costs the request no second connection. Replaced after a failed batch.
    private WmoDbContext? _db;

    public GebundeldeAuditSchrijver(DbContextOptions<WmoDbContext> options, TimeProvider klok, ILogger<GebundeldeAuditSchrijver> log)
    {
        _options = options;
        _klok = klok;
        _log = log;
        _lus = Task.Run(LusAsync);
    }

    /// <summary>
    /// Queues <paramref name="gebeurtenissen"/> on behalf of <paramref name="acteur"/> (the user of the request, captured
    /// now: the loop runs outside the request) and completes when they are committed; fails when their batch failed.
    /// <paramref name="cancellationToken"/> only stops the waiting, never the writing.
    /// </summary>
    public Task LegVastAsync(IReadOnlyList<AuditGebeurtenis> gebeurtenissen, AuditActeur acteur, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gebeurtenissen);
        ArgumentNullException.ThrowIfNull(acteur);
        if (gebeurtenissen.Count == 0)
        {
            return Task.CompletedTask;
        }

        // Asynchronous continuations: the loop must not go on to render the waiting request's page before the next batch.
        var klaar = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_wachtrij.Writer.TryWrite(new Opdracht([.. gebeurtenissen], acteur, klaar)))
        {
            throw new InvalidOperationException("De audittrail wordt afgesloten; de inzage kan niet meer worden vastgelegd.");
        }

        return cancellationToken.CanBeCanceled ? klaar.Task.WaitAsync(cancellationToken) : klaar.Task;
    }

    /// <summary>Closes the queue and waits until everything in it is written.</summary>
    public async ValueTask DisposeAsync()
    {
        _wachtrij.Writer.TryComplete();
        await _lus;
        if (_db is { } db)
        {
            _db = null;
            await db.DisposeAsync();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task LusAsync()
    {
        var lezer = _wachtrij.Reader;
        var bundel = new List<Opdracht>();

        // Ends only when the queue is closed and empty: what was queued before shutdown is written.
        while (await lezer.WaitToReadAsync())
        {
            bundel.Clear();
            var aantal = 0;
            while (aantal < MaximumPerBundel && lezer.TryRead(out var opdracht))
            {
                bundel.Add(opdracht);
                aantal += opdracht.Gebeurtenissen.Length;
            }

            Exception? fout = null;
            try
            {
                await SchrijfAsync(bundel);
            }
#pragma warning disable CA1031 // Whatever went wrong belongs to the waiting requests; the loop must live on for the next batch.
            catch (Exception e)
#pragma warning restore CA1031
            {
                fout = e;
                BundelMislukt(_log, e, aantal, bundel.Count);
            }

            foreach (var opdracht in bundel)
            {
                if (fout is null)
                {
                    opdracht.Klaar.TrySetResult();
                }
                else
                {
                    opdracht.Klaar.TrySetException(fout);
                }
            }
        }
    }

    /// <summary>
    /// One transaction for the whole batch: <see cref="WmoDbContext.SaveChangesAsync(bool, CancellationToken)"/> reads the
    /// head (UPDLOCK on SQL Server; SQLite's write transaction holds the lock), seals the rows in order with each entry's own
    /// actor, inserts them and moves the head, and commits; on an error it rolls back. Not cancellable: the data was read.
    /// </summary>
    private async Task SchrijfAsync(List<Opdracht> bundel)
    {
        var db = _db ??= new WmoDbContext(_options, new SysteemAuditBron(), _klok);
        try
        {
            foreach (var opdracht in bundel)
            {
                foreach (var gebeurtenis in opdracht.Gebeurtenissen)
                {
                    db.LegVast(gebeurtenis, opdracht.Acteur);
                }
            }

            await db.SaveChangesAsync(CancellationToken.None);

            // On SQL Server the saved rows stay tracked; the next batch starts empty.
            db.BeginOpnieuw();
        }
        catch
        {
            // Whatever state the connection is in after the failure, the next batch starts on a fresh one.
            _db = null;
            await db.DisposeAsync();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Vastleggen van {Aantal} inzageregels van {Verzoeken} verzoeken mislukt; die verzoeken falen")]
    private static partial void BundelMislukt(ILogger logger, Exception fout, int aantal, int verzoeken);

    private sealed record Opdracht(AuditGebeurtenis[] Gebeurtenissen, AuditActeur Acteur, TaskCompletionSource Klaar);
}
