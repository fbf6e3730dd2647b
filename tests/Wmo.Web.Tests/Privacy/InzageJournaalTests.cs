using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Privacy;

/// <summary>
/// Issue 15, twenty-fourth round: the portal journals its reads (<see cref="InzageJournaal"/>) and appends them to the
/// audit trail every few seconds. A read is acknowledged once it is in the journal; nothing journaled is lost or appended
/// twice, also not after a crash; whoever reads the trail as a whole sees every acknowledged read
/// (<see cref="GebundeldeAuditSchrijver.SpoelAsync"/>). The interval is an hour here, so only SpoelAsync appends.
/// </summary>
public sealed class InzageJournaalTests : IAsyncLifetime
{
    private static readonly TimeSpan Nooit = TimeSpan.FromHours(1);

    private readonly TestDatabase _database = new();
    private readonly string _map = Path.Combine(Path.GetTempPath(), "wmo-journaal-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _klok = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly AuditActeur _fatima = new(Guid.NewGuid(), "Fatima el Amrani", "SociaalWerker", Guid.NewGuid());

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_map))
        {
            Directory.Delete(_map, recursive: true);
        }
    }

    [Fact]
    public async Task Een_inzage_is_bevestigd_zodra_ze_in_het_journaal_staat_en_komt_na_het_spoelen_met_haar_eigen_moment_in_de_trail()
    {
        await using var schrijver = Schrijver(Path.Combine(_map, "a"));
        var momenten = new List<DateTimeOffset>();

        // Another connection holds SQLite's write lock (the CLI, a checkpoint): the reads are acknowledged all the same.
        await using (var slot = await Schrijfslot.NeemAsync(_database.DatabasePath))
        {
            for (var i = 0; i < 3; i++)
            {
                momenten.Add(_klok.GetUtcNow());
                await schrijver.LegVastAsync([Inzage($"h{i}")], _fatima).WaitAsync(TimeSpan.FromSeconds(30));
                _klok.Advance(TimeSpan.FromMinutes(1));
            }

            await slot.LaatLosAsync();
        }

        Assert.True(schrijver.Journaliseert);
        Assert.Equal(["h0", "h1", "h2"], RegelsInHetJournaal(Path.Combine(_map, "a")).Select(r => r.Gebeurtenis.OnderwerpId));
        Assert.Empty(await OnderwerpenInDeTrailAsync());

        await schrijver.SpoelAsync().WaitAsync(TimeSpan.FromSeconds(30));

        await using var db = _database.NieuweContext();
        var regels = await db.AuditTrail.AsNoTracking().OrderBy(r => r.Volgnummer).ToListAsync();
        Assert.Equal(["h0", "h1", "h2"], regels.Select(r => r.OnderwerpId));
        Assert.Equal(momenten, regels.Select(r => r.Moment));
        Assert.All(regels, r => Assert.Equal((_fatima.GebruikerId, _fatima.Naam, _fatima.Rol, _fatima.OrganisatieId), (r.GebruikerId, r.GebruikerNaam, r.Rol, r.OrganisatieId)));
        Assert.Equal(3, await db.Set<AuditKop>().Select(k => k.JournaalVolgnummer).SingleAsync());
        Assert.True((await AuditKeten.ControleerAsync(db)).IsIntact);

        // Appended lines leave the journal; the file the next reads go to stays.
        Assert.Empty(RegelsInHetJournaal(Path.Combine(_map, "a")));
        Assert.Single(InzageJournaal.Bestanden(Path.Combine(_map, "a")));
    }

    [Fact]
    public async Task Zonder_dat_iemand_erom_vraagt_staat_een_inzage_na_de_tussenpoos_in_de_trail()
    {
        await using var schrijver = new GebundeldeAuditSchrijver(_database.Options(), _klok, NullLogger<GebundeldeAuditSchrijver>.Instance, new InzageJournaalInstellingen(Path.Combine(_map, "klok"), TimeSpan.FromMilliseconds(50)));
        await schrijver.LegVastAsync([Inzage("vanzelf")], _fatima);

        var tot = DateTime.UtcNow.AddSeconds(30);
        while ((await OnderwerpenInDeTrailAsync()).Count == 0 && DateTime.UtcNow < tot)
        {
            await Task.Delay(20);
        }

        Assert.Equal(["vanzelf"], await OnderwerpenInDeTrailAsync());
    }

    [Fact]
    public async Task Na_een_crash_zet_de_volgende_start_wat_in_het_journaal_stond_er_precies_een_keer_bij()
    {
        var voorDeCrash = Path.Combine(_map, "voor");
        var naDeCrash = Path.Combine(_map, "na");
        Directory.CreateDirectory(naDeCrash);

        // The run that crashes: read 1 is appended but its file was not yet deleted (the crash came right after the
        // commit); reads 2 and 3 are only in the journal; read 4 was being written. It is never disposed before the
        // checks: its files are copied as they were at the crash.
        await using var gecrasht = Schrijver(voorDeCrash);
        await gecrasht.LegVastAsync([Inzage("een")], _fatima);
        KopieerJournaal(voorDeCrash, naDeCrash);
        await gecrasht.SpoelAsync();
        _klok.Advance(TimeSpan.FromMinutes(5));
        var momentTwee = _klok.GetUtcNow();
        await gecrasht.LegVastAsync([Inzage("twee")], _fatima);
        await gecrasht.LegVastAsync([Inzage("drie"), Inzage("drie-b")], _fatima);
        KopieerJournaal(voorDeCrash, naDeCrash);
        var laatste = InzageJournaal.Bestanden(naDeCrash).Last().Pad;
        await File.AppendAllTextAsync(laatste, "{\"Nummer\":5,\"Moment\":\"2026-12-04T09:0");

        _klok.Advance(TimeSpan.FromMinutes(5));
        await using (var herstart = Schrijver(naDeCrash))
        {
            await herstart.SpoelAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(["een", "twee", "drie", "drie-b"], await OnderwerpenInDeTrailAsync());

            // The half-written line was never acknowledged: the numbering goes on after the last whole one.
            await herstart.LegVastAsync([Inzage("vier")], _fatima);
            await herstart.SpoelAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        await using var db = _database.NieuweContext();
        Assert.Equal(["een", "twee", "drie", "drie-b", "vier"], await OnderwerpenInDeTrailAsync());
        Assert.Equal(momentTwee, await db.AuditTrail.Where(r => r.OnderwerpId == "twee").Select(r => r.Moment).SingleAsync());
        Assert.Equal(5, await db.Set<AuditKop>().Select(k => k.JournaalVolgnummer).SingleAsync());
        Assert.True((await AuditKeten.ControleerAsync(db)).IsIntact);
        Assert.Empty(RegelsInHetJournaal(naDeCrash));
    }

    [Fact]
    public async Task Mislukt_het_bijschrijven_dan_blijft_alles_in_het_journaal_en_gaat_het_de_volgende_keer_een_keer_mee()
    {
        var storing = new AuditStoring { Aan = true };
        var map = Path.Combine(_map, "storing");
        await using var schrijver = new GebundeldeAuditSchrijver(_database.Options(storing), _klok, NullLogger<GebundeldeAuditSchrijver>.Instance, new InzageJournaalInstellingen(map, Nooit));
        await schrijver.LegVastAsync([Inzage("a"), Inzage("b")], _fatima);

        // Whoever waits for the trail hears it failed; the reads themselves were acknowledged and stay journaled.
        await Assert.ThrowsAnyAsync<Exception>(() => schrijver.SpoelAsync().WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(await OnderwerpenInDeTrailAsync());
        Assert.Equal(["a", "b"], RegelsInHetJournaal(map).Select(r => r.Gebeurtenis.OnderwerpId));

        await schrijver.LegVastAsync([Inzage("c")], _fatima);
        storing.Aan = false;
        await schrijver.SpoelAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["a", "b", "c"], await OnderwerpenInDeTrailAsync());
        Assert.Empty(RegelsInHetJournaal(map));
        await using var db = _database.NieuweContext();
        Assert.True((await AuditKeten.ControleerAsync(db)).IsIntact);
    }

    [Fact]
    public async Task Een_onleesbare_regel_midden_in_het_journaal_laat_geen_inzage_meer_door()
    {
        var map = Path.Combine(_map, "kapot");
        Directory.CreateDirectory(map);
        await File.WriteAllTextAsync(Path.Combine(map, "0000000000000000001.jsonl"), "dit is geen inzage\n");
        await using var schrijver = Schrijver(map);

        // The journal is evidence: the portal does not show data it could not log behind lines it cannot read.
        await Assert.ThrowsAsync<InvalidDataException>(() => schrijver.LegVastAsync([Inzage("x")], _fatima).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(await OnderwerpenInDeTrailAsync());
    }

    [Fact]
    public async Task Een_tweede_schrijver_op_hetzelfde_journaal_legt_zelf_direct_vast()
    {
        var map = Path.Combine(_map, "gedeeld");
        await using var eerste = Schrijver(map);
        await eerste.LegVastAsync([Inzage("eerste")], _fatima);
        await using var tweede = Schrijver(map);
        await tweede.LegVastAsync([Inzage("tweede")], _fatima);

        Assert.True(eerste.Journaliseert);
        Assert.False(tweede.Journaliseert);
        Assert.Equal(["tweede"], await OnderwerpenInDeTrailAsync());
    }

    [Fact]
    public void Alleen_een_SQLite_bestand_krijgt_een_journaal_naast_zich()
    {
        var map = Path.Combine(_map, "data");
        Assert.Equal(Path.Combine(map, "wmo.db") + "-inzagejournaal", new DatabaseSettings { DataFolder = map }.InzageJournaalMap(_map));
        Assert.Null(new DatabaseSettings { DataFolder = map, SqliteInzageJournaal = false }.InzageJournaalMap(_map));
        Assert.Null(new DatabaseSettings { ConnectionString = "Data Source=wmo;Mode=Memory;Cache=Shared" }.InzageJournaalMap(_map));
        Assert.Null(new DatabaseSettings { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=.;Database=wmo" }.InzageJournaalMap(_map));
    }

    [Fact]
    public async Task Het_dossier_komt_terug_terwijl_de_database_bezet_is_en_zijn_inzage_staat_daarna_precies_een_keer_in_de_trail()
    {
        await using var factory = new AuditStoringFactory();
        var huishouden = await factory.HuishoudenVanFatimaAsync("Journaalstra");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        // Another writer holds SQLite's write lock: the read is journaled, so the page comes back all the same.
        await using (var slot = await Schrijfslot.NeemAsync(factory.DatabasePath))
        {
            using var antwoord = await fatima.Http.GetAsync(Dossier(huishouden)).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.True(factory.Services.GetRequiredService<GebundeldeAuditSchrijver>().Journaliseert);
            Assert.Contains(RegelsInHetJournaal(Path.Combine(factory.DataFolder, "wmo.db-inzagejournaal")), r => r.Gebeurtenis.OnderwerpId == huishouden.ToString());
            await slot.LaatLosAsync();
        }

        Assert.Equal(1, await factory.LeesAsync(db => db.AuditTrail.CountAsync(r => r.Actie == AuditActie.Inzien && r.Onderwerp == "Huishouden" && r.OnderwerpId == huishouden.ToString())));
    }

    [Fact]
    public async Task Faalt_de_database_dan_blijft_de_inzage_in_het_journaal_en_komt_ze_er_daarna_een_keer_bij()
    {
        await using var factory = new AuditStoringFactory();
        var huishouden = await factory.HuishoudenVanFatimaAsync("Storingsveld");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var schrijver = factory.Services.GetRequiredService<GebundeldeAuditSchrijver>();

        factory.Storing.Aan = true;
        try
        {
            using var antwoord = await fatima.Http.GetAsync(Dossier(huishouden));
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            await Assert.ThrowsAnyAsync<Exception>(() => schrijver.SpoelAsync().WaitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            factory.Storing.Aan = false;
        }

        Assert.Equal(1, await factory.LeesAsync(db => db.AuditTrail.CountAsync(r => r.Actie == AuditActie.Inzien && r.Onderwerp == "Huishouden" && r.OnderwerpId == huishouden.ToString())));
        var keten = await factory.LeesAsync(db => AuditKeten.ControleerAsync(db));
        Assert.True(keten.IsIntact, keten.Uitleg);
    }

    private static Uri Dossier(Guid huishouden) => new($"/Huishouden/Details/{huishouden}", UriKind.Relative);

    private GebundeldeAuditSchrijver Schrijver(string map) =>
        new(_database.Options(), _klok, NullLogger<GebundeldeAuditSchrijver>.Instance, new InzageJournaalInstellingen(map, Nooit));

    private static AuditGebeurtenis Inzage(string onderwerp) => new(AuditActie.Inzien, "Huishouden", onderwerp, Details: "Huishouden/Details");

    private static List<JournaalRegel> RegelsInHetJournaal(string map) =>
        [.. InzageJournaal.Bestanden(map).SelectMany(b => InzageJournaal.Lees(b.Pad))];

    private static void KopieerJournaal(string van, string naar)
    {
        foreach (var (pad, _) in InzageJournaal.Bestanden(van))
        {
            File.Copy(pad, Path.Combine(naar, Path.GetFileName(pad)), overwrite: true);
        }
    }

    private async Task<List<string?>> OnderwerpenInDeTrailAsync()
    {
        await using var db = _database.NieuweContext();
        return await db.AuditTrail.AsNoTracking().OrderBy(r => r.Volgnummer).Select(r => r.OnderwerpId).ToListAsync();
    }
}
