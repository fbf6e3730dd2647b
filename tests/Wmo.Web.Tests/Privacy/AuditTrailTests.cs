using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Privacy;

public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Aanmaken_en_wijzigen_van_persoonsgegevens_komen_met_oud_en_nieuw_in_de_audittrail()
    {
        var inwoner = new Inwoner(Bsn.Parse("123456782"), "Jan", "Jansen", new DateOnly(1950, 5, 1), new Adres("Vlietsingel", 12, null, Postcode.Parse("8913AB"), "Leeuwarden"));
        await using (var db = _database.NieuweContext())
        {
            db.Inwoners.Add(inwoner);
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NieuweContext())
        {
            var terug = await db.Inwoners.SingleAsync();
            terug.Verhuis(new Adres("Oosterkade", 3, "a", Postcode.Parse("8911AA"), "Leeuwarden"));
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NieuweContext())
        {
            var regels = await db.AuditTrail.OrderBy(r => r.Volgnummer).ToListAsync();
            Assert.Equal([AuditActie.Aanmaken, AuditActie.Wijzigen], regels.Select(r => r.Actie));
            Assert.All(regels, r => Assert.Equal(inwoner.Id, r.InwonerId));
            var wijziging = JsonSerializer.Deserialize<Dictionary<string, string?[]>>(regels[1].Details!)!;
            Assert.Equal("Vlietsingel", wijziging["BrpAdres.Straat"][0]);
            Assert.Equal("Oosterkade", wijziging["BrpAdres.Straat"][1]);
            Assert.True((await AuditKeten.ControleerAsync(db)).IsIntact);
        }
    }

    [Fact]
    public async Task Een_inzage_wordt_vastgelegd_met_wie_wat_en_wanneer()
    {
        var inwonerId = Guid.NewGuid();
        await using (var db = _database.NieuweContext())
        {
            await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", "h1", inwonerId, Details: "Dossier bekeken"));
        }

        await using (var db = _database.NieuweContext())
        {
            var regel = await db.AuditTrail.SingleAsync();
            Assert.Equal(AuditActie.Inzien, regel.Actie);
            Assert.Equal(inwonerId, regel.InwonerId);
            Assert.Equal(AuditKeten.Begin, regel.VorigeHash);
            Assert.Equal(64, regel.Hash.Length);
        }
    }

    [Fact]
    public async Task De_ketencontrole_ontdekt_een_regel_die_direct_in_de_database_is_gewijzigd()
    {
        await using (var db = _database.NieuweContext())
        {
            for (var i = 0; i < 3; i++)
            {
                await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", $"h{i}", Guid.NewGuid()));
            }

            Assert.True((await AuditKeten.ControleerAsync(db)).IsIntact);
        }

        await using (var connection = new SqliteConnection($"Data Source={_database.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE AuditTrail SET GebruikerNaam = 'Niemand' WHERE Volgnummer = 2";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        await using (var db = _database.NieuweContext())
        {
            var controle = await AuditKeten.ControleerAsync(db);
            Assert.False(controle.IsIntact);
            Assert.Equal(2, controle.EersteFoutVolgnummer);
        }
    }

    [Fact]
    public async Task De_ketencontrole_ontdekt_een_verwijderde_regel()
    {
        await using (var db = _database.NieuweContext())
        {
            for (var i = 0; i < 3; i++)
            {
                await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null));
            }
        }

        await using (var connection = new SqliteConnection($"Data Source={_database.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM AuditTrail WHERE Volgnummer = 2";
            await command.ExecuteNonQueryAsync();
        }

        await using (var db = _database.NieuweContext())
        {
            var controle = await AuditKeten.ControleerAsync(db);
            Assert.False(controle.IsIntact);
            Assert.Equal(3, controle.EersteFoutVolgnummer);
        }
    }

    [Fact]
    public async Task Een_regel_met_getoonde_inwoners_indexeert_ze_en_de_ketencontrole_ziet_wie_aan_die_index_komt()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var db = _database.NieuweContext())
        {
            await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", "h1", c));
            await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, Details: "Gezocht op naam, 2 inwoners getoond", Betrokkenen: [a, b, a]));
            await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", "h2", c));

            var regel = await db.AuditTrail.SingleAsync(r => r.Volgnummer == 2);
            Assert.Equal(new[] { a, b }, regel.BetrokkenInwoners());
            Assert.Equal(new HashSet<(Guid, long)> { (a, 2), (b, 2) }, (await db.AuditBetrokkenen.ToListAsync()).Select(x => (x.InwonerId, x.Volgnummer)).ToHashSet());
            Assert.True((await AuditKeten.ControleerAsync(db)).IsIntact);
        }

        // Removing a person from the index would hide the search from their overview; adding one would invent a search.
        await WijzigAsync($"DELETE FROM AuditBetrokkenen WHERE InwonerId = '{b.ToString().ToUpperInvariant()}'");
        await VerwachtFoutBijAsync(2, "index van getoonde inwoners");
        await WijzigAsync($"INSERT INTO AuditBetrokkenen (InwonerId, Volgnummer) VALUES ('{b.ToString().ToUpperInvariant()}', 2)");
        await using (var db = _database.NieuweContext())
        {
            Assert.True((await AuditKeten.ControleerAsync(db)).IsIntact);
        }

        await WijzigAsync($"INSERT INTO AuditBetrokkenen (InwonerId, Volgnummer) VALUES ('{c.ToString().ToUpperInvariant()}', 3)");
        await VerwachtFoutBijAsync(3, "index van getoonde inwoners");
        await WijzigAsync($"UPDATE AuditBetrokkenen SET Volgnummer = 4 WHERE Volgnummer = 3");
        await VerwachtFoutBijAsync(4, "regel die niet bestaat");
        await WijzigAsync("DELETE FROM AuditBetrokkenen WHERE Volgnummer = 4");

        // The list itself is sealed: changing it breaks the hash.
        await WijzigAsync($"UPDATE AuditTrail SET Betrokkenen = '{a}' WHERE Volgnummer = 2");
        await VerwachtFoutBijAsync(2, "gewijzigd");
    }

    [Fact]
    public async Task Een_bundel_zoekacties_indexeert_elke_getoonde_inwoner_in_volgorde_als_de_tekst_en_het_getal_die_ef_zelf_schrijft()
    {
        // Sixty people over three searches in one transaction: SQLite gets them as one JSON parameter (AuditInvoeging).
        var getoond = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray()).ToArray();
        await using var db = _database.NieuweContext();
        await using (var transactie = await db.Database.BeginTransactionAsync())
        {
            foreach (var zoekactie in getoond)
            {
                db.LegVast(new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, Details: "Gezocht op naam, 20 inwoners getoond", Betrokkenen: zoekactie));
            }

            await db.SaveChangesAsync();
            await transactie.CommitAsync();
        }

        var rijen = await db.Database.SqlQueryRaw<BetrokkeneRij>(
            "SELECT InwonerId, typeof(InwonerId) AS SoortInwoner, Volgnummer, typeof(Volgnummer) AS SoortVolgnummer FROM AuditBetrokkenen ORDER BY rowid").ToListAsync();
        var verwacht = getoond.SelectMany((zoekactie, i) => zoekactie.Select(id => (id.ToString().ToUpperInvariant(), (long)i + 1))).ToList();
        Assert.Equal(verwacht, rijen.Select(r => (r.InwonerId, r.Volgnummer)).ToList());
        Assert.All(rijen, r => Assert.Equal(("text", "integer"), (r.SoortInwoner, r.SoortVolgnummer)));

        // "Who looked at this inwoner" finds them through EF's own parameter, and the chain check agrees with the index.
        var derde = getoond[2][7];
        Assert.Equal([3L], await db.AuditBetrokkenen.Where(b => b.InwonerId == derde).Select(b => b.Volgnummer).ToListAsync());
        Assert.True((await AuditKeten.ControleerAsync(db)).IsIntact);
    }

    private sealed record BetrokkeneRij(string InwonerId, string SoortInwoner, long Volgnummer, string SoortVolgnummer);

    [Fact]
    public void Een_regel_zonder_getoonde_inwoners_houdt_de_hash_van_voor_die_kolom()
    {
        // Entries written before Betrokkenen existed must keep verifying: their canonical text is the fourteen fields only.
        var regel = new AuditRegel
        {
            Volgnummer = 7, Moment = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), GebruikerNaam = "Fatima el Amrani", Rol = "SociaalWerker",
            Actie = AuditActie.Zoeken, Onderwerp = "Zoekopdracht", Details = "Gezocht op naam", VorigeHash = AuditKeten.Begin,
        };
        Assert.Equal(string.Join('\u001f', "7", "2026-12-01T09:30:00.0000000Z", "", "Fatima el Amrani", "SociaalWerker", "", "Zoeken", "", "", "Zoekopdracht", "",
            "Gezocht op naam", "1", AuditKeten.Begin), regel.Canoniek());

        var id = Guid.NewGuid();
        var met = new AuditRegel { Volgnummer = 7, Moment = regel.Moment, GebruikerNaam = regel.GebruikerNaam, Rol = regel.Rol, Actie = regel.Actie,
            Onderwerp = regel.Onderwerp, Details = regel.Details, VorigeHash = regel.VorigeHash, Betrokkenen = AuditRegel.AlsBetrokkenen([id]) };
        Assert.Equal(regel.Canoniek() + '\u001f' + id, met.Canoniek());
        Assert.Null(AuditRegel.AlsBetrokkenen([]));
    }

    private async Task WijzigAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task VerwachtFoutBijAsync(long volgnummer, string uitleg)
    {
        await using var db = _database.NieuweContext();
        var controle = await AuditKeten.ControleerAsync(db);
        Assert.False(controle.IsIntact);
        Assert.Equal(volgnummer, controle.EersteFoutVolgnummer);
        Assert.Contains(uitleg, controle.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_ketencontrole_meldt_per_pagina_hoever_hij_is_en_gaat_tot_de_laatste_regel_bij_de_start()
    {
        await using var db = _database.NieuweContext();
        for (var i = 0; i < 7; i++)
        {
            await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", $"h{i}", Guid.NewGuid()));
        }

        // While the check runs the portal appends: a search that showed two people, indexed under a number the check never
        // reads. Neither that entry nor its links are an error; the next check covers them.
        var gezien = new List<KetenVoortgang>();
        var voortgang = new Meldingen(stap =>
        {
            gezien.Add(stap);
            if (gezien.Count == 1)
            {
                using var ander = _database.NieuweContext();
                ander.LegVast(new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, Betrokkenen: [Guid.NewGuid(), Guid.NewGuid()]));
                ander.SaveChanges();
            }
        });
        var controle = await AuditKeten.ControleerAsync(db, default, voortgang, pagina: 3);

        Assert.True(controle.IsIntact, controle.Uitleg);
        Assert.Equal(7, controle.AantalGecontroleerd);
        Assert.Equal([new(3, 7), new(6, 7), new KetenVoortgang(7, 7)], gezien);
        Assert.Equal(8, await db.AuditTrail.CountAsync());
        Assert.Equal(8, (await AuditKeten.ControleerAsync(db)).AantalGecontroleerd);

        // A link to an entry that does not exist is still found beyond the last entry at the start.
        await WijzigAsync("INSERT INTO AuditBetrokkenen (InwonerId, Volgnummer) VALUES ('00000000-0000-0000-0000-000000000001', 12)");
        var wees = await AuditKeten.ControleerAsync(db, default, voortgang: null, pagina: 3);
        Assert.False(wees.IsIntact);
        Assert.Contains("regel die niet bestaat", wees.Uitleg, StringComparison.Ordinal);
    }

    /// <summary>Progress heard on the check's own thread, in order (<see cref="Progress{T}"/> would post it to the pool).</summary>
    private sealed class Meldingen(Action<KetenVoortgang> melding) : IProgress<KetenVoortgang>
    {
        public void Report(KetenVoortgang value) => melding(value);
    }

    [Fact]
    public async Task Gelijktijdige_schrijvers_maken_een_ononderbroken_keten()
    {
        var taken = Enumerable.Range(0, 8).Select(async i =>
        {
            await using var db = _database.NieuweContext();
            for (var j = 0; j < 5; j++)
            {
                await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", $"{i}-{j}"));
            }
        });
        await Task.WhenAll(taken);

        await using var controleDb = _database.NieuweContext();
        var controle = await AuditKeten.ControleerAsync(controleDb);
        Assert.True(controle.IsIntact, controle.Uitleg);
        Assert.Equal(40, controle.AantalGecontroleerd);
    }
}
