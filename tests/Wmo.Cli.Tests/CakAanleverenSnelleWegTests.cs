using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.EigenBijdrage;
using Wmo.Cli.Tests.Support;
using Wmo.Domain.EigenBijdrage;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Cli.Tests;

/// <summary>
/// A CAK delivery is written without the change tracker on SQLite (issue 15: 70,000 regels per month in a large city). It
/// must write exactly what a tracked save wrote: the same rows, stored the same way, and the same audit entries in an
/// intact hash chain. Two copies of one seeded database deliver the same month, one through the use case, one as before.
/// </summary>
public sealed class CakAanleverenSnelleWegTests
{
    [Fact]
    public async Task Een_aanlevering_zonder_change_tracker_schrijft_dezelfde_regels_en_auditregels_als_een_getrackte_opslag()
    {
        using var snel = new CliDatabase();
        var seed = await snel.VoerUitAsync("seed", "--scale", "klein");
        Assert.True(seed.Code == CliProgramma.Gelukt, seed.Fout);
        SqliteConnection.ClearAllPools();
        using var getrackt = new CliDatabase();
        foreach (var bestand in Directory.GetFiles(snel.Map, "wmo.db*"))
        {
            File.Copy(bestand, Path.Combine(getrackt.Map, Path.GetFileName(bestand)));
        }

        // The seed delivered the twelve months before this one; the thirteenth is a first (full) delivery.
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);
        var dag = vandaag.AddMonths(-13);
        var maand = new Heffingsmaand(dag.Year, dag.Month);
        var vanaf = await InScopeAsync(snel, db => db.AuditTrail.MaxAsync(a => a.Volgnummer));
        Assert.Equal(vanaf, await InScopeAsync(getrackt, db => db.AuditTrail.MaxAsync(a => a.Volgnummer)));

        var resultaat = await InScopeAsync(snel, (db, sp) => sp.GetRequiredService<CakAanleveren>().LeverAanAsync(maand, doorId: null));
        Assert.True(resultaat.IsGeslaagd);
        Assert.True(resultaat.Bestand!.AantalRegels > 100, $"te weinig regels om de bulkweg te toetsen: {resultaat.Bestand.AantalRegels}");

        // The same delivery as the use case saved it before: added to the change tracker and saved, audited by AuditVerzamelaar.
        await InScopeAsync(getrackt, (db, sp) => db.InTransactieAsync(async ct =>
        {
            var (huidig, vorig) = await sp.GetRequiredService<HeffingenBerekenen>().MetVorigeMaandAsync(maand, ct);
            var aanlevering = CakAanlevering.Maak(maand, huidig, vorig, [], vandaag, DateTimeOffset.UtcNow, doorId: null)!;
            db.CakAanleveringen.Add(aanlevering);
            await db.SaveChangesAsync(ct);
            return aanlevering.Regels.Count;
        }));

        var idSnel = await InScopeAsync(snel, db => db.CakAanleveringen.Where(a => a.Jaar == maand.Jaar && a.Maand == maand.Maand).Select(a => a.Id).SingleAsync());
        var idGetrackt = await InScopeAsync(getrackt, db => db.CakAanleveringen.Where(a => a.Jaar == maand.Jaar && a.Maand == maand.Maand).Select(a => a.Id).SingleAsync());

        // Every column as stored (value and SQLite storage class), in the order of the database-generated ids; only the new
        // aanlevering's own id and its moment differ.
        string[] anders = [idSnel.ToString(), idGetrackt.ToString()];
        var regelsSnel = await RijenAsync(snel, $"SELECT * FROM CakAanleveringRegels WHERE upper(CakAanleveringId) = upper('{idSnel}') ORDER BY Id", anders);
        Assert.Equal(resultaat.Bestand.AantalRegels, regelsSnel.Count);
        Assert.Equal(await RijenAsync(getrackt, $"SELECT * FROM CakAanleveringRegels WHERE upper(CakAanleveringId) = upper('{idGetrackt}') ORDER BY Id", anders), regelsSnel);
        Assert.Equal(
            await RijenAsync(getrackt, $"SELECT * FROM CakAanleveringen WHERE upper(Id) = upper('{idGetrackt}')", anders, "AangemaaktOp"),
            await RijenAsync(snel, $"SELECT * FROM CakAanleveringen WHERE upper(Id) = upper('{idSnel}')", anders, "AangemaaktOp"));

