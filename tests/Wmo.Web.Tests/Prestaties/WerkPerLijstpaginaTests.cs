using System.Data.Common;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Controllers;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15, sixth round: the work SQLite does for a list page depends on what the page shows, not on how many rows
/// match or exist. Measured as SQLite's own count of virtual-machine steps (its progress handler, called at every step)
/// for the page's queries on one table; rows added after the page in the list's order, or outside the list's filter,
/// must not change it. Steps, never times (speed belongs in <c>wmo bench</c> and docs/performance.md).
/// </summary>
public sealed partial class WerkPerLijstpaginaTests(WerkPerLijstpaginaTests.StappenFactory factory) : IClassFixture<WerkPerLijstpaginaTests.StappenFactory>
{
    [Fact]
    public async Task Zoeken_op_naam_toetst_en_legt_alleen_de_getoonde_pagina_vast_hoeveel_treffers_er_ook_zijn()
    {
        // One page and five more in fatima's caseload.
        await HuishoudensAsync(ZoekenController.PaginaGrootte + 5, "Anne", "Stapelma", "Buurtkamer Oost", "fatima.elamrani");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        var (stappenEerst, eerste) = await ZoekAsync(fatima, "stapelma", null);
        Assert.Equal(ZoekenController.PaginaGrootte, Treffers(eerste).Count);
        Assert.Contains("Volgende pagina", eerste, StringComparison.Ordinal);
        Assert.Equal(ZoekenController.PaginaGrootte, await ZoekregelsAsync("Stapelma"));

        // Many more treffers after this page in the order of the list: in her caseload, and outside it (Dorpskamer Stiens).
        await HuishoudensAsync(30, "Wim", "Stapelma", "Buurtkamer Oost", "fatima.elamrani");
        await HuishoudensAsync(30, "Zeger", "Stapelma", "Dorpskamer Stiens", "jeroen.bakker");
        var (stappenDaarna, nogmaals) = await ZoekAsync(fatima, "stapelma", null);

        Assert.True(stappenEerst > 0, "geen stappen geteld; telt de teller wel?");
        GelijkOpEenSeekNa(stappenEerst, stappenDaarna);
        Assert.Equal(Treffers(eerste), Treffers(nogmaals));
        Assert.Equal(2 * ZoekenController.PaginaGrootte, await ZoekregelsAsync("Stapelma"));

        // The later pages show the rest of her caseload and never anyone outside it.
        var (_, tweede) = await ZoekAsync(fatima, "stapelma", 2);
        var (_, derde) = await ZoekAsync(fatima, "stapelma", 3);
        Assert.Contains("Vorige pagina", tweede, StringComparison.Ordinal);
        Assert.DoesNotContain("Volgende pagina", derde, StringComparison.Ordinal);
        var alle = Treffers(eerste).Concat(Treffers(tweede)).Concat(Treffers(derde)).ToList();
        Assert.Equal(ZoekenController.PaginaGrootte + 5 + 30, alle.Distinct().Count());
        Assert.DoesNotContain("Zeger", tweede + derde, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eerste_contacten_lezen_alleen_de_recente_contacten_van_de_vrijwilliger()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        await ContactenAsync("anna.devries", "Buurtkamer Oost", 3, dagenGeleden: 1);
        var stappenEerst = await StappenAsync("\"EersteContacten\"", () => anna.Http.GetAsync(new Uri("/EersteContact", UriKind.Relative)));

        // Her own older contacts (outside the 30 days the list shows) and recent ones of another volunteer.
        await ContactenAsync("anna.devries", "Buurtkamer Oost", 30, dagenGeleden: 60);
        await ContactenAsync("henk.visser", "Dorpskamer Stiens", 30, dagenGeleden: 1);
        var stappenDaarna = await StappenAsync("\"EersteContacten\"", () => anna.Http.GetAsync(new Uri("/EersteContact", UriKind.Relative)));

        Assert.True(stappenEerst > 0, "geen stappen geteld; telt de teller wel?");
        GelijkOpEenSeekNa(stappenEerst, stappenDaarna);
    }

    [Fact]
    public async Task De_toetserwachtrij_zoekt_namen_alleen_op_voor_de_getoonde_pagina()
    {
        // A full page (and one more), then a longer queue: the first page looks up as many inwoners either way.
        await AdviezenAsync(Pagina<ToetsRegel>.StandaardGrootte + 1);
        using var marieke = await IntakeHulp.InloggenAsync(factory, "marieke.hoekstra");
        var stappenEerst = await StappenAsync("\"Inwoners\"", () => marieke.Http.GetAsync(new Uri("/Toetsing", UriKind.Relative)));

        await AdviezenAsync(10);
        var stappenDaarna = await StappenAsync("\"Inwoners\"", () => marieke.Http.GetAsync(new Uri("/Toetsing", UriKind.Relative)));

        Assert.True(stappenEerst > 0, "geen stappen geteld; telt de teller wel?");
        GelijkOpEenSeekNa(stappenEerst, stappenDaarna);

        // Counting the queue reads only the adviezen (their status index), not their vragen or inwoners.
        var telling = Assert.Single(factory.Opdrachten, t => t.Contains("COUNT(*)", StringComparison.Ordinal) && t.Contains("\"ZwaarwegendeAdviezen\"", StringComparison.Ordinal));
        Assert.DoesNotContain("JOIN", telling, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_beschikkingenlijst_leest_alleen_de_getoonde_pagina_en_telt_tot_de_telgrens()
    {
        // Issue 15, twenty-ninth round: 1.3 s per page on amsterdam (175,000 beschikkingen). A full first page of the newest,
        // then more than the count limit of older ones that the first page does not show.
        var bron = await Dossiers.BeschikkingAsync(factory, "Telgrensma");
        var verzonden = bron.Verzenddatum!.Value;
        await KopieenAsync(bron.Id, Pagina<BeschikkingRegel>.StandaardGrootte, "NIEUW", verzonden.AddDays(1));
        using var marieke = await IntakeHulp.InloggenAsync(factory, "marieke.hoekstra");
        var (stappenEerst, eerste) = await BeschikkingenpaginaAsync(marieke);
        Assert.Contains("NIEUW-000001", eerste, StringComparison.Ordinal);
        Assert.DoesNotContain("Meer dan", eerste, StringComparison.Ordinal);

        await KopieenAsync(bron.Id, BeschikkingenLezer.Telgrens + 1, "OUD", verzonden.AddYears(-3));
        var (stappenDaarna, daarna) = await BeschikkingenpaginaAsync(marieke);

        Assert.True(stappenEerst > 0, "geen stappen geteld; telt de teller wel?");
        GelijkOpEenSeekNa(stappenEerst, stappenDaarna);
        Assert.Equal(Nummers(eerste), Nummers(daarna));
        Assert.Contains("Meer dan 1.000 beschikkingen", daarna, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 40", daarna, StringComparison.Ordinal);
        // Counting stops at the limit: a count of every beschikking would read them all.
        Assert.All(factory.Opdrachten.Where(o => o.Contains("COUNT(*)", StringComparison.Ordinal) && o.Contains("\"Beschikkingen\"", StringComparison.Ordinal)),
            o => Assert.Contains("LIMIT", o, StringComparison.Ordinal));

        // The last page there is to page to shows the oldest of the first thousand, and a sort walks its own index as well.
        var laatste = await IntakeHulp.HtmlAsync(await marieke.Http.GetAsync(new Uri("/Beschikkingen?pagina=40", UriKind.Relative)));
        Assert.Equal(Pagina<BeschikkingRegel>.StandaardGrootte, Nummers(laatste).Count);
        var (stappenOpNummer, _) = await BeschikkingenpaginaAsync(marieke, "?sorteer=nummer&richting=af");
        var (stappenOpBesluit, _) = await BeschikkingenpaginaAsync(marieke, "?sorteer=besluit&richting=op");
        Assert.True(stappenOpNummer < 2 * stappenEerst && stappenOpBesluit < 2 * stappenEerst, $"{stappenEerst} stappen voor de nieuwste, {stappenOpNummer} op nummer en {stappenOpBesluit} op besluit");
    }

    private async Task<(long Stappen, string Html)> BeschikkingenpaginaAsync(PortalClient toetser, string query = "")
    {
        string html = string.Empty;
        factory.Teller.ZonderTellingen = true;
        try
        {
            var stappen = await StappenAsync("\"Beschikkingen\"", async () =>
            {
                var antwoord = await toetser.Http.GetAsync(new Uri("/Beschikkingen" + query, UriKind.Relative));
                html = await antwoord.Content.ReadAsStringAsync();
                return antwoord;
            });
            return (stappen, html);
        }
        finally
        {
            factory.Teller.ZonderTellingen = false;
        }
    }

    /// <summary>The numbers of the beschikkingen a page of the list links to, in order.</summary>
    private static List<string> Nummers(string html) => [.. BeschikkingLink().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<a href=\"/Toetsing/Beschikking/[^\"]+\">([^<]+)</a>")]
    private static partial Regex BeschikkingLink();

    /// <summary>Copies of one issued beschikking (same vraag and inwoner), numbered in their own reeks and sent on one day.</summary>
    private Task KopieenAsync(Guid bronId, int aantal, string reeks, DateOnly verzonden) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var kolommen = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Beschikkingen')").ToListAsync();
            var overig = string.Join(", ", kolommen.Where(k => k is not ("Id" or "Nummer" or "Verzenddatum")).Select(k => $"\"{k}\""));
            await using var transactie = await db.Database.BeginTransactionAsync();
            for (var i = 1; i <= aantal; i++)
            {
                var id = Guid.NewGuid().ToString().ToUpperInvariant();
                var nummer = $"{reeks}-{i:D6}";
#pragma warning disable EF1002 // The column names come from SQLite's own table_info, the values are parameters.
                await db.Database.ExecuteSqlRawAsync(
                    $"INSERT INTO \"Beschikkingen\" (\"Id\", \"Nummer\", \"Verzenddatum\", {overig}) SELECT {{0}}, {{1}}, {{2}}, {overig} FROM \"Beschikkingen\" WHERE \"Id\" = {{3}}",
                    id, nummer, verzonden.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), bronId.ToString().ToUpperInvariant());
#pragma warning restore EF1002
            }

            await transactie.CommitAsync();
            return aantal;
        });

