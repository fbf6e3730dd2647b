using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15 (docs/performance.md, nineteenth round): the portal copies SQLite's WAL into the database file in the background
/// (<see cref="WalCheckpointDienst"/>) instead of in the commit of a read-audit batch. On a real WAL-mode file: what a round
/// copies, when it restarts the WAL and when it leaves it, and that the running service does the copying itself.
/// Pages and file sizes only, never times.
/// </summary>
public sealed class WalCheckpointTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "wmo-wal-" + Guid.NewGuid().ToString("N"));

    public WalCheckpointTests() => Directory.CreateDirectory(_map);

    private string Bestand => Path.Combine(_map, "wmo.db");

    private string Verbindingstekst => new SqliteConnectionStringBuilder { DataSource = Bestand, Pooling = false }.ToString();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }

    [Fact]
    public async Task Een_ronde_kopieert_de_hele_wal_en_herstart_hem_pas_vanaf_de_drempel()
    {
        await using var schrijver = await SchrijverAsync();
        await using var checkpointer = await OpenAsync();
        await SchrijfAsync(schrijver, rijen: 50);

        var onderDrempel = await WalCheckpointDienst.RondeAsync(checkpointer, herstartVanafPaginas: int.MaxValue);
        Assert.False(onderDrempel.Bezet);
        Assert.True(onderDrempel.Paginas > 0, "de schrijver checkpoint niet zelf, dus de WAL heeft pagina's");
        Assert.Equal(onderDrempel.Paginas, onderDrempel.Gekopieerd);
        Assert.False(onderDrempel.Herstart);

        await SchrijfAsync(schrijver, rijen: 50);
        var vanafDrempel = await WalCheckpointDienst.RondeAsync(checkpointer, herstartVanafPaginas: 1);
        Assert.True(vanafDrempel.Herstart);
        Assert.False(vanafDrempel.Bezet);
        Assert.Equal(vanafDrempel.Paginas, vanafDrempel.Gekopieerd);

        // Restarted: the next commit writes the WAL from the start.
        await SchrijfAsync(schrijver, rijen: 1);
        var daarna = await WalCheckpointDienst.RondeAsync(checkpointer, herstartVanafPaginas: int.MaxValue);
        Assert.True(daarna.Paginas < onderDrempel.Paginas, $"{daarna.Paginas} pagina's na de herstart, {onderDrempel.Paginas} ervoor");
    }

    [Fact]
    public async Task Een_lezer_in_de_wal_houdt_het_kopieren_van_nieuwere_paginas_en_de_herstart_tegen_tot_hij_klaar_is()
    {
        await using var schrijver = await SchrijverAsync();
        await using var checkpointer = await OpenAsync(busyTimeoutMilliseconden: WalCheckpointDienst.WachtOpLezersMilliseconden);
        await using var lezer = await OpenAsync();
        await SchrijfAsync(schrijver, rijen: 20);

        await using (var lezing = lezer.BeginTransaction(deferred: true))
        {
            // A reader in the middle of a read transaction: its snapshot is the WAL up to here.
            Assert.Equal(20L, await TelAsync(lezer, lezing));

            // Everything it may see is copied, but the WAL cannot start over under it: the RESTART gives up.
            var alleenLezer = await WalCheckpointDienst.RondeAsync(checkpointer, herstartVanafPaginas: 1);
            Assert.Equal(alleenLezer.Paginas, alleenLezer.Gekopieerd);
            Assert.True(alleenLezer.Bezet);
            Assert.False(alleenLezer.Herstart);

            // What was committed after its snapshot stays in the WAL: copied, the reader would see it.
            await SchrijfAsync(schrijver, rijen: 20);
            var nieuwer = await WalCheckpointDienst.RondeAsync(checkpointer, herstartVanafPaginas: 1);
            Assert.True(nieuwer.Gekopieerd < nieuwer.Paginas, $"{nieuwer.Gekopieerd} van {nieuwer.Paginas} pagina's gekopieerd");
            Assert.False(nieuwer.Herstart);
            Assert.Equal(20L, await TelAsync(lezer, lezing));
        }

        var naLezing = await WalCheckpointDienst.RondeAsync(checkpointer, herstartVanafPaginas: 1);
        Assert.True(naLezing.Herstart);
        Assert.Equal(naLezing.Paginas, naLezing.Gekopieerd);
    }

    [Fact]
    public async Task De_dienst_kopieert_zelf_wat_de_schrijver_in_de_wal_liet_en_stopt_netjes()
    {
        await using var schrijver = await SchrijverAsync();
        await SchrijfAsync(schrijver, rijen: 200);
        var voor = new FileInfo(Bestand).Length;
        Assert.True(new FileInfo(Bestand + "-wal").Length > 200 * 4096L, "de rijen staan in de WAL");

        var instellingen = new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataFolder = _map };
        using var dienst = new WalCheckpointDienst(instellingen, Mock.Of<IHostEnvironment>(e => e.ContentRootPath == _map), NullLogger<WalCheckpointDienst>.Instance);
        await dienst.StartAsync(CancellationToken.None);
        var tot = DateTime.UtcNow.AddSeconds(30);
        while (new FileInfo(Bestand).Length <= voor + 200 * 4096L && DateTime.UtcNow < tot)
        {
            await Task.Delay(50);
        }

        await dienst.StopAsync(CancellationToken.None);
        Assert.True(new FileInfo(Bestand).Length > voor + 200 * 4096L, "de pagina's staan nu in het databasebestand");
        Assert.True(dienst.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public void Uit_in_de_configuratie_of_op_SQL_Server_draait_de_dienst_niet()
    {
        Assert.True(WalCheckpointDienst.IsAan(new DatabaseSettings()));
        Assert.False(WalCheckpointDienst.IsAan(new DatabaseSettings { SqliteCheckpointOpAchtergrond = false }));
        Assert.False(WalCheckpointDienst.IsAan(new DatabaseSettings { Provider = DatabaseProvider.SqlServer }));
    }

    /// <summary>A connection that writes as the portal's would with the service running: it never checkpoints itself here.</summary>
    private async Task<SqliteConnection> SchrijverAsync()
    {
        var verbinding = await OpenAsync();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE IF NOT EXISTS regels (id INTEGER PRIMARY KEY, inhoud BLOB NOT NULL);";
        await opdracht.ExecuteNonQueryAsync();
        return verbinding;
    }

    private async Task<SqliteConnection> OpenAsync(int busyTimeoutMilliseconden = 5_000)
    {
        var verbinding = new SqliteConnection(Verbindingstekst);
        await verbinding.OpenAsync();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "PRAGMA busy_timeout = " + busyTimeoutMilliseconden.ToString(CultureInfo.InvariantCulture);
        await opdracht.ExecuteNonQueryAsync();
        return verbinding;
    }

    private static async Task<long> TelAsync(SqliteConnection verbinding, SqliteTransaction transactie)
    {
        await using var telling = verbinding.CreateCommand();
        telling.Transaction = transactie;
        telling.CommandText = "SELECT COUNT(*) FROM regels";
        return (long)(await telling.ExecuteScalarAsync())!;
    }

    /// <summary>Rows of 4 KB, one commit each: at least one new page per row.</summary>
    private static async Task SchrijfAsync(SqliteConnection verbinding, int rijen)
    {
        for (var i = 0; i < rijen; i++)
        {
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "INSERT INTO regels (inhoud) VALUES (zeroblob(4000))";
            await opdracht.ExecuteNonQueryAsync();
        }
    }
}
