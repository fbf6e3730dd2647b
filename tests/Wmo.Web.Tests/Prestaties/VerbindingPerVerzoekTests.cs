using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Beleid;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15: a request borrows an open SQLite connection from the portal's pool (<see cref="SqliteVerbindingen"/>) and
/// opens none, however many queries it runs; the pragmas go only to a new connection, and SQL that ran before on the
/// connection runs on its prepared statement. Counts only, never times.
/// </summary>
public sealed class VerbindingPerVerzoekTests(VerbindingPerVerzoekTests.TellendeFactory factory) : IClassFixture<VerbindingPerVerzoekTests.TellendeFactory>
{
    [Fact]
    public async Task Een_dossierweergave_opent_geen_verbinding_zet_geen_pragmas_en_bereidt_geen_sql_opnieuw_voor()
    {
        var huishoudenId = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Anne", "Verbindingma", new DateOnly(1960, 1, 1), "Vlietsingel", 3, "8913 AB", "Leeuwarden");
            await bouwer.VraagInVraagverheldering(huishouden, inwoner, await bouwer.ActorAsync("fatima.elamrani"), "Buurtkamer Oost", DateOnly.FromDateTime(DateTime.Today));
            return huishouden.Id;
        });
        await AuditschrijverLeentAsync();
        BeleidNuGeladen();
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var pad = new Uri($"/Huishouden/Details/{huishoudenId}", UriKind.Relative);
        // Twice: the read audit's batch of the first view may be the writer's first with that SQL.
        for (var keer = 0; keer < 2; keer++)
        {
            using var warm = await fatima.Http.GetAsync(pad);
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var pool = factory.Services.GetRequiredService<SqliteVerbindingenHouder>().Verbindingen!;
        await AlleenDeAuditschrijverLeentAsync(pool);
        var pragmas = factory.Services.GetRequiredService<DatabaseSettings>().SqlitePragmas;
        var (openVoor, commandosVoor, pragmasVoor) = (factory.Teller.Geopend, factory.Teller.Commandos, pragmas.AantalIngesteld);
        var (poolOpenVoor, voorbereidVoor, hergebruiktVoor) = (pool.Geopend, pool.Voorbereid, pool.Hergebruikt);
        using var antwoord = await fatima.Http.GetAsync(pad);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Verbindingma", await IntakeHulp.HtmlAsync(antwoord), StringComparison.Ordinal);
        var commandos = factory.Teller.Commandos - commandosVoor;
        Assert.True(commandos > 1, "de dossierweergave doet meer dan één query; anders zegt de test niets");
        Assert.Equal(0, factory.Teller.Geopend - openVoor);
        Assert.Equal(0, pool.Geopend - poolOpenVoor);
        Assert.Equal(0, pragmas.AantalIngesteld - pragmasVoor);
        Assert.True(pragmas.AantalIngesteld > 0, "een nieuwe verbinding kreeg de pragmas");
        Assert.Equal(0, pool.Voorbereid - voorbereidVoor);
        Assert.Equal(commandos, pool.Hergebruikt - hergebruiktVoor);
    }

    [Theory]
    [InlineData("fatima.elamrani", "/Werkvoorraad")]
    [InlineData("fatima.elamrani", "/")]
    [InlineData("marieke.hoekstra", "/Toetsing")]
    public async Task Een_lijstpagina_bereidt_bij_de_tweede_weergave_geen_sql_opnieuw_voor(string gebruiker, string pagina)
    {
        await AuditschrijverLeentAsync();
        BeleidNuGeladen();
        var beleidGeladen = System.Diagnostics.Stopwatch.StartNew();
        using var client = await IntakeHulp.InloggenAsync(factory, gebruiker);
        var pad = new Uri(pagina, UriKind.Relative);
        for (var keer = 0; keer < 2; keer++)
        {
            using var warm = await client.Http.GetAsync(pad);
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var pool = factory.Services.GetRequiredService<SqliteVerbindingenHouder>().Verbindingen!;
        await AlleenDeAuditschrijverLeentAsync(pool);
        var (commandosVoor, voorbereidVoor, hergebruiktVoor, geopendVoor) = (factory.Teller.Commandos, pool.Voorbereid, pool.Hergebruikt, pool.Geopend);
        using var antwoord = await client.Http.GetAsync(pad);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var commandos = factory.Teller.Commandos - commandosVoor;
        Assert.True(commandos > 1, $"{pagina} doet meer dan één query; anders zegt de test niets");
        // Once in a full CI run (5 December) "/" prepared 6 of its commands again; what the pool saw then, for the next time.
        Assert.True(pool.Voorbereid - voorbereidVoor == 0,
            $"{pool.Voorbereid - voorbereidVoor} opdrachten opnieuw voorbereid (van {commandos}); nieuwe verbindingen {pool.Geopend - geopendVoor}, "
            + $"nu uitgeleend {pool.Uitgeleend}, beleid geladen {beleidGeladen.Elapsed.TotalSeconds:F1} s geleden");
        // At least every counted command: the counter leaves out the policy tables (the gelijkgestelde dagen are read per request).
        Assert.True(pool.Hergebruikt - hergebruiktVoor >= commandos, $"{pool.Hergebruikt - hergebruiktVoor} van {commandos} opdrachten op een voorbereid statement");
    }

    [Fact]
    public async Task De_contextopties_worden_een_keer_gebouwd_niet_per_verzoek_en_een_lijst_gaat_als_een_parameter()
    {
        DbContextOptions<WmoDbContext> Opties()
        {
            using var scope = factory.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<DbContextOptions<WmoDbContext>>();
        }

        Assert.Same(Opties(), Opties());

        // ids.Contains(x.Id) is one JSON parameter: the SQL text does not depend on the list's length, so EF keeps it.
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            string Sql(Guid[] ids)
            {
                var tekst = db.Buurtkamers.Where(b => ids.Contains(b.Id)).ToQueryString();
                return tekst[tekst.IndexOf("SELECT", StringComparison.Ordinal)..];
            }

            var een = Sql([Guid.NewGuid()]);
            Assert.Contains("json_each", een, StringComparison.Ordinal);
            Assert.Equal(een, Sql([Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()]));
            await Task.CompletedTask;
            return 0;
        });
    }

    [Fact]
    public async Task Een_verbinding_van_het_portaal_heeft_het_mmap_venster_en_de_paginacache_van_het_portaal()
    {
        var (mmap, cache, autocheckpoint) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            return await MmapEnCacheAsync(db);
        });

        // Negative: the cache in KiB, not in pages (docs/performance.md, eighth round).
        Assert.Equal(SqlitePragmaInterceptor.StandaardMmapMebibytes * 1024L * 1024, mmap);
        Assert.Equal(-SqlitePragmaInterceptor.StandaardCacheMebibytes * 1024L, cache);

        // The portal checkpoints in the background; a commit only from the safety net on (nineteenth round).
        Assert.Equal(WalCheckpointDienst.VangnetPaginas, autocheckpoint);
        Assert.Single(factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<WalCheckpointDienst>());
    }

    [Fact]
    public async Task Het_mmap_venster_en_de_paginacache_komen_uit_de_configuratie()
    {
        var map = Path.Combine(Path.GetTempPath(), "wmo-pragma-" + Guid.NewGuid().ToString("N"));
        try
        {
            var instellingen = new DatabaseSettings { DataFolder = map, SqliteMmapMebibytes = 64, SqliteCacheMebibytes = 2 };
            var bouwer = new DbContextOptionsBuilder<WmoDbContext>();
            instellingen.Apply(bouwer, map);
            await using var db = new WmoDbContext(bouwer.Options);
            var (mmap, cache, autocheckpoint) = await MmapEnCacheAsync(db);

            Assert.Equal(64L * 1024 * 1024, mmap);
            Assert.Equal(-2L * 1024, cache);

            // Without the portal's background checkpoints (the command line): SQLite's own.
            Assert.Equal(SqlitePragmaInterceptor.StandaardWalAutocheckpointPaginas, autocheckpoint);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(map, recursive: true);
        }
    }

    /// <summary>
    /// Waits until the previous request gave its connection back. The host disposes a request's scope (and so its context)
    /// after the client already has the response: without this wait the next request may find the pool empty, open a
    /// connection and prepare its SQL there (CI, 3 December). The read audit's writer keeps one connection lent for good
    /// once it wrote a batch (<see cref="AuditschrijverLeentAsync"/>).
    /// </summary>
    private static async Task AlleenDeAuditschrijverLeentAsync(SqliteVerbindingen pool)
    {
        var tot = DateTime.UtcNow.AddSeconds(30);
        while (pool.Uitgeleend > 1 && DateTime.UtcNow < tot)
        {
            await Task.Delay(5);
        }

        Assert.Equal(1, pool.Uitgeleend);
    }

    /// <summary>
    /// The policy read now, so it is not read again during the warm-up or the measured request (it is kept for
    /// <see cref="Beleidsbron.Houdbaarheid"/>). That read runs in a scope of its own and borrows a connection of its own: in
    /// the measured request it took the connection the warm-up had prepared, and the page ran on another one (once in CI:
    /// /Toetsing prepared its five commands again).
    /// </summary>
    private void BeleidNuGeladen()
    {
        var bron = factory.Services.GetRequiredService<Beleidsbron>();
        bron.Vergeet();
        _ = bron.Historie();
    }

    /// <summary>
    /// One entry through the read audit's writer, appended to the trail before the warm-up (the portal journals its reads):
    /// from then on the writer keeps its connection (a list page writes no read audit), and it does not take the connection
    /// the warm-up prepared.
    /// </summary>
    private async Task AuditschrijverLeentAsync()
    {
        var schrijver = factory.Services.GetRequiredService<GebundeldeAuditSchrijver>();
        await schrijver.LegVastAsync(
            [new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, Details: "Test van de verbindingen")],
            new AuditActeur(null, "Test", "Systeem", null));
        await schrijver.SpoelAsync();
    }

    /// <summary>The mapped window (bytes), the page cache (negative: KiB) and the WAL autocheckpoint (pages) of the context's opened connection.</summary>
    private static async Task<(long Mmap, long Cache, long Autocheckpoint)> MmapEnCacheAsync(WmoDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        await using var opdracht = db.Database.GetDbConnection().CreateCommand();
        opdracht.CommandText = "PRAGMA mmap_size";
        var mmap = Convert.ToInt64(await opdracht.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        opdracht.CommandText = "PRAGMA cache_size";
        var cache = Convert.ToInt64(await opdracht.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        opdracht.CommandText = "PRAGMA wal_autocheckpoint";
        var autocheckpoint = Convert.ToInt64(await opdracht.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        return (mmap, cache, autocheckpoint);
    }

    /// <summary>The portal with a counter of opened connections and SQL commands.</summary>
    public sealed class TellendeFactory : WmoWebApplicationFactory
    {
        public Teller Teller { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<WmoDbContext>(o => o.AddInterceptors(Teller, Teller.Opdrachten)));
        }
    }

    public sealed class Teller : DbConnectionInterceptor
    {
        private int _geopend;

        public SqlPerLijstpaginaTests.SqlTeller Opdrachten { get; } = new();

        public int Geopend => Volatile.Read(ref _geopend);

        public int Commandos => Opdrachten.Aantal;

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _geopend);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _geopend);
            return Task.CompletedTask;
        }
    }
}
