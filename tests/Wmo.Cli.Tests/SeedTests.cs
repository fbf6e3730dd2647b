using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Cli.Tests.Support;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;

namespace Wmo.Cli.Tests;

/// <summary>The scale seeder (issue 15) writes data the portal can read back, consistent with the domain and the audit chain.</summary>
public sealed class SeedTests
{
    [Fact]
    public async Task Seed_vult_een_lege_database_met_consistente_dossiers_in_elke_status()
    {
        using var database = new CliDatabase();

        var uitkomst = await database.VoerUitAsync("seed", "--scale", "klein");

        Assert.True(uitkomst.Code == CliProgramma.Gelukt, uitkomst.Fout);
        Assert.Contains("Schaal klein:", uitkomst.Uit, StringComparison.Ordinal);
        await using var services = (ServiceProvider)CliHost.Bouw(database.Instellingen);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();

        // Every aggregate reads back through EF (owned collections, complex and converted columns as EF writes them).
        var vragen = await db.Ondersteuningsvragen.AsNoTracking().ToListAsync();
        Assert.Equal(1_800, vragen.Count);
        Assert.All(Enum.GetValues<VraagStatus>(), s => Assert.Contains(vragen, v => v.Status == s));
        Assert.All(vragen.Where(v => v.Status != VraagStatus.Gemeld && v.Afsluitreden != Afsluitreden.InwonerZietAf), v => Assert.NotEmpty(v.Gesprekken));
        var huishoudens = await db.Huishoudens.AsNoTracking().ToListAsync();
        Assert.Equal(900, huishoudens.Count);
        Assert.Equal(1_200, huishoudens.Sum(h => h.Lidmaatschappen.Count));
        Assert.Contains(huishoudens, h => h.Mantelzorgers.Count > 0);
        Assert.All(huishoudens.Where(h => h.ActiefPlanId is not null), h => Assert.NotNull(h.RegievoerderId));
        Assert.Equal(await db.Adviezen.CountAsync(a => a.Toetsingen.Any(t => t.Uitkomst == Wmo.Domain.Besluiten.ToetsUitkomst.Goedkeuren)),
            await db.Beschikkingen.CountAsync() + vragen.Count(v => v.Status == VraagStatus.Getoetst));
        Assert.Empty(await db.Database.SqlQueryRaw<string>("SELECT \"table\" AS Value FROM pragma_foreign_key_check").ToListAsync());

        // Every submitted advies carries its vraag's aanvraagdatum (the toetser's queue sorts on it, issue 15).
        Assert.Contains(vragen, v => v.Status == VraagStatus.AdviesIngediend);
        Assert.Equal(0, await db.Adviezen.CountAsync(a => a.Status != Wmo.Domain.Besluiten.AdviesStatus.Concept
            && (a.Aanvraagdatum == null || a.Aanvraagdatum != db.Ondersteuningsvragen.Where(v => v.Id == a.VraagId).Select(v => v.Aanvraagdatum).FirstOrDefault())));

        // Toewijzingen for the toekenningen in natura, started and stopped by the aanbieder as the dates say; every one went
        // out in a WMO301 made by the real export (schema-valid), and the abonnementstarief went to the CAK month by month.
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);
        var toewijzingen = await db.Toewijzingen.AsNoTracking().ToListAsync();
        Assert.NotEmpty(toewijzingen);
        Assert.Contains(toewijzingen, t => t.IsActueelOp(vandaag) && t.IsGestart);
        Assert.Contains(toewijzingen, t => t.IsBeeindigd);
        Assert.All(toewijzingen, t => Assert.False(t.MoetVerstuurdWorden));
        Assert.All(toewijzingen.Where(t => t.IsGestart), t => Assert.True(t.Begindatum >= t.Ingangsdatum && t.Begindatum <= vandaag));
        var metBericht = await db.IwmoBerichten.AsNoTracking().Where(b => b.Berichtsoort == "WMO301").Select(b => b.InwonerId).Distinct().ToListAsync();
        Assert.All(toewijzingen.Where(t => t.IsActueelOp(vandaag)), t => Assert.Contains(t.InwonerId, metBericht));
        Assert.Equal(toewijzingen.Max(t => t.Nummer.Value), await db.Nummerreeksen.Where(n => n.Naam == "TOEWIJZING").Select(n => n.Laatste).SingleAsync());
        Assert.True(await db.CakAanleveringen.CountAsync() >= 1);

