using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Cli.Tests.Support;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Cak;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Cli.Tests;

/// <summary><c>cak export</c> as a user types it, against a SQLite file filled by the seeder.</summary>
public sealed class CakOpdrachtTests
{
    [Fact]
    public async Task Cak_export_schrijft_eerst_alles_en_na_een_stop_alleen_de_mutatie_en_wordt_geaudit()
    {
        using var database = new CliDatabase();
        Assert.Equal(CliProgramma.Gelukt, (await database.VoerUitAsync("seed", "--scale", "klein")).Code);
        var (nummer, client, _, ingang) = await IwmoOpdrachtTests.ToewijzingAsync(database, eigenHuishouden: true);
        await MetToewijzingAsync(database, nummer, t => t.MeldStart(ingang, DateOnly.FromDateTime(DateTime.Today)));
        var maand = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var uit = Path.Combine(database.Map, "cak");

        var eerste = await database.VoerUitAsync("cak", "export", "--periode", maand, "--out", uit);

        Assert.True(eerste.Code == CliProgramma.Gelukt, eerste.Fout);
        Assert.Contains("Aanlevering 1", eerste.Uit, StringComparison.Ordinal);
        var volledig = await File.ReadAllTextAsync(Path.Combine(uit, $"CAK_ABT_0080_{maand.Replace("-", string.Empty, StringComparison.Ordinal)}_001.csv"));
        Assert.Empty(CakBestand.Valideer(volledig));
        Assert.Contains(Regels(volledig), r => r[1] == client.Bsn && r[6] == ingang.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        var stop = DateOnly.FromDateTime(DateTime.Today);
        await MetToewijzingAsync(database, nummer, t => t.MeldStop(stop, RedenBeeindiging.VolgensPlanBeeindigd, stop));
        var tweede = await database.VoerUitAsync("cak", "export", "--periode", maand, "--out", uit);

        Assert.True(tweede.Code == CliProgramma.Gelukt, tweede.Fout);
        var mutaties = await File.ReadAllTextAsync(Path.Combine(uit, $"CAK_ABT_0080_{maand.Replace("-", string.Empty, StringComparison.Ordinal)}_002.csv"));
        Assert.Empty(CakBestand.Valideer(mutaties));
        Assert.Contains(";MUTATIES;", mutaties, StringComparison.Ordinal);
        var regel = Assert.Single(Regels(mutaties));
        Assert.Equal([client.Bsn, maand, "19.00", ingang.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), stop.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "BEEINDIGD"],
            [regel[1], regel[3], regel[4], regel[5], regel[6], regel[7]]);

        var derde = await database.VoerUitAsync("cak", "export", "--periode", maand, "--out", uit);

        Assert.Equal(CliProgramma.Gelukt, derde.Code);
        Assert.Contains("niets gewijzigd", derde.Uit, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(uit).Length);
        await using var services = (ServiceProvider)CliHost.Bouw(database.Instellingen);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();
        // The seed delivered the twelve months before this one; this month's two deliveries are audited once each.
        Assert.Equal(2, await db.AuditTrail.CountAsync(a => a.Onderwerp == "CakAanlevering" && a.Actie == AuditActie.Exporteren && a.Details!.Contains($"periode {maand},")));
    }

    [Theory]
    [InlineData("2026-3")]
    [InlineData("maart")]
    public async Task Een_verkeerde_periode_geeft_een_Nederlandse_fout_en_code_2(string periode)
    {
        using var database = new CliDatabase();

        var uitkomst = await database.VoerUitAsync("cak", "export", "--periode", periode, "--out", Path.Combine(database.Map, "cak"));

        Assert.Equal(CliProgramma.VerkeerdGebruik, uitkomst.Code);
        Assert.Contains("jjjj-mm", uitkomst.Fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_maand_die_nog_niet_begonnen_is_geeft_code_1_en_geen_bestand()
    {
        using var database = new CliDatabase();
        var uit = Path.Combine(database.Map, "cak");

        var uitkomst = await database.VoerUitAsync("cak", "export", "--periode", DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM", CultureInfo.InvariantCulture), "--out", uit);

        Assert.Equal(CliProgramma.Mislukt, uitkomst.Code);
        Assert.Contains("nog niet begonnen", uitkomst.Fout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(uit));
    }

    private static async Task MetToewijzingAsync(CliDatabase database, int nummer, Action<Toewijzing> actie)
    {
        await using var services = (ServiceProvider)CliHost.Bouw(database.Instellingen);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();
        var toewijzing = await db.Toewijzingen.SingleAsync(t => t.Nummer == new ToewijzingNummer(nummer));
        actie(toewijzing);
        db.Bewaar(toewijzing);
        await db.SaveChangesAsync();
    }

    private static List<string[]> Regels(string bestand) =>
        [.. bestand.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(r => r.StartsWith("R;", StringComparison.Ordinal)).Select(r => r.Split(';'))];
}
