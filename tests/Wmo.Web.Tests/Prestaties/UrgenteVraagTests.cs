using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15: the werkvoorraad sorts and filters on <see cref="Ondersteuningsvraag.IsUrgent"/> on the vraag's own row. The
/// migration that added the column fills it for existing vragen from their first contact's signal.
/// </summary>
public sealed class UrgenteVraagTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private const string MigratieVoorUrgent = "20261202092801_Prestaties_CaseloadEnBewaartermijn";

    [Fact]
    public async Task De_migratie_zet_bestaande_vragen_uit_een_signaal_op_urgent()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var spoedContact = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Migratie Spoed", Veiligheidssignaal.HuiselijkGeweld);
        var gewoonContact = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Migratie Gewoon");
        var spoed = await IntakeHulp.PakOpAsync(fatima, spoedContact, TestBsn.Nieuw(), "Migratiespoed");
        var gewoon = await IntakeHulp.PakOpAsync(fatima, gewoonContact, TestBsn.Nieuw(), "Migratiegewoon");
        Assert.True((await IntakeHulp.VraagAsync(factory, spoed)).IsUrgent);
        Assert.False((await IntakeHulp.VraagAsync(factory, gewoon)).IsUrgent);

        // Back to the schema before the column, and forward again: the flags come from the contacts, not from before.
        var kolommenTussendoor = await factory.InScopeAsync(async diensten =>
        {
            var db = diensten.GetRequiredService<WmoDbContext>();
            var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
            await migrator.MigrateAsync(MigratieVoorUrgent);
            var kolommen = await KolommenAsync(db);
            await migrator.MigrateAsync();
            return kolommen;
        });
        Assert.DoesNotContain("IsUrgent", kolommenTussendoor);

        Assert.True((await IntakeHulp.VraagAsync(factory, spoed)).IsUrgent);
        Assert.False((await IntakeHulp.VraagAsync(factory, gewoon)).IsUrgent);
        var alleenSpoed = await fatima.GetHtmlAsync("/Werkvoorraad?AlleenUrgent=true");
        Assert.Contains("Migratiespoed", alleenSpoed, StringComparison.Ordinal);
        Assert.DoesNotContain("Migratiegewoon", alleenSpoed, StringComparison.Ordinal);
    }

    private static async Task<List<string>> KolommenAsync(WmoDbContext db) =>
        await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM pragma_table_info('Ondersteuningsvragen')").ToListAsync();
}
