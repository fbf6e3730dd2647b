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
/// <para>
/// The portal on SQLite journals instead (<see cref="InzageJournaalInstellingen"/>, docs/performance.md, twenty-fourth
/// round): the loop writes the waiting entries to the <see cref="InzageJournaal"/> and completes the requests once they are
/// in the file; a second loop appends what is journaled to the trail every few seconds (<see cref="InzageJournaalInstellingen.Tussenpoos"/>),
/// in one transaction that also moves <see cref="AuditKop.JournaalVolgnummer"/>. Every commit makes SQLite's other
/// connections drop their page cache; a commit per batch of reads (~100 a second under load) made nearly every search
/// start cold. Whoever reads the trail as a whole (the privacy overviews, the chain check) calls <see cref="SpoelAsync"/>
/// first. A failed append stays in the journal and is tried again; after a crash the next start reads it in.
/// </para>
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

    /// <summary>Completes when the journal is open (or when there is none); faulted when it could not be read.</summary>
    private readonly Lazy<Task> _gereed;
    private readonly InzageJournaalInstellingen? _instellingen;
    private readonly Lock _slot = new();
    private readonly List<JournaalRegel> _open = [];
    private readonly List<TaskCompletionSource> _spoelers = [];
    private readonly SemaphoreSlim _wek = new(0);
    private readonly CancellationTokenSource _stop = new();
    private InzageJournaal? _journaal;
    private Task? _spoelLus;
    private bool _gesloten;

    // The loop's own context, kept between batches: on SQLite its connection stays open (the close is suppressed), so a
    // batch opens nothing and a read costs the request no second connection. Replaced after a failed batch.
    private WmoDbContext? _db;

    /// <summary>Without <paramref name="journaal"/> (the command line, SQL Server, tests of the database alone) every batch is committed before its requests go on.</summary>
    public GebundeldeAuditSchrijver(DbContextOptions<WmoDbContext> options, TimeProvider klok, ILogger<GebundeldeAuditSchrijver> log, InzageJournaalInstellingen? journaal = null)
    {
        _options = options;
        _klok = klok;
        _log = log;
        _instellingen = journaal;
        // Opened with the first read or SpoelAsync, not here: the singleton may be made before the database is migrated.
        _gereed = new(() => journaal is null ? Task.CompletedTask : Task.Run(() => OpenJournaalAsync(journaal)));
        _lus = Task.Run(LusAsync);
    }

    /// <summary>Whether the reads go through the journal (false when there is none, or another process holds it).</summary>
    public bool Journaliseert => _journaal is not null;

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
        if (!_wachtrij.Writer.TryWrite(new Opdracht([.. gebeurtenissen], acteur, _klok.GetUtcNow(), klaar)))
        {
            throw new InvalidOperationException("De audittrail wordt afgesloten; de inzage kan niet meer worden vastgelegd.");
        }

        return cancellationToken.CanBeCanceled ? klaar.Task.WaitAsync(cancellationToken) : klaar.Task;
    }

    /// <summary>
    /// Completes when every entry acknowledged before this call is in the audit trail: at once without a journal (they
    /// were committed before they were acknowledged), else after the next append. For whoever reads the trail as a whole.
    /// </summary>
    public async Task SpoelAsync(CancellationToken cancellationToken = default)
    {
        await _gereed.Value.WaitAsync(cancellationToken);
        var gespoeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_slot)
        {
            if (_journaal is null || _gesloten)
            {
                return;
            }

            _spoelers.Add(gespoeld);
        }

        _wek.Release();
        await gespoeld.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Closes the queue and waits until everything in it is written (with a journal: journaled and appended to the trail).</summary>
    public async ValueTask DisposeAsync()
    {
        _wachtrij.Writer.TryComplete();
        await _lus;
        if (_spoelLus is not null)
        {
            await _stop.CancelAsync();
            await _spoelLus;
            lock (_slot)
            {
                _gesloten = true;
            }

            await SpoelEenKeerAsync();
            _journaal?.Dispose();
        }

        _stop.Dispose();
        _wek.Dispose();
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
                await _gereed.Value;
                if (_journaal is null)
                {
                    await SchrijfAsync(bundel);
                }
                else
                {
                    Journaliseer(bundel);
                }
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

    /// <summary>Writes the batch's entries to the journal; from then on its requests may go on.</summary>
    private void Journaliseer(List<Opdracht> bundel)
    {
        lock (_slot)
        {
            _open.AddRange(_journaal!.Schrijf(bundel.SelectMany(o => o.Gebeurtenissen.Select(g => (o.Moment, o.Acteur, g)))));
        }
    }

    /// <summary>The last journal line already in the trail (<see cref="AuditKop.JournaalVolgnummer"/>; the row is seeded by the migrations).</summary>
    private static Task<long> JournaalVolgnummerAsync(WmoDbContext db) =>
        db.Set<AuditKop>().AsNoTracking().Where(k => k.Id == AuditKop.EnigeId).Select(k => k.JournaalVolgnummer).SingleAsync(CancellationToken.None);

    /// <summary>
    /// Reads <see cref="AuditKop.JournaalVolgnummer"/> and opens the journal with what a previous run left unappended;
    /// starts the loop that appends. When another process holds the journal, this writer commits every batch itself.
    /// </summary>
    private async Task OpenJournaalAsync(InzageJournaalInstellingen instellingen)
    {
        long inDeTrail;
        await using (var db = new WmoDbContext(_options, new SysteemAuditBron(), _klok))
        {
            inDeTrail = await JournaalVolgnummerAsync(db);
        }

        InzageJournaal journaal;
        List<JournaalRegel> open;
        try
        {
            (journaal, open) = InzageJournaal.Open(instellingen.Map, inDeTrail);
        }
        catch (IOException fout)
        {
            JournaalBezet(_log, fout, instellingen.Map);
            return;
        }

        lock (_slot)
        {
            _journaal = journaal;
            _open.AddRange(open);
        }

        _spoelLus = Task.Run(SpoelLusAsync);
        if (open.Count > 0)
        {
            JournaalIngelezen(_log, open.Count);
            _wek.Release();
        }
    }

    /// <summary>Appends what is journaled every <see cref="InzageJournaalInstellingen.Tussenpoos"/>, or at once when someone waits for it.</summary>
    private async Task SpoelLusAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await _wek.WaitAsync(_instellingen!.Tussenpoos, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await SpoelEenKeerAsync();
        }
    }

    /// <summary>
    /// Appends everything journaled so far to the trail (in transactions of at most <see cref="MaximumPerTransactie"/>
    /// entries, each moving <see cref="AuditKop.JournaalVolgnummer"/>), then deletes the files it came from and completes
    /// whoever waited for it. On a failure the rest stays in the journal and goes with the next round.
    /// </summary>
    private async Task SpoelEenKeerAsync()
    {
        List<JournaalRegel> bundel;
        List<TaskCompletionSource> spoelers;
        lock (_slot)
        {
            bundel = [.. _open];
            _open.Clear();
            spoelers = [.. _spoelers];
            _spoelers.Clear();
            _journaal!.Wissel();
        }

        Exception? fout = null;
        var geschreven = 0;
        var start = _klok.GetTimestamp();
        try
        {
            foreach (var deel in bundel.Chunk(MaximumPerTransactie))
            {
                await SchrijfJournaalAsync(deel);
                geschreven += deel.Length;
            }

            if (bundel.Count > 0)
            {
                RondeGeschreven(_log, bundel.Count, bundel.Sum(r => r.Gebeurtenis.Betrokkenen?.Count ?? 0), _klok.GetElapsedTime(start).TotalMilliseconds);
            }
        }
#pragma warning disable CA1031 // The entries stay in the journal for the next round; the loop must live on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            fout = e;
            AanvullenMislukt(_log, e, bundel.Count - geschreven);
            lock (_slot)
            {
                _open.InsertRange(0, bundel.Skip(geschreven));
            }
        }

        if (fout is null && bundel.Count > 0)
        {
            try
            {
                lock (_slot)
                {
                    _journaal.Ruim(bundel[^1].Nummer);
                }
            }
            catch (IOException e)
            {
                // The lines are in the trail; the next start skips them (JournaalVolgnummer) and deletes the files.
                OpruimenMislukt(_log, e);
            }
        }

        foreach (var spoeler in spoelers)
        {
            if (fout is null)
            {
                spoeler.TrySetResult();
            }
            else
            {
                spoeler.TrySetException(fout);
            }
        }
    }

    /// <summary>
    /// One transaction: the entries in journal order, each with the moment and actor of its read, and the journal's mark.
    /// Through the execution strategy (a retry starts over); an attempt whose commit went through but was reported failed
    /// finds its mark already moved and appends nothing twice.
    /// </summary>
    private async Task SchrijfJournaalAsync(JournaalRegel[] deel)
    {
        var db = _db ??= new WmoDbContext(_options, new SysteemAuditBron(), _klok);
        var tot = deel[^1].Nummer;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.BeginOpnieuw();
                await using var transactie = await db.Database.BeginTransactionAsync(CancellationToken.None);
                var al = await JournaalVolgnummerAsync(db);
                var nieuw = deel.Where(r => r.Nummer > al).ToList();
                if (nieuw.Count == 0)
                {
                    return;
                }

                foreach (var regel in nieuw)
                {
                    db.LegVast(regel.Gebeurtenis, regel.Acteur, regel.Moment);
                }

                await db.SaveChangesAsync(CancellationToken.None);
                await db.Set<AuditKop>().Where(k => k.Id == AuditKop.EnigeId)
                    .ExecuteUpdateAsync(k => k.SetProperty(x => x.JournaalVolgnummer, tot), CancellationToken.None);
                await transactie.CommitAsync(CancellationToken.None);
            });
            db.BeginOpnieuw();
        }
        catch
        {
            _db = null;
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>At most this many journaled entries per transaction when appending (after a long failure or a restart: more than one).</summary>
    public const int MaximumPerTransactie = 5_000;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Het inzagejournaal in {Map} is in gebruik door een ander proces; inzages worden direct in de audittrail vastgelegd")]
    private static partial void JournaalBezet(ILogger logger, Exception fout, string map);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Aantal} inzages uit het inzagejournaal van de vorige start worden in de audittrail gezet")]
    private static partial void JournaalIngelezen(ILogger logger, int aantal);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Aantal} inzages uit het inzagejournaal in de audittrail zetten mislukt; ze blijven in het journaal en gaan mee met de volgende ronde")]
    private static partial void AanvullenMislukt(ILogger logger, Exception fout, int aantal);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Inzagejournaal: {Aantal} inzages met {Betrokkenen} betrokkenen in {Milliseconden:F0} ms aan de audittrail toegevoegd")]
    private static partial void RondeGeschreven(ILogger logger, int aantal, int betrokkenen, double milliseconden);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Oude bestanden van het inzagejournaal opruimen mislukt; de volgende start ruimt ze op")]
    private static partial void OpruimenMislukt(ILogger logger, Exception fout);

    [LoggerMessage(Level = LogLevel.Error, Message = "Vastleggen van {Aantal} inzageregels van {Verzoeken} verzoeken mislukt; die verzoeken falen")]
    private static partial void BundelMislukt(ILogger logger, Exception fout, int aantal, int verzoeken);

    private sealed record Opdracht(AuditGebeurtenis[] Gebeurtenissen, AuditActeur Acteur, DateTimeOffset Moment, TaskCompletionSource Klaar);
}

/// <summary>
/// Where the portal journals its reads on SQLite (<see cref="InzageJournaal"/>) and how often it appends them to the trail;
/// registered by the portal only (<see cref="DependencyInjection.AddInzageJournaal"/>).
/// </summary>
/// <param name="Map">The journal's folder.</param>
/// <param name="Tussenpoos">The time between two appends (<c>Database:SqliteInzageJournaalMilliseconden</c>, 4 s by default):
/// one commit per interval instead of one per batch of reads (docs/performance.md, twenty-fourth round).</param>
public sealed record InzageJournaalInstellingen(string Map, TimeSpan Tussenpoos);
