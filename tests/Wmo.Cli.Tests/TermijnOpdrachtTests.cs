using Microsoft.Data.Sqlite;
using Wmo.Cli.Tests.Support;

namespace Wmo.Cli.Tests;

/// <summary><c>termijn &lt;soort&gt; &lt;datum&gt;</c> end to end against a SQLite file: the law's days and the database's gelijkgestelde dagen.</summary>
public sealed class TermijnOpdrachtTests
{
    [Fact]
    public async Task Beschikkingstermijn_over_pasen_noemt_elke_overgeslagen_dag_met_het_artikel()
    {
        using var db = new CliDatabase();

        var uitkomst = await db.VoerUitAsync("termijn", "beschikking", "2026-03-20");

        Assert.Equal(CliProgramma.Gelukt, uitkomst.Code);
        var regels = uitkomst.Uit.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("einddatum: 2026-04-07", regels[0]);
        Assert.Contains("termijn: 14 dagen (Wmo 2015 art. 2.3.5 lid 1)", regels);
        Assert.Contains("2026-04-03 (vrijdag) overgeslagen: Goede Vrijdag (Atw art. 3 lid 2)", regels);
        Assert.Contains("2026-04-04 (zaterdag) overgeslagen: zaterdag (Atw art. 1 lid 1)", regels);
        Assert.Contains("2026-04-06 (maandag) overgeslagen: tweede Paasdag (Atw art. 3 lid 1)", regels);
    }

    [Fact]
    public async Task Gelijkgestelde_dag_komt_uit_de_geconfigureerde_database()
    {
        using var db = new CliDatabase();

        var met = await db.VoerUitAsync("termijn", "beschikking", "2026-05-01");
        Assert.StartsWith("einddatum: 2026-05-18", met.Uit, StringComparison.Ordinal);
        Assert.Contains("2026-05-15 (vrijdag) overgeslagen: gelijkgestelde dag, Besluit gelijkstelling van 2 januari 2026", met.Uit, StringComparison.Ordinal);

        // The beheerder removes the day (here straight in the file): the command reads the table, not a built-in list.
        using (var verbinding = new SqliteConnection($"Data Source={db.Bestand}"))
        {
            verbinding.Open();
            using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "DELETE FROM GelijkgesteldeDagen WHERE Datum = '2026-05-15'";
            Assert.Equal(1, opdracht.ExecuteNonQuery());
        }

        SqliteConnection.ClearAllPools();
        var zonder = await db.VoerUitAsync("termijn", "beschikking", "2026-05-01");
        Assert.StartsWith("einddatum: 2026-05-15", zonder.Uit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("onderzoek", "2026-03-02", "2026-04-13")]
    [InlineData("persoonlijkplan", "2026-12-24", "2026-12-31")]
    [InlineData("bezwaar", "2026-11-20", "2027-01-04")]
    [InlineData("beslissingopbezwaar", "2027-01-04", "2027-02-15")]
    public async Task Elke_soort_termijn_geeft_een_einddatum(string soort, string datum, string einde)
    {
        using var db = new CliDatabase();

        var uitkomst = await db.VoerUitAsync("termijn", soort, datum);

        Assert.Equal(CliProgramma.Gelukt, uitkomst.Code);
        Assert.StartsWith($"einddatum: {einde}", uitkomst.Uit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waarschuwt_als_er_voor_een_jaar_van_de_termijn_geen_besluit_is()
    {
        using var db = new CliDatabase();

        var uitkomst = await db.VoerUitAsync("termijn", "bezwaar", "2028-12-01");

        Assert.Contains("let op: voor 2029 is geen besluit gelijkstelling ingevoerd", uitkomst.Uit, StringComparison.Ordinal);
        Assert.DoesNotContain("let op: voor 2028", uitkomst.Uit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aanvraag", "2026-03-20", "Onbekende soort termijn 'aanvraag'")]
    [InlineData("beschikking", "20-03-2026", "'20-03-2026' is geen datum; schrijf hem als jjjj-mm-dd")]
    public async Task Verkeerde_invoer_geeft_een_Nederlandse_fout_en_code_2(string soort, string datum, string melding)
    {
        using var db = new CliDatabase();

        var uitkomst = await db.VoerUitAsync("termijn", soort, datum);

        Assert.Equal(CliProgramma.VerkeerdGebruik, uitkomst.Code);
        Assert.Contains(melding, uitkomst.Fout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, uitkomst.Uit);
    }
}
