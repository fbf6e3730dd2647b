using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Cli.Tests.Support;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Cli.Tests;

/// <summary><c>audit controleer</c> end to end against a SQLite file: the portal's words, progress on standard error, the exit code.</summary>
public sealed class AuditControlerenTests
{
    [Fact]
    public async Task Een_intacte_keten_geeft_in_orde_en_code_0_met_voortgang_op_standaardfout()
    {
        using var database = new CliDatabase();
        await VulAsync(database, 25);

        var uitkomst = await database.VoerUitAsync("audit", "controleer");

        Assert.Equal(CliProgramma.Gelukt, uitkomst.Code);
        var totaal = await InScopeAsync(database, db => db.AuditTrail.Where(r => r.Details == "Controle gestart (commandoregel)").Select(r => r.Volgnummer).SingleAsync());
        Assert.Equal($"In orde. Alle {totaal} regels zijn ongewijzigd.", uitkomst.Uit.Trim());
        Assert.Contains($"Regels gecontroleerd: {totaal}/{totaal} (100%)", uitkomst.Fout, StringComparison.Ordinal);

        // The start and the outcome are in the trail, and the trail with them is still one intact chain.
        var uitkomstregel = await InScopeAsync(database, db => db.AuditTrail.Where(r => r.Onderwerp == AuditKeten.Onderwerp).OrderBy(r => r.Volgnummer).Skip(1).SingleAsync());
        Assert.True(uitkomstregel.Geslaagd);
        Assert.Contains($"In orde. Alle {totaal} regels zijn ongewijzigd.", uitkomstregel.Details, StringComparison.Ordinal);
        Assert.Equal(CliProgramma.Gelukt, (await database.VoerUitAsync("audit", "controleer")).Code);
    }

    [Fact]
    public async Task Een_gewijzigde_regel_geeft_niet_in_orde_met_de_regel_en_code_1()
    {
        using var database = new CliDatabase();
        var tweede = (await VulAsync(database, 5))[1];
        await WijzigAsync(database, $"UPDATE AuditTrail SET GebruikerNaam = 'Niemand' WHERE Volgnummer = {tweede}");

        var uitkomst = await database.VoerUitAsync("audit", "controleer");

        Assert.Equal(CliProgramma.Mislukt, uitkomst.Code);
        Assert.Equal($"Niet in orde. Regel {tweede} is gewijzigd na het vastleggen. Gecontroleerd tot en met regel {tweede - 1}.", uitkomst.Uit.Trim());
        var uitkomstregel = await InScopeAsync(database, db => db.AuditTrail.Where(r => r.Onderwerp == AuditKeten.Onderwerp).OrderBy(r => r.Volgnummer).Skip(1).SingleAsync());
        Assert.False(uitkomstregel.Geslaagd);
    }

    [Fact]
    public async Task Een_verwijderde_regel_geeft_code_1()
    {
        using var database = new CliDatabase();
        var regels = await VulAsync(database, 5);
        await WijzigAsync(database, $"DELETE FROM AuditTrail WHERE Volgnummer = {regels[2]}");

        var uitkomst = await database.VoerUitAsync("audit", "controleer");

        Assert.Equal(CliProgramma.Mislukt, uitkomst.Code);
        Assert.StartsWith($"Niet in orde. Regel {regels[2]} ontbreekt (verwijderd of verplaatst).", uitkomst.Uit, StringComparison.Ordinal);
    }

    /// <summary>Appends <paramref name="aantal"/> reads to the trail of a migrated database; returns their numbers.</summary>
    private static async Task<List<long>> VulAsync(CliDatabase database, int aantal)
    {
        Assert.Equal(CliProgramma.Gelukt, (await database.VoerUitAsync("termijn", "onderzoek", "2026-03-02")).Code);
        return await InScopeAsync(database, async db =>
        {
            for (var i = 0; i < aantal; i++)
            {
                await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", $"h{i}", Guid.NewGuid()));
            }

            return await db.AuditTrail.Where(r => r.Onderwerp == "Huishouden").OrderBy(r => r.Volgnummer).Select(r => r.Volgnummer).ToListAsync();
        });
    }

    private static async Task WijzigAsync(CliDatabase database, string sql)
    {
        await using (var verbinding = new SqliteConnection($"Data Source={database.Bestand}"))
        {
            await verbinding.OpenAsync();
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = sql;
            Assert.Equal(1, await opdracht.ExecuteNonQueryAsync());
        }

        SqliteConnection.ClearAllPools();
    }

    private static async Task<T> InScopeAsync<T>(CliDatabase database, Func<WmoDbContext, Task<T>> werk)
    {
        await using var services = (ServiceProvider)CliHost.Bouw(database.Instellingen);
        await using var scope = services.CreateAsyncScope();
        return await werk(scope.ServiceProvider.GetRequiredService<WmoDbContext>());
    }
}
