using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Privacy;

/// <summary>
/// Issue 15, tenth round: reads are logged by group commit (<see cref="GebundeldeAuditSchrijver"/>). The writer is held on
/// its first batch by a write lock that another connection holds (as the CLI or another instance can), so what waits in
/// the queue in the meantime is known exactly.
/// </summary>
public sealed class GebundeldeAuditSchrijverTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Dertig_gelijktijdige_inzagen_gaan_in_hooguit_twee_transacties_elk_met_de_eigen_gebruiker()
    {
        var commits = new CommitTeller();
        await using var schrijver = new GebundeldeAuditSchrijver(_database.Options(commits), TimeProvider.System, NullLogger<GebundeldeAuditSchrijver>.Instance);
        var acteurs = Enumerable.Range(0, 30).Select(i => new AuditActeur(Guid.NewGuid(), $"Gebruiker {i}", "SociaalWerker", Guid.NewGuid())).ToArray();
        var taken = new Task[acteurs.Length];

        await using (var slot = await Schrijfslot.NeemAsync(_database.DatabasePath))
        {
            Parallel.For(0, acteurs.Length, i =>
                taken[i] = schrijver.LegVastAsync([new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", $"h{i}", Details: "Huishouden/Details")], acteurs[i]));

            // Nothing is acknowledged while nothing can be committed.
            Assert.DoesNotContain(taken, t => t.IsCompleted);
            await slot.LaatLosAsync();
        }

        await Task.WhenAll(taken);

        // One transaction per read would be 30 commits; the first batch holds what was there when the writer woke, the
        // second everything that queued while it waited for the lock.
        Assert.InRange(commits.Aantal, 1, 2);
        await using var db = _database.NieuweContext();
        var regels = await db.AuditTrail.AsNoTracking().OrderBy(r => r.Volgnummer).ToListAsync();
        Assert.Equal(30, regels.Count);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), regels.Select(r => r.Volgnummer));
        for (var i = 0; i < acteurs.Length; i++)
        {
            var regel = Assert.Single(regels, r => r.OnderwerpId == $"h{i}");
            Assert.Equal(acteurs[i].GebruikerId, regel.GebruikerId);
            Assert.Equal(acteurs[i].Naam, regel.GebruikerNaam);
            Assert.Equal(acteurs[i].OrganisatieId, regel.OrganisatieId);
        }

        var keten = await AuditKeten.ControleerAsync(db);
        Assert.True(keten.IsIntact, keten.Uitleg);
    }

    [Fact]
    public async Task Een_mislukte_bundel_laat_al_zijn_wachtenden_falen_en_de_keten_en_de_volgende_bundel_blijven_goed()
    {
        await using (var db = _database.NieuweContext())
        {
            await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", "ervoor"));
        }

        var storing = new AuditStoring { Aan = true };
        await using var schrijver = new GebundeldeAuditSchrijver(_database.Options(storing), TimeProvider.System, NullLogger<GebundeldeAuditSchrijver>.Instance);
        var acteur = new AuditActeur(Guid.NewGuid(), "Fatima", "SociaalWerker", null);
        Task[] taken;
        await using (var slot = await Schrijfslot.NeemAsync(_database.DatabasePath))
        {
            taken = [.. Enumerable.Range(0, 5).Select(i => schrijver.LegVastAsync([new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", $"mislukt{i}")], acteur))];
            await slot.LaatLosAsync();
        }

        foreach (var taak in taken)
        {
            var fout = await Assert.ThrowsAnyAsync<Exception>(() => taak);
            Assert.Contains(AuditStoring.Melding, fout.ToString(), StringComparison.Ordinal);
        }

        storing.Aan = false;
        await schrijver.LegVastAsync([new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", "erna")], acteur);

        await using var controle = _database.NieuweContext();
        Assert.Equal(["ervoor", "erna"], await controle.AuditTrail.OrderBy(r => r.Volgnummer).Select(r => r.OnderwerpId).ToListAsync());
        var keten = await AuditKeten.ControleerAsync(controle);
        Assert.True(keten.IsIntact, keten.Uitleg);
        Assert.Equal(2, keten.AantalGecontroleerd);
    }

    [Fact]
    public async Task Wie_niet_meer_wacht_heeft_zijn_inzage_toch_vastgelegd_en_afsluiten_schrijft_de_wachtrij_leeg()
    {
        var schrijver = new GebundeldeAuditSchrijver(_database.Options(), TimeProvider.System, NullLogger<GebundeldeAuditSchrijver>.Instance);
        var acteur = new AuditActeur(Guid.NewGuid(), "Fatima", "SociaalWerker", null);
        Task afsluiten;
        await using (var slot = await Schrijfslot.NeemAsync(_database.DatabasePath))
        {
            using var opgegeven = new CancellationTokenSource();
            var verlaten = schrijver.LegVastAsync([new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", "verlaten")], acteur, opgegeven.Token);
            await opgegeven.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => verlaten);

            var wachtend = schrijver.LegVastAsync([new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", "wachtend")], acteur);
            afsluiten = schrijver.DisposeAsync().AsTask();
            Assert.False(afsluiten.IsCompleted);
            Assert.False(wachtend.IsCompleted);
            await Assert.ThrowsAsync<InvalidOperationException>(() => schrijver.LegVastAsync([new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", "te laat")], acteur));
            await slot.LaatLosAsync();
        }

        await afsluiten;
        await using var db = _database.NieuweContext();
        Assert.Equal(["verlaten", "wachtend"], await db.AuditTrail.OrderBy(r => r.OnderwerpId).Select(r => r.OnderwerpId).ToListAsync());
        Assert.True((await AuditKeten.ControleerAsync(db)).IsIntact);
    }

    /// <summary>Counts committed transactions.</summary>
    private sealed class CommitTeller : DbTransactionInterceptor
    {
        private int _aantal;

        public int Aantal => Volatile.Read(ref _aantal);

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Interlocked.Increment(ref _aantal);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _aantal);
            return Task.CompletedTask;
        }
    }
}

/// <summary>Makes every command that inserts audit rows fail while <see cref="Aan"/> is set (a full disk, a lost server).</summary>
public sealed class AuditStoring : DbCommandInterceptor
{
    public const string Melding = "Gesimuleerde storing bij het schrijven van de audittrail";

    private volatile bool _aan;

    public bool Aan
    {
        get => _aan;
        set => _aan = value;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Controleer(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Controleer(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Controleer(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Controleer(command);
        return ValueTask.FromResult(result);
    }

    private void Controleer(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (_aan && command.CommandText.Contains("INSERT INTO \"AuditTrail\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(Melding);
        }
    }
}