        // The caseload index the seeder writes itself (without the change tracker, so without CaseloadOnderhoud) holds exactly
        // the rows the migration's SQL builds from the vragen, households and memberships (issue 15, twelfth round).
        const string Huishoudenrijen = "SELECT \"SleutelId\" || '/' || \"HuishoudenId\" || '/' || \"MetLegacyBeschikking\" AS Value FROM \"CaseloadHuishoudens\" ORDER BY 1";
        const string Ledenrijen = "SELECT \"SleutelId\" || '/' || \"HuishoudenId\" || '/' || \"InwonerId\" || '/' || \"ZoekAchternaam\" || '/' || \"Voornamen\" AS Value FROM \"CaseloadLeden\" ORDER BY 1";
        await using (var transactie = await db.Database.BeginTransactionAsync())
        {
            var geseedHuishoudens = await db.Database.SqlQueryRaw<string>(Huishoudenrijen).ToListAsync();
            var geseedLeden = await db.Database.SqlQueryRaw<string>(Ledenrijen).ToListAsync();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"CaseloadLeden\"; DELETE FROM \"CaseloadHuishoudens\";");
            foreach (var opdracht in CaseloadSql.OpnieuwOpbouwen(sqlServer: false))
            {
                await db.Database.ExecuteSqlRawAsync(opdracht);
            }

            Assert.True(geseedHuishoudens.Count >= 900, $"{geseedHuishoudens.Count} rijen in CaseloadHuishoudens");
            Assert.Contains(geseedHuishoudens, r => r.EndsWith("/1", StringComparison.Ordinal));
            Assert.Equal(await db.Database.SqlQueryRaw<string>(Huishoudenrijen).ToListAsync(), geseedHuishoudens);
            Assert.Equal(await db.Database.SqlQueryRaw<string>(Ledenrijen).ToListAsync(), geseedLeden);
            await transactie.RollbackAsync();
        }

        // The audit trail continues the hash chain of the empty database and is intact.
        var keten = await AuditKeten.ControleerAsync(db);
        Assert.True(keten.IsIntact, keten.Uitleg);
        Assert.Equal(await db.AuditTrail.LongCountAsync(), keten.AantalGecontroleerd);
        Assert.True(keten.AantalGecontroleerd > vragen.Count);

        // The demo accounts can sign in with the demo password, and the demo sociaal werker has a large caseload.
        var fatima = await db.Users.SingleAsync(u => u.UserName == "fatima.elamrani");
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Gebruiker>().VerifyHashedPassword(fatima, fatima.PasswordHash!, DemoSeeder.DemoWachtwoord));
        Assert.True(await db.Ondersteuningsvragen.CountAsync(v => v.BehandelaarId == fatima.Id && v.Status != VraagStatus.Afgesloten && v.Status != VraagStatus.Beschikt) >= 20);
        Assert.Equal(DemoSeeder.Accounts.Count, await db.Users.CountAsync(u => DemoSeeder.Accounts.Select(a => a.Gebruikersnaam).Contains(u.UserName!)));
    }

    [Fact]
    public async Task Seed_weigert_een_database_die_al_een_gemeente_bevat()
    {
        using var database = new CliDatabase();
        Assert.Equal(CliProgramma.Gelukt, (await database.VoerUitAsync("seed", "--scale", "klein")).Code);

        var tweede = await database.VoerUitAsync("seed", "--scale", "klein");

        Assert.Equal(CliProgramma.Mislukt, tweede.Code);
        Assert.Contains("niet leeg", tweede.Fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_met_een_onbekende_schaal_noemt_de_schalen()
    {
        using var database = new CliDatabase();

        var uitkomst = await database.VoerUitAsync("seed", "--scale", "utrecht");

        Assert.Equal(CliProgramma.VerkeerdGebruik, uitkomst.Code);
        Assert.Contains("leeuwarden", uitkomst.Fout, StringComparison.Ordinal);
        Assert.Contains("amsterdam", uitkomst.Fout, StringComparison.Ordinal);
    }
}
