using Microsoft.Data.Sqlite;
using Wmo.Domain.Huishoudens;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// The migration Zoeken_NaamEnAdresIndex fills the search key of existing inwoners in SQL; it must give the key the
/// domain gives a new inwoner, or an old inwoner would not be found (issue 15).
/// </summary>
public sealed class ZoeknaamSqlTests
{
    [Fact]
    public async Task De_migratie_vult_bestaande_inwoners_met_dezelfde_zoeknaam_als_het_domein()
    {
        string[] namen =
        [
            "Visser", "de Vries", "De Vries", "van der Meer", "van den Berg", "'t Hart", "de Vries-Kramer", "Çelik", "Brontë",
            "el Amrani", "d'Ancona", "Vandermeer", "de", "van", "ÖZDEMİR", "Ďurica", "Łukasz", "ØSTERGÅRD", "Đorđević", "van de Pol", "de la Cruz", "Yılmaz", "Šimić",
        ];
        await using var verbinding = new SqliteConnection("Data Source=:memory:");
        await verbinding.OpenAsync();
        await VoerUitAsync(verbinding, "CREATE TABLE \"Inwoners\" (\"Achternaam\" TEXT NOT NULL, \"ZoekAchternaam\" TEXT NOT NULL DEFAULT '');");
        foreach (var naam in namen)
        {
            await using var invoegen = verbinding.CreateCommand();
            invoegen.CommandText = "INSERT INTO \"Inwoners\" (\"Achternaam\") VALUES ($naam);";
            invoegen.Parameters.AddWithValue("$naam", naam);
            await invoegen.ExecuteNonQueryAsync();
        }

        foreach (var opdracht in ZoeknaamSql.VulBestaandeRijen(sqlServer: false))
        {
            await VoerUitAsync(verbinding, opdracht);
        }

        await using var lezen = verbinding.CreateCommand();
        lezen.CommandText = "SELECT \"Achternaam\", \"ZoekAchternaam\" FROM \"Inwoners\";";
        await using var lezer = await lezen.ExecuteReaderAsync();
        var gelezen = 0;
        while (await lezer.ReadAsync())
        {
            var naam = lezer.GetString(0);
            Assert.Equal((naam, Zoeknaam.Van(naam)), (naam, lezer.GetString(1)));
            gelezen++;
        }

        Assert.Equal(namen.Length, gelezen);
    }

    private static async Task VoerUitAsync(SqliteConnection verbinding, string sql)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        await opdracht.ExecuteNonQueryAsync();
    }
}