        // The same audit entries (the aanlevering and each regel as Aanmaken), plus the use case's own Exporteren.
        var auditSnel = await RijenAsync(snel, $"SELECT * FROM AuditTrail WHERE Volgnummer > {vanaf} AND Actie <> '{AuditActie.Exporteren}'", anders, "Volgnummer", "Moment", "Hash", "VorigeHash");
        var auditGetrackt = await RijenAsync(getrackt, $"SELECT * FROM AuditTrail WHERE Volgnummer > {vanaf}", anders, "Volgnummer", "Moment", "Hash", "VorigeHash");
        Assert.Equal(resultaat.Bestand.AantalRegels + 1, auditGetrackt.Count);
        Assert.Equal(auditGetrackt.Order(StringComparer.Ordinal), auditSnel.Order(StringComparer.Ordinal));
        Assert.Equal(1, await InScopeAsync(snel, db => db.AuditTrail.CountAsync(a => a.Volgnummer > vanaf && a.Actie == AuditActie.Exporteren)));

        foreach (var database in new[] { snel, getrackt })
        {
            var keten = await InScopeAsync(database, db => AuditKeten.ControleerAsync(db));
            Assert.True(keten.IsIntact, keten.Uitleg);
        }

        // A second delivery of the same month with nothing changed: nothing to deliver (the bulk rows read back as a delivery).
        var tweede = await InScopeAsync(snel, (db, sp) => sp.GetRequiredService<CakAanleveren>().LeverAanAsync(maand, doorId: null));
        Assert.True(tweede.GeenWijzigingen);
    }

    private static Task<T> InScopeAsync<T>(CliDatabase database, Func<WmoDbContext, Task<T>> werk) => InScopeAsync(database, (db, _) => werk(db));

    private static async Task<T> InScopeAsync<T>(CliDatabase database, Func<WmoDbContext, IServiceProvider, Task<T>> werk)
    {
        await using var services = (ServiceProvider)CliHost.Bouw(database.Instellingen);
        await using var scope = services.CreateAsyncScope();
        return await werk(scope.ServiceProvider.GetRequiredService<WmoDbContext>(), scope.ServiceProvider);
    }

    /// <summary>Each row as "column=storage class:value", with the values of <paramref name="weg"/> columns and the ids <paramref name="anders"/> masked.</summary>
    private static Task<List<string>> RijenAsync(CliDatabase database, string sql, string[] anders, params string[] weg) => InScopeAsync(database, async db =>
    {
        var verbinding = db.Database.GetDbConnection();
        await verbinding.OpenAsync();
        await using var commando = verbinding.CreateCommand();
        commando.CommandText = sql;
        await using DbDataReader lezer = await commando.ExecuteReaderAsync();
        var rijen = new List<string>();
        while (await lezer.ReadAsync())
        {
            var velden = new List<string>();
            for (var i = 0; i < lezer.FieldCount; i++)
            {
                var waarde = lezer.IsDBNull(i) ? "NULL" : Convert.ToString(lezer.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
                var soort = lezer.IsDBNull(i) ? "null" : lezer.GetValue(i).GetType().Name;
                if (weg.Contains(lezer.GetName(i)))
                {
                    waarde = "*";
                }

                foreach (var id in anders)
                {
                    waarde = waarde.Replace(id, "<aanlevering>", StringComparison.OrdinalIgnoreCase);
                }

                velden.Add($"{lezer.GetName(i)}={soort}:{waarde}");
            }

            rijen.Add(string.Join('|', velden));
        }

        return rijen;
    });
}
