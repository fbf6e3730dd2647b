using Wmo.Cli.Tests.Support;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Beleid;

namespace Wmo.Cli.Tests;

/// <summary>
/// Policy as a file (format WMO-BELEID): <c>beleid exporteren</c>, <c>beleid controleren</c>, and an empty database that
/// starts with another gemeente's policy through <c>Beleid:Startbestand</c> alone (issue 10).
/// </summary>
public sealed class BeleidOpdrachtTests
{
    private static string Doetinchem => Path.Combine(Repo(), "docs", "beleid", "doetinchem-2017.json");

    [Fact]
    public async Task Export_van_een_nieuwe_database_is_het_beleid_van_leeuwarden_en_leest_terug()
    {
        using var db = new CliDatabase();
        var bestand = Path.Combine(db.Map, "uit", "beleid.json");

        var uitkomst = await db.VoerUitAsync("beleid", "exporteren", "--out", bestand);

        Assert.Equal(CliProgramma.Gelukt, uitkomst.Code);
        var gelezen = Beleidsbestand.Lees(await File.ReadAllTextAsync(bestand));
        Assert.True(gelezen.IsGelukt, string.Join("; ", gelezen.Fouten));
        var leeuwarden = Referentiedata.Leeuwarden;
        Assert.Equal(leeuwarden.Catalogus.Voorzieningen.OrderBy(v => v.Code), gelezen.Beleid!.Catalogus.Voorzieningen.OrderBy(v => v.Code));
        Assert.Equal(leeuwarden.Duur, gelezen.Beleid.Duur);
        Assert.Equal(leeuwarden.Percelen, gelezen.Beleid.Percelen);
        Assert.Equal(leeuwarden.Tarieven.Tarieven, gelezen.Beleid.Tarieven.Tarieven);
        Assert.Equal(leeuwarden.Transitie, gelezen.Beleid.Transitie);
        Assert.Equal(Domain.Termijnen.DwangsomTarief.Awb, gelezen.Beleid.Dwangsom);
        Assert.Contains("\"dwangsom\"", await File.ReadAllTextAsync(bestand), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2021, 1, 1), gelezen.Versie!.Ingangsdatum);
    }

    [Fact]
    public async Task De_dwangsom_in_een_beleidsbestand_is_beleidsdata_met_de_regels_van_het_domein()
    {
        var json = await File.ReadAllTextAsync(Doetinchem);
        Assert.Equal(Domain.Termijnen.DwangsomTarief.Awb, Beleidsbestand.Lees(json).Beleid!.Dwangsom);

        string MetDwangsom(decimal volgende) => json.Replace("\"termijnen\":",
            $"\"dwangsom\": {{ \"eersteVeertienDagenPerDag\": 25, \"volgendeVeertienDagenPerDag\": {volgende}, \"daarnaPerDag\": 45, \"maximumDagen\": 42, \"bron\": \"Eigen besluit\" }},\n  \"termijnen\":",
            StringComparison.Ordinal);
        var gelezen = Beleidsbestand.Lees(MetDwangsom(35));
        Assert.True(gelezen.IsGelukt, string.Join("; ", gelezen.Fouten));
        Assert.Equal(new Domain.Termijnen.DwangsomTarief(25m, 35m, 45m, 42, "Eigen besluit"), gelezen.Versie!.Dwangsom);

        var dalend = Beleidsbestand.Lees(MetDwangsom(20));
        Assert.False(dalend.IsGelukt);
        Assert.Contains("loopt op", Assert.Single(dalend.Fouten), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_beleidsbestand_van_doetinchem_is_in_orde()
    {
        using var db = new CliDatabase();

        var uitkomst = await db.VoerUitAsync("beleid", "controleren", Doetinchem);

        Assert.Equal(CliProgramma.Gelukt, uitkomst.Code);
        Assert.Contains("In orde: Doetinchem", uitkomst.Uit, StringComparison.Ordinal);
        Assert.Contains("12 voorzieningen, 0 percelen, 2 tariefjaren", uitkomst.Uit, StringComparison.Ordinal);
        Assert.Contains("duur: 12 maanden, 36 maanden vanaf 75 jaar", uitkomst.Uit, StringComparison.Ordinal);
        Assert.False(File.Exists(db.Bestand), "controleren heeft geen database nodig");
    }

    [Fact]
    public async Task Een_kapot_beleidsbestand_noemt_alle_problemen_tegelijk()
    {
        using var db = new CliDatabase();
        var json = (await File.ReadAllTextAsync(Doetinchem))
            .Replace("\"pijler\": \"AanvullendeOndersteuning\", \"productCategorie\": \"KortdurendVerblijf\"", "\"pijler\": \"Maatwerk\", \"productCategorie\": \"KortdurendVerblijf\"", StringComparison.Ordinal)
            .Replace("\"ingangsdatum\": \"2017-01-01\"", "\"ingangsdatum\": \"1 januari 2017\"", StringComparison.Ordinal)
            .Replace("{ \"jaar\": 2020, \"bedrag\": 19.00, \"periode\": \"Maand\" }", "{ \"jaar\": 2019, \"bedrag\": 19.00, \"periode\": \"Week\" }", StringComparison.Ordinal);
        var bestand = Path.Combine(db.Map, "kapot.json");
        await File.WriteAllTextAsync(bestand, json);

        var uitkomst = await db.VoerUitAsync("beleid", "controleren", bestand);

        Assert.Equal(CliProgramma.Mislukt, uitkomst.Code);
        Assert.Contains("voorzieningen[6] (DT-KV).pijler: 'Maatwerk' is geen geldige waarde; kies uit SocialeBasis", uitkomst.Fout, StringComparison.Ordinal);
        Assert.Contains("ingangsdatum: een datum als jjjj-mm-dd", uitkomst.Fout, StringComparison.Ordinal);
        Assert.Contains("abonnementstarieven[1].periode: 'Week' is geen geldige waarde", uitkomst.Fout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"standaardMaanden\": 12", "\"standaardMaanden\": 48", "De verlengde duur is minstens de standaardduur")]
    [InlineData("\"code\": \"DT-OT-COACHEN\"", "\"code\": \"DT-OT-SCHOON\"", "de code DT-OT-SCHOON staat er meer dan eens in")]
    [InlineData("\"code\": \"DT-KV\"", "\"code\": \"dt kv\"", "Een code bestaat uit 1 tot 20 hoofdletters")]
    [InlineData("\"formaat\": \"WMO-BELEID\"", "\"formaat\": \"WMO-CAK-ABT\"", "Dit is geen beleidsbestand in formaat WMO-BELEID versie 1")]
    [InlineData("\"percelen\": []", "\"percelen\": [], \"onbekend\": 1", "Het bestand is geen geldig beleidsbestand")]
    public async Task Een_beleidsregel_van_het_domein_weigert_het_bestand(string zoek, string vervang, string melding)
    {
        using var db = new CliDatabase();
        var bestand = Path.Combine(db.Map, "fout.json");
        await File.WriteAllTextAsync(bestand, (await File.ReadAllTextAsync(Doetinchem)).Replace(zoek, vervang, StringComparison.Ordinal));

        var uitkomst = await db.VoerUitAsync("beleid", "controleren", bestand);

        Assert.Equal(CliProgramma.Mislukt, uitkomst.Code);
        Assert.Contains(melding, uitkomst.Fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_lege_database_begint_met_het_startbestand_van_de_gemeente()
    {
        using var db = new CliDatabase();
        db.Instellingen[Startbeleid.Sleutel] = Doetinchem;
        var bestand = Path.Combine(db.Map, "terug.json");

        var uitkomst = await db.VoerUitAsync("beleid", "exporteren", "--out", bestand);

        Assert.Equal(CliProgramma.Gelukt, uitkomst.Code);
        var gelezen = Beleidsbestand.Lees(await File.ReadAllTextAsync(bestand));
        Assert.StartsWith("Doetinchem", gelezen.Versie!.Omschrijving, StringComparison.Ordinal);
        Assert.All(gelezen.Beleid!.Catalogus.Voorzieningen, v => Assert.StartsWith("DT-", v.Code, StringComparison.Ordinal));
        Assert.Equal(Doelsoort.Ontwikkelen, gelezen.Beleid.Catalogus.Zoek("DT-OT-COACHEN").Doelsoort);
        Assert.Equal(new Duurbeleid(12, 36, 75), gelezen.Beleid.Duur);
    }

    [Fact]
    public async Task Een_onbruikbaar_startbestand_houdt_de_start_tegen_met_de_reden()
    {
        using var db = new CliDatabase();
        var bestand = Path.Combine(db.Map, "leeg.json");
        await File.WriteAllTextAsync(bestand, "{ \"formaat\": \"WMO-BELEID\", \"versie\": 1 }");
        db.Instellingen[Startbeleid.Sleutel] = bestand;

        var uitkomst = await db.VoerUitAsync("beleid", "exporteren", "--out", Path.Combine(db.Map, "x.json"));

        Assert.Equal(CliProgramma.Mislukt, uitkomst.Code);
        Assert.Contains("niet bruikbaar", uitkomst.Fout, StringComparison.Ordinal);
        Assert.Contains("voorzieningen: de catalogus heeft minstens één voorziening", uitkomst.Fout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(db.Map, "x.json")));
    }

    private static string Repo()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Wmo.Portal.sln")))
        {
            map = map.Parent;
        }

        return map?.FullName ?? throw new InvalidOperationException("Wmo.Portal.sln niet gevonden.");
    }
}