    private async Task AdviezenAsync(int aantal)
    {
        for (var i = 0; i < aantal; i++)
        {
            await Dossiers.IngediendAdviesAsync(factory, "Wachtma");
        }
    }

    /// <summary>
    /// Equal up to a few steps: when SQLite seeks into an index it may step over a handful of neighbouring entries instead
    /// of seeking again (OP_SeekScan), which depends on where the new rows landed, not on how many there are. Every test
    /// adds at least 30 rows the page must not read; reading them would cost several steps each.
    /// </summary>
    private static void GelijkOpEenSeekNa(long eerst, long daarna) =>
        Assert.True(Math.Abs(daarna - eerst) <= 10, $"SQLite deed {eerst} stappen voor de pagina en {daarna} nadat er rijen bij kwamen die de pagina niet toont.");

    private async Task<(long Stappen, string Html)> ZoekAsync(PortalClient gebruiker, string achternaam, int? pagina)
    {
        var formulier = new Dictionary<string, string> { ["Achternaam"] = achternaam };
        if (pagina is { } nummer)
        {
            formulier["Pagina"] = nummer.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // The page query only: the estimate that chooses the driving side (ninth round, docs/performance.md) counts at most
        // one more treffer than the user's caseload has entries, from the name index, and is asserted on by QueryplanTests.
        string html = string.Empty;
        factory.Teller.ZonderTellingen = true;
        try
        {
            var stappen = await StappenAsync("\"Inwoners\"", async () =>
            {
                var antwoord = await gebruiker.PostFormAsync("/Zoeken", formulier);
                html = await antwoord.Content.ReadAsStringAsync();
                return antwoord;
            });
            Assert.All(factory.Opdrachten.Where(o => o.Contains("COUNT(*)", StringComparison.Ordinal) && o.Contains("\"Inwoners\"", StringComparison.Ordinal)),
                o => Assert.Contains("LIMIT", o, StringComparison.Ordinal));
            return (stappen, html);
        }
        finally
        {
            factory.Teller.ZonderTellingen = false;
        }
    }

    private async Task<long> StappenAsync(string tabel, Func<Task<HttpResponseMessage>> verzoek)
    {
        factory.Teller.Tabel = tabel;
        factory.Opdrachten.Clear();
        var voor = factory.Teller.Stappen;
        using var antwoord = await verzoek();
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return factory.Teller.Stappen - voor;
    }

    /// <summary>The households linked from the results, one per inwoner shown.</summary>
    private static List<string> Treffers(string html) => [.. TrefferLink().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<a href=\"/Huishouden/Details/([^\"]+)\">")]
    private static partial Regex TrefferLink();

