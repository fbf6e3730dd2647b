using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15 (docs/performance.md, fifteenth round): the pool of open SQLite connections that keep their prepared statements.
/// A context borrows a connection and gives it back when disposed; the same SQL runs again on the statement prepared for
/// it, with the new parameters; a connection with an open transaction or a statement still reading never goes back.
/// Counts and results only, never times.
/// </summary>
public sealed class SqliteVerbindingenTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private SqliteVerbindingen _verbindingen = null!;
    private DbContextOptions<WmoDbContext> _opties = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var map = Path.GetDirectoryName(_database.DatabasePath)!;
        var instellingen = new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataFolder = map };
        _verbindingen = instellingen.MaakSqliteVerbindingen(map)!;
        var bouwer = new DbContextOptionsBuilder<WmoDbContext>();
        instellingen.Apply(bouwer, map, _verbindingen);
        _opties = bouwer.Options;
    }

    public async Task DisposeAsync()
    {
        _verbindingen.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Dezelfde_query_in_een_volgende_context_gebruikt_de_verbinding_en_het_voorbereide_statement_met_de_nieuwe_parameters()
    {
        await VoegSleutelsToeAsync(("alfa", "<a/>"), ("beta", "<b/>"));

        Assert.Equal("<a/>", await XmlVanAsync("alfa"));
        var (geopend, voorbereid, hergebruikt) = (_verbindingen.Geopend, _verbindingen.Voorbereid, _verbindingen.Hergebruikt);

        Assert.Equal("<b/>", await XmlVanAsync("beta"));
        Assert.Null(await XmlVanAsync("gamma"));

        Assert.Equal(geopend, _verbindingen.Geopend);
        Assert.Equal(voorbereid, _verbindingen.Voorbereid);
        Assert.Equal(hergebruikt + 2, _verbindingen.Hergebruikt);
        Assert.Equal(1, _verbindingen.Vrij);
        Assert.Equal(0, _verbindingen.Uitgeleend);
    }

    [Fact]
    public async Task Een_geleende_verbinding_kiest_plannen_niet_op_gebonden_waarden_dus_een_LIKE_met_parameter_blijft_voorbereid()
    {
        await using var db = new WmoDbContext(_opties);
        var naam = "al";
        // EF's StartsWith with a parameter: LIKE @p ESCAPE '\'.
        Assert.Equal(0, await db.DataProtectionKeys.CountAsync(k => k.FriendlyName!.StartsWith(naam)));
        var verbinding = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();

        Assert.Equal(0, SQLitePCL.raw.sqlite3_db_config(verbinding.Handle, SqliteVerbindingen.SqliteDbConfigEnableQpsg, -1, out var aan));
        Assert.Equal(1, aan);
    }

    [Fact]
    public async Task De_sqlfuncties_van_EF_werken_op_een_geleende_verbinding_ook_na_hergebruik()
    {
        await VoegSleutelsToeAsync(("appel", "<a/>"), ("peer", "<p/>"), ("abrikoos", "<b/>"));

        for (var keer = 0; keer < 2; keer++)
        {
            await using var db = new WmoDbContext(_opties);
            // Regex.IsMatch goes to SQLite as EF's own function regexp(), registered on the pooled connection once.
            var namen = await db.DataProtectionKeys.Where(k => Regex.IsMatch(k.FriendlyName!, "^a")).OrderBy(k => k.FriendlyName).Select(k => k.FriendlyName).ToListAsync();
            Assert.Equal(["abrikoos", "appel"], namen);
        }

        Assert.Equal(1, _verbindingen.Geopend);
    }

    [Fact]
    public async Task Dezelfde_sql_terwijl_die_nog_leest_loopt_op_een_eigen_opdracht()
    {
        await VoegSleutelsToeAsync(("een", "<1/>"), ("twee", "<2/>"));

        await using var db = new WmoDbContext(_opties);
        IQueryable<DataProtectionKey> Behalve(string naam) =>
            db.DataProtectionKeys.AsNoTracking().Where(k => k.FriendlyName != naam).OrderBy(k => k.FriendlyName);

        var gevonden = new List<string?>();
        // The outer query still reads (streamed) while the same SQL, with another parameter, runs for each of its rows.
        await foreach (var sleutel in Behalve("x").AsAsyncEnumerable())
        {
            var binnen = await Behalve(sleutel.FriendlyName!).ToListAsync();
            gevonden.Add(Assert.Single(binnen).FriendlyName);
        }

        Assert.Equal(["twee", "een"], gevonden);
    }

    [Fact]
    public async Task Een_verbinding_met_een_open_transactie_gaat_niet_terug_in_de_pool_en_de_wijziging_is_er_niet()
    {
        await VoegSleutelsToeAsync(("vast", "<v/>"));
        Assert.Equal(1, _verbindingen.Vrij);

        await using (var db = new WmoDbContext(_opties))
        {
            // Past EF: a transaction begun on the connection itself, never committed nor disposed.
            var verbinding = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
            Assert.Equal(1, _verbindingen.Uitgeleend);
            var transactie = verbinding.BeginTransaction();
            await using var opdracht = verbinding.CreateCommand();
            opdracht.Transaction = transactie;
            opdracht.CommandText = "INSERT INTO DataProtectionKeys (FriendlyName, Xml) VALUES ('half', '<h/>')";
            await opdracht.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, _verbindingen.Vrij);
        Assert.Equal(0, _verbindingen.Uitgeleend);
        Assert.Null(await XmlVanAsync("half"));
        Assert.Equal("<v/>", await XmlVanAsync("vast"));
        Assert.Equal(2, _verbindingen.Geopend);
    }

    [Fact]
    public async Task Een_transactie_van_EF_die_niet_is_vastgelegd_wordt_teruggedraaid_en_de_verbinding_gaat_schoon_terug()
    {
        await using (var db = new WmoDbContext(_opties))
        {
            await using var transactie = await db.Database.BeginTransactionAsync();
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "teruggedraaid", Xml = "<t/>" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, _verbindingen.Vrij);
        Assert.Null(await XmlVanAsync("teruggedraaid"));
        Assert.Equal(1, _verbindingen.Geopend);
    }

    [Fact]
    public async Task Een_bewaard_statement_ziet_wat_een_andere_verbinding_daarna_vastlegde()
    {
        await VoegSleutelsToeAsync(("eerste", "<1/>"));
        await using var lezer = new WmoDbContext(_opties);
        async Task<int> TelAsync() => await lezer.DataProtectionKeys.CountAsync(k => k.Xml != "");

        Assert.Equal(1, await TelAsync());
        await using (var schrijver = new WmoDbContext(_opties))
        {
            schrijver.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "tweede", Xml = "<2/>" });
            await schrijver.SaveChangesAsync();
        }

        Assert.Equal(2, await TelAsync());
        Assert.Equal(2, _verbindingen.Geopend);
    }

    [Fact]
    public async Task Boven_het_maximum_wordt_een_teruggegeven_verbinding_gesloten_en_na_het_sluiten_van_de_pool_ook()
    {
        var map = Path.GetDirectoryName(_database.DatabasePath)!;
        var instellingen = new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataFolder = map, SqliteVrijeVerbindingen = 2 };
        using var pool = instellingen.MaakSqliteVerbindingen(map)!;
        var bouwer = new DbContextOptionsBuilder<WmoDbContext>();
        instellingen.Apply(bouwer, map, pool);

        var contexten = Enumerable.Range(0, 3).Select(_ => new WmoDbContext(bouwer.Options)).ToList();
        foreach (var db in contexten)
        {
            Assert.Equal(0, await db.DataProtectionKeys.CountAsync());
        }

        foreach (var db in contexten)
        {
            await db.DisposeAsync();
        }

        Assert.Equal(3, pool.Geopend);
        Assert.Equal(2, pool.Vrij);
        pool.Dispose();
        Assert.Equal(0, pool.Vrij);

        await using var laat = new WmoDbContext(bouwer.Options);
        Assert.Equal(0, await laat.DataProtectionKeys.CountAsync());
        await laat.DisposeAsync();
        Assert.Equal(0, pool.Vrij);
    }

    [Fact]
    public async Task Boven_het_maximum_aan_sql_per_verbinding_gaat_de_minst_gebruikte_helft_eruit()
    {
        var map = Path.GetDirectoryName(_database.DatabasePath)!;
        var instellingen = new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataFolder = map };
        using var pool = new SqliteVerbindingen(instellingen.SqliteConnectionString(map), instellingen.SqlitePragmas, opdrachtenPerVerbinding: 4);
        var bouwer = new DbContextOptionsBuilder<WmoDbContext>();
        instellingen.Apply(bouwer, map, pool);
        await using var db = new WmoDbContext(bouwer.Options);
        // Five different SQL texts (the numbers are literals in the SQL, not parameters).
        Func<Task<int>>[] queries =
        [
            () => db.DataProtectionKeys.CountAsync(k => k.Id > 1),
            () => db.DataProtectionKeys.CountAsync(k => k.Id > 2),
            () => db.DataProtectionKeys.CountAsync(k => k.Id > 3),
            () => db.DataProtectionKeys.CountAsync(k => k.Id > 4),
            () => db.DataProtectionKeys.CountAsync(k => k.Id > 5),
        ];
        foreach (var query in queries[..4])
        {
            await query();
        }

        await queries[3]();
        await queries[2]();
        Assert.Equal((4L, 2L), (pool.Voorbereid, pool.Hergebruikt));

        // The fifth lets the two least recently used go (the first two), not the two just used.
        await queries[4]();
        await queries[3]();
        await queries[2]();
        Assert.Equal((5L, 4L), (pool.Voorbereid, pool.Hergebruikt));
        await queries[0]();
        Assert.Equal((6L, 4L), (pool.Voorbereid, pool.Hergebruikt));
    }

    [Fact]
    public void Zonder_vrije_verbindingen_of_op_SQL_Server_is_er_geen_pool()
    {
        Assert.Null(new DatabaseSettings { SqliteVrijeVerbindingen = 0 }.MaakSqliteVerbindingen(Path.GetTempPath()));
        Assert.Null(new DatabaseSettings { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=.;Database=x" }.MaakSqliteVerbindingen(Path.GetTempPath()));
    }

    private async Task VoegSleutelsToeAsync(params (string Naam, string Xml)[] sleutels)
    {
        await using var db = new WmoDbContext(_opties);
        db.DataProtectionKeys.AddRange(sleutels.Select(s => new DataProtectionKey { FriendlyName = s.Naam, Xml = s.Xml }));
        await db.SaveChangesAsync();
    }

    private async Task<string?> XmlVanAsync(string naam)
    {
        await using var db = new WmoDbContext(_opties);
        return await db.DataProtectionKeys.Where(k => k.FriendlyName == naam).Select(k => k.Xml).FirstOrDefaultAsync();
    }
}
