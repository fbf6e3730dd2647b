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
