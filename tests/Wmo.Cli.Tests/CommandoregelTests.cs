using Wmo.Cli.Tests.Support;

namespace Wmo.Cli.Tests;

public sealed class CommandoregelTests
{
    [Fact]
    public async Task Zonder_argumenten_toont_de_commandoregel_alle_opdrachten()
    {
        using var db = new CliDatabase();
        var uitkomst = await db.VoerUitAsync();

        Assert.Equal(CliProgramma.Gelukt, uitkomst.Code);
        foreach (var opdracht in CliProgramma.Opdrachten)
        {
            Assert.Contains(opdracht.Naam, uitkomst.Uit, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Elke_opdracht_heeft_een_Nederlandse_help()
    {
        using var db = new CliDatabase();
        foreach (var opdracht in CliProgramma.Opdrachten)
        {
            var uitkomst = await db.VoerUitAsync([.. opdracht.Naam.Split(' '), "--help"]);

            Assert.Equal(CliProgramma.Gelukt, uitkomst.Code);
            Assert.StartsWith(opdracht.Omschrijving, uitkomst.Uit, StringComparison.Ordinal);
            Assert.Contains("Gebruik: ", uitkomst.Uit, StringComparison.Ordinal);
            Assert.Contains("--help", uitkomst.Uit, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(opdracht.Omschrijving));
        }
    }

    [Fact]
    public async Task Een_onbekende_opdracht_geeft_een_Nederlandse_fout_en_code_2()
    {
        using var db = new CliDatabase();
        var uitkomst = await db.VoerUitAsync("bestaatniet");

        Assert.Equal(CliProgramma.VerkeerdGebruik, uitkomst.Code);
        Assert.Contains("Onbekende opdracht 'bestaatniet'", uitkomst.Fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_optie_geeft_een_fout_en_verwijst_naar_de_help()
    {
        using var db = new CliDatabase();
        var uitkomst = await db.VoerUitAsync("database", "migreren", "--bestaatniet");

        Assert.Equal(CliProgramma.VerkeerdGebruik, uitkomst.Code);
        Assert.Contains("Onbekende optie '--bestaatniet'", uitkomst.Fout, StringComparison.Ordinal);
        Assert.Contains("database migreren --help", uitkomst.Fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_met_een_onbekende_pagina_stopt_meteen_en_noemt_de_pagina_s_die_er_zijn()
    {
        using var db = new CliDatabase();
        var uitkomst = await db.VoerUitAsync("bench", "--pagina", "transitie,zoeken-naam", "--data", Path.Combine(db.Map, "bench"));

        Assert.Equal(CliProgramma.VerkeerdGebruik, uitkomst.Code);
        Assert.Contains("Onbekende pagina('s): transitie.", uitkomst.Fout, StringComparison.Ordinal);
        Assert.Contains("transitie-werklijst", uitkomst.Fout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(db.Map, "bench")), "no database is seeded for a bench that cannot run");
    }

    [Fact]
    public async Task Een_groep_zonder_opdracht_toont_de_opdrachten_van_die_groep()
    {
        using var db = new CliDatabase();
        var uitkomst = await db.VoerUitAsync("database");

        Assert.Equal(CliProgramma.VerkeerdGebruik, uitkomst.Code);
        Assert.Contains("database migreren", uitkomst.Uit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_migreren_maakt_de_geconfigureerde_SQLite_database_en_is_daarna_bij()
    {
        using var db = new CliDatabase();

        var eerste = await db.VoerUitAsync("database", "migreren");
        Assert.Equal(CliProgramma.Gelukt, eerste.Code);
        Assert.Contains("Migraties toegepast.", eerste.Uit, StringComparison.Ordinal);
        Assert.True(File.Exists(db.Bestand));

        var tweede = await db.VoerUitAsync("database", "migreren", "--alleen-tonen");
        Assert.Equal(CliProgramma.Gelukt, tweede.Code);
        Assert.Contains("openstaande migraties: 0", tweede.Uit, StringComparison.Ordinal);
    }

    [Fact]
    public void De_content_root_is_het_portaal_zodat_de_commandoregel_dezelfde_database_gebruikt()
    {
        var root = CliHost.ZoekContentRoot();

        Assert.True(File.Exists(Path.Combine(root, "appsettings.json")), root);
        Assert.Equal("Wmo.Web", new DirectoryInfo(root).Name);
    }
}
