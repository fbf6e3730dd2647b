using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wmo.Cli.Opdrachten;
using Wmo.Cli.Tests.Support;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Cli.Tests;

/// <summary><c>wmo beheerder aanmaken</c>: the first beheerder of a Production installation, without demo data (issue 9).</summary>
public sealed class BeheerderAanmakenTests
{
    private const string Wachtwoord = "Paarse-Fiets-Onder-De-Brug-42";

    [Fact]
    public async Task Maakt_een_beheerder_met_het_wachtwoord_van_standaardinvoer_en_weigert_een_tweede_met_dezelfde_naam()
    {
        using var db = new CliDatabase { Invoer = Wachtwoord + "\n" };

        var uitkomst = await db.VoerUitAsync("beheerder", "aanmaken", "eerste.beheerder", "--naam", "Eerste Beheerder", "--gemeente", "Gemeente Proefdorp");

        Assert.True(uitkomst.Code == CliProgramma.Gelukt, uitkomst.Fout);
        Assert.DoesNotContain(Wachtwoord, uitkomst.Uit, StringComparison.Ordinal);
        await using (var context = Context(db))
        {
            var gebruiker = await context.Users.SingleAsync(u => u.UserName == "eerste.beheerder");
            Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Gebruiker>().VerifyHashedPassword(gebruiker, gebruiker.PasswordHash!, Wachtwoord));
            Assert.Equal("Eerste Beheerder", gebruiker.Naam);
            var rol = await context.UserRoles.Where(r => r.UserId == gebruiker.Id).Join(context.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync();
            Assert.Equal(Rollen.Beheerder, rol);
            Assert.Equal("Gemeente Proefdorp", await context.Organisaties.Where(o => o.Id == gebruiker.OrganisatieId).Select(o => o.Naam).SingleAsync());
            Assert.True(await context.AuditTrail.AnyAsync(a => a.Onderwerp == "Gebruiker" && a.OnderwerpId == gebruiker.Id.ToString()));
        }

        var nogmaals = await db.VoerUitAsync("beheerder", "aanmaken", "eerste.beheerder", "--naam", "Iemand", "--gemeente", "Gemeente Proefdorp");
        Assert.Equal(CliProgramma.Mislukt, nogmaals.Code);
        Assert.Contains("al in gebruik", nogmaals.Fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_wachtwoord_kan_uit_de_omgeving_komen_en_volgt_het_wachtwoordbeleid_van_het_portaal()
    {
        using var db = new CliDatabase();
        db.Omgeving[BeheerderAanmakenOpdracht.WachtwoordVariabele] = "kort";

        var zwak = await db.VoerUitAsync("beheerder", "aanmaken", "tweede.beheerder", "--naam", "Tweede Beheerder", "--gemeente", "Gemeente Proefdorp");

        Assert.Equal(CliProgramma.Mislukt, zwak.Code);
        Assert.Contains("minstens 12 tekens", zwak.Fout, StringComparison.Ordinal);
        await using (var context = Context(db))
        {
            // Nothing half saved: also the gemeente is not there.
            Assert.False(await context.Users.AnyAsync());
            Assert.False(await context.Organisaties.AnyAsync());
        }

        db.Omgeving[BeheerderAanmakenOpdracht.WachtwoordVariabele] = Wachtwoord;
        var sterk = await db.VoerUitAsync("beheerder", "aanmaken", "tweede.beheerder", "--naam", "Tweede Beheerder", "--gemeente", "Gemeente Proefdorp");
        Assert.True(sterk.Code == CliProgramma.Gelukt, sterk.Fout);
    }

    [Fact]
    public async Task Een_veelgebruikt_of_gelekt_wachtwoord_wordt_geweigerd()
    {
        using var db = new CliDatabase { Invoer = "Wachtwoord1234\n" };

        var uitkomst = await db.VoerUitAsync("beheerder", "aanmaken", "vierde.beheerder", "--naam", "Vierde", "--gemeente", "Gemeente Proefdorp");

        Assert.Equal(CliProgramma.Mislukt, uitkomst.Code);
        Assert.Contains(Wmo.Infrastructure.Identity.VeelgebruiktWachtwoordValidator.Melding, uitkomst.Fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_wachtwoord_als_argument_of_zonder_wachtwoord_wordt_geweigerd()
    {
        using var db = new CliDatabase();

        var alsArgument = await db.VoerUitAsync("beheerder", "aanmaken", "derde.beheerder", "--naam", "Derde", "--gemeente", "Gemeente Proefdorp", "--wachtwoord", Wachtwoord);
        var zonder = await db.VoerUitAsync("beheerder", "aanmaken", "derde.beheerder", "--naam", "Derde", "--gemeente", "Gemeente Proefdorp");

        Assert.Equal(CliProgramma.VerkeerdGebruik, alsArgument.Code);
        Assert.Equal(CliProgramma.VerkeerdGebruik, zonder.Code);
        Assert.Contains(BeheerderAanmakenOpdracht.WachtwoordVariabele, zonder.Fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_help_is_Nederlands_en_noemt_standaardinvoer()
    {
        using var db = new CliDatabase();

        var hulp = await db.VoerUitAsync("beheerder", "aanmaken", "--help");

        Assert.Equal(CliProgramma.Gelukt, hulp.Code);
        Assert.Contains("standaardinvoer", hulp.Uit, StringComparison.Ordinal);
        Assert.Contains("--gemeente <naam>", hulp.Uit, StringComparison.Ordinal);
        Assert.Contains("(verplicht)", hulp.Uit, StringComparison.Ordinal);
    }

    private static WmoDbContext Context(CliDatabase db) =>
        new(new DbContextOptionsBuilder<WmoDbContext>().UseSqlite($"Data Source={db.Bestand}").Options);
}
