using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Copies SQLite's WAL into the database file in the background, every <see cref="Tussenpoos"/>, instead of in the commit
/// that takes it past 1,000 pages (issue 15, docs/performance.md, nineteenth round). That commit is nearly always a
/// batch of the read audit (<see cref="Audit.GebundeldeAuditSchrijver"/>), which every searching and reading request
/// awaits: copying the pages and syncing the file made one batch in ten take 10–45 ms, and the requests in and behind it
/// waited with it.
/// <list type="bullet">
/// <item>Each round a PASSIVE checkpoint (sqlite.org/c3ref/wal_checkpoint_v2.html): copies what no reader still needs and
/// never waits for anyone.</item>
/// <item>Once everything is copied and the WAL holds <see cref="HerstartVanafPaginas"/> pages or more, a RESTART: it
/// waits at most <see cref="WachtOpLezersMilliseconden"/> for readers still in the old WAL, so the next commit writes
/// it from the start; without it a portal that is never idle lets the WAL grow (measured: 126,000 pages, ~500 MB).</item>
/// <item>The portal's connections keep a commit-time checkpoint from <see cref="VangnetPaginas"/> pages on: should this
/// service stop or fall behind, SQLite does it itself again.</item>
/// </list>
/// Only the portal runs it (<see cref="DependencyInjection.AddWalCheckpoints"/>); <c>Database:SqliteCheckpointOpAchtergrond</c>
/// = false leaves it to SQLite's commit. Nothing to do on SQL Server.
/// </summary>
public sealed partial class WalCheckpointDienst(DatabaseSettings settings, IHostEnvironment environment, ILogger<WalCheckpointDienst> log) : BackgroundService
{
    /// <summary>The time between two checkpoints.</summary>
    public static readonly TimeSpan Tussenpoos = TimeSpan.FromMilliseconds(250);

    /// <summary>From this many pages (4 KiB each, 16 MiB) a fully copied WAL is restarted.</summary>
    public const int HerstartVanafPaginas = 4_096;

    /// <summary>The commit-time checkpoint of the portal's connections while this service runs (128 MiB of WAL).</summary>
    public const int VangnetPaginas = 32_768;

    /// <summary>How long a RESTART waits for readers (and so holds off the next writer) before it gives up until the next round.</summary>
    public const int WachtOpLezersMilliseconden = 50;

    /// <summary>Whether these settings have the portal checkpoint in the background.</summary>
    public static bool IsAan(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider == DatabaseProvider.Sqlite && settings.SqliteCheckpointOpAchtergrond;
    }

    /// <summary>
    /// One round on <paramref name="verbinding"/>: a PASSIVE checkpoint and, when everything was copied and the WAL holds at
    /// least <paramref name="herstartVanafPaginas"/> pages, a RESTART, which waits for readers as long as the connection's
    /// busy timeout (the service's: <see cref="WachtOpLezersMilliseconden"/>) and is then <see cref="WalStand.Bezet"/>.
    /// </summary>
    public static async Task<WalStand> RondeAsync(SqliteConnection verbinding, int herstartVanafPaginas, CancellationToken cancellationToken = default)
    {
        var stand = await CheckpointAsync(verbinding, "PASSIVE", cancellationToken);
        if (!stand.Bezet && stand.Paginas >= herstartVanafPaginas && stand.Gekopieerd == stand.Paginas)
        {
            stand = await CheckpointAsync(verbinding, "RESTART", cancellationToken);
            stand = stand with { Herstart = !stand.Bezet };
        }

        return stand;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsAan(settings))
        {
            return;
        }

        SqliteConnection? verbinding = null;
        using var klok = new PeriodicTimer(Tussenpoos);
        try
        {
            while (await klok.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    verbinding ??= await OpenAsync(stoppingToken);
                    await RondeAsync(verbinding, HerstartVanafPaginas, stoppingToken);
                }
                catch (SqliteException e)
                {
                    // The next round opens a fresh connection; meanwhile the commits' safety net holds the WAL.
                    Mislukt(log, e);
                    await (verbinding?.DisposeAsync() ?? ValueTask.CompletedTask);
                    verbinding = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last connection to close checkpoints the WAL itself.
        }
        finally
        {
            await (verbinding?.DisposeAsync() ?? ValueTask.CompletedTask);
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var verbinding = new SqliteConnection(settings.SqliteConnectionString(environment.ContentRootPath));
        try
        {
            await verbinding.OpenAsync(cancellationToken);
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "PRAGMA busy_timeout = " + WachtOpLezersMilliseconden.ToString(CultureInfo.InvariantCulture);
            await opdracht.ExecuteNonQueryAsync(cancellationToken);
            return verbinding;
        }
        catch
        {
            await verbinding.DisposeAsync();
            throw;
        }
    }

    private static async Task<WalStand> CheckpointAsync(SqliteConnection verbinding, string modus, CancellationToken cancellationToken)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = $"PRAGMA wal_checkpoint({modus})";
        await using var lezer = await opdracht.ExecuteReaderAsync(cancellationToken);
        if (!await lezer.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("PRAGMA wal_checkpoint gaf geen uitkomst.");
        }

        return new WalStand(lezer.GetInt32(0) != 0, lezer.GetInt32(1), lezer.GetInt32(2));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint van de SQLite-WAL mislukt; de volgende ronde probeert het opnieuw")]
    private static partial void Mislukt(ILogger logger, Exception fout);
}

/// <summary>
/// The outcome of <c>PRAGMA wal_checkpoint</c>: whether it was held off (<see cref="Bezet"/>), the pages in the WAL and how
/// many of them are in the database file; <see cref="Herstart"/> when the round restarted the WAL.
/// </summary>
public readonly record struct WalStand(bool Bezet, int Paginas, int Gekopieerd, bool Herstart = false);