    private Task<int> ZoekregelsAsync(string achternaam) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            // A page of results is one entry with every inwoner it showed, indexed per inwoner (AuditBetrokkenen).
            var inwoners = db.Inwoners.Where(i => i.Achternaam == achternaam).Select(i => i.Id);
            var zoekregels = db.AuditTrail.Where(r => r.Actie == AuditActie.Zoeken).Select(r => r.Volgnummer);
            return await db.AuditBetrokkenen.AsNoTracking().CountAsync(b => inwoners.Contains(b.InwonerId) && zoekregels.Contains(b.Volgnummer));
        });

    private Task HuishoudensAsync(int aantal, string voornaam, string achternaam, string buurtkamer, string sociaalWerker) =>
        factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var werker = await bouwer.ActorAsync(sociaalWerker);
            for (var i = 0; i < aantal; i++)
            {
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), voornaam, achternaam, new DateOnly(1960, 1, 1), "Vlietsingel", 1 + i, "8913 AB", "Leeuwarden");
                await bouwer.VraagInVraagverheldering(huishouden, inwoner, werker, buurtkamer, DateOnly.FromDateTime(DateTime.Today));
            }

            return aantal;
        });

    private Task ContactenAsync(string vrijwilliger, string buurtkamer, int aantal, int dagenGeleden) =>
        factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var auteur = await bouwer.ActorAsync(vrijwilliger);
            var melding = DateOnly.FromDateTime(DateTime.Today).AddDays(-dagenGeleden);
            for (var i = 0; i < aantal; i++)
            {
                await bouwer.EersteContactAsync(auteur, buurtkamer, melding, "Anne Contactma", "Ik kan het huishouden niet meer aan.");
            }

            return aantal;
        });

    /// <summary>The portal with SQLite's step counter on every connection.</summary>
    public sealed class StappenFactory : WmoWebApplicationFactory
    {
        public StappenTeller Teller { get; } = new();

        public System.Collections.Concurrent.ConcurrentQueue<string> Opdrachten => Teller.Opdrachten;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Without the pool of open connections: with it, the first measurement runs on newly prepared statements and
            // the second on kept ones, and the first run of a statement took a few steps more (eerste contacten: 29 and
            // 105 steps for count and page on new statements, 25 and 95 on the kept ones, 14 in all, over the margin). Each page's own work is what counts
            // here; SqliteVerbindingenTests and VerbindingPerVerzoekTests test the pool.
            builder.UseSetting("Database:SqliteVrijeVerbindingen", "0");
            builder.ConfigureTestServices(services => services.ConfigureDbContext<WmoDbContext>(o => o.AddInterceptors(Teller)));
        }
    }

    /// <summary>
    /// Counts SQLite's virtual-machine steps of the queries that read <see cref="Tabel"/>: a progress handler called at
    /// every step on each connection, read when a query starts and when its reader is disposed.
    /// </summary>
    public sealed class StappenTeller : DbCommandInterceptor, IDbConnectionInterceptor
    {
        private readonly ConditionalWeakTable<DbConnection, StrongBox<long>> _perVerbinding = [];
        private readonly ConditionalWeakTable<DbCommand, StrongBox<long>> _begin = [];
        private long _stappen;

        public string Tabel { get; set; } = "\"Inwoners\"";

        /// <summary>Leave out counting queries (<c>COUNT(*)</c>): measure only the page query.</summary>
        public bool ZonderTellingen { get; set; }

        public long Stappen => Interlocked.Read(ref _stappen);

        public System.Collections.Concurrent.ConcurrentQueue<string> Opdrachten { get; } = new();

        public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Installeer(connection);

        public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Installeer(connection);
            return Task.CompletedTask;
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Begin(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Begin(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (_begin.TryGetValue(command, out var begin) && command.Connection is { } verbinding && _perVerbinding.TryGetValue(verbinding, out var teller))
            {
                Interlocked.Add(ref _stappen, Interlocked.Read(ref teller.Value) - begin.Value);
                _begin.Remove(command);
            }

            return result;
        }

        private void Begin(DbCommand command)
        {
            ArgumentNullException.ThrowIfNull(command);
            Opdrachten.Enqueue(command.CommandText);
            // A connection opened before this counter saw it (or lent by the portal's pool): count from its first query on.
            if (command.Connection is { } nieuw && !_perVerbinding.TryGetValue(nieuw, out _))
            {
                Installeer(nieuw);
            }

            if (command.CommandText.Contains(Tabel, StringComparison.Ordinal) && !(ZonderTellingen && command.CommandText.Contains("COUNT(*)", StringComparison.Ordinal)) && command.Connection is { } verbinding && _perVerbinding.TryGetValue(verbinding, out var teller))
            {
                _begin.AddOrUpdate(command, new StrongBox<long>(Interlocked.Read(ref teller.Value)));
            }
        }

        private void Installeer(DbConnection connection)
        {
            if (connection is not SqliteConnection sqlite || sqlite.Handle is not { } handle)
            {
                return;
            }

            var teller = _perVerbinding.GetValue(connection, _ => new StrongBox<long>());
            SQLitePCL.raw.sqlite3_progress_handler(handle, 1, Stap, teller);
        }

        private static int Stap(object telling)
        {
            Interlocked.Increment(ref ((StrongBox<long>)telling).Value);
            return 0;
        }
    }
}
