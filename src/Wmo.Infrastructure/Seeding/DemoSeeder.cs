using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Organisaties;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Seeding;

/// <summary>
/// Fills an empty database with a demo gemeente: wijken and dorpen, buurt-/dorpskamers, organisations
/// and one or more accounts for every role. Runs only in the Development environment.
/// </summary>
public sealed class DemoSeeder(WmoDbContext db, UserManager<Gebruiker> users, IUserStore<Gebruiker> store)
{
    /// <summary>The one password of every demo account (at least 12 characters, as the policy requires).</summary>
    public const string DemoWachtwoord = "Demo-Wmo-2026!";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("anna.devries", "Anna de Vries", Rollen.Vrijwilliger, "Vrijwilligerscentrale Leeuwarden", ["Buurtkamer Oost"]),
        new("henk.visser", "Henk Visser", Rollen.Vrijwilliger, "Vrijwilligerscentrale Leeuwarden", ["Dorpskamer Stiens"]),
        new("fatima.elamrani", "Fatima el Amrani", Rollen.SociaalWerker, "Basisteam Leeuwarden", ["Buurtkamer Oost", "Buurtkamer Vrijheidswijk"]),
        new("jeroen.bakker", "Jeroen Bakker", Rollen.SociaalWerker, "Basisteam Leeuwarden", ["Dorpskamer Stiens", "Dorpskamer Grou"]),
        new("marieke.hoekstra", "Marieke Hoekstra", Rollen.Toetser, "Gemeente Leeuwarden", [], "MARIEKEHOEKSTRAWMODEMOSLEUTEL234"),
        new("sjoerd.dijkstra", "Sjoerd Dijkstra", Rollen.Toetser, "Gemeente Leeuwarden", [], "SJOERDDIJKSTRAWMODEMOSLEUTEL2345"),
        new("ingrid.postma", "Ingrid Postma", Rollen.Beheerder, "Gemeente Leeuwarden", [], "INGRIDPOSTMAWMODEMOSLEUTEL234567"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Organisaties.AnyAsync(cancellationToken))
        {
            return;
        }

        var organisaties = new[]
        {
            new Organisatie("Gemeente Leeuwarden", OrganisatieSoort.Gemeente),
            new Organisatie("Basisteam Leeuwarden", OrganisatieSoort.Basisondersteuning, "75751234"),
            new Organisatie("Vrijwilligerscentrale Leeuwarden", OrganisatieSoort.Vrijwilligersorganisatie),
            new Organisatie("Zorggroep Noord", OrganisatieSoort.Aanbieder, "75759876"),
            new Organisatie("Thuishulp Friesland", OrganisatieSoort.Aanbieder, "75754321"),
        };
        db.Organisaties.AddRange(organisaties);

        var wijken = new Dictionary<string, Wijk>
        {
            ["Oost"] = new("Oost", isDorp: false),
            ["Vrijheidswijk"] = new("Vrijheidswijk", isDorp: false),
            ["Bilgaard"] = new("Bilgaard", isDorp: false),
            ["Stiens"] = new("Stiens", isDorp: true),
            ["Grou"] = new("Grou", isDorp: true),
        };
        db.Wijken.AddRange(wijken.Values);

        var buurtkamers = new[]
        {
            new Buurtkamer("Buurtkamer Oost", wijken["Oost"].Id, "Vlietsingel 12, 8913 AB Leeuwarden"),
            new Buurtkamer("Buurtkamer Vrijheidswijk", wijken["Vrijheidswijk"].Id, "Aldlânsdyk 40, 8924 CE Leeuwarden"),
            new Buurtkamer("Buurtkamer Bilgaard", wijken["Bilgaard"].Id, "Valeriusstraat 3, 8932 AA Leeuwarden"),
            new Buurtkamer("Dorpskamer Stiens", wijken["Stiens"].Id, "Hegebrechtswei 1, 9051 BA Stiens"),
            new Buurtkamer("Dorpskamer Grou", wijken["Grou"].Id, "Halbertsma's Plein 5, 9001 AB Grou"),
        };
        db.Buurtkamers.AddRange(buurtkamers);
        db.Begrotingsjaren.Add(DemoLumpsum(organisaties));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var account in Accounts)
        {
            var gebruiker = new Gebruiker
            {
                UserName = account.Gebruikersnaam,
                Email = $"{account.Gebruikersnaam}@demo.wmo.invalid",
                EmailConfirmed = true,
                Naam = account.Naam,
                OrganisatieId = organisaties.Single(o => o.Naam == account.Organisatie).Id,
                LockoutEnabled = true,
            };
            foreach (var naam in account.Buurtkamers)
            {
                gebruiker.Buurtkamers.Add(new GebruikerBuurtkamer { BuurtkamerId = buurtkamers.Single(b => b.Naam == naam).Id });
            }

            EnsureSucceeded(await users.CreateAsync(gebruiker, DemoWachtwoord), account.Gebruikersnaam);
            EnsureSucceeded(await users.AddToRoleAsync(gebruiker, account.Rol), account.Gebruikersnaam);
            if (account.AuthenticatorSleutel is { } sleutel && store is IUserAuthenticatorKeyStore<Gebruiker> sleutels)
            {
                await sleutels.SetAuthenticatorKeyAsync(gebruiker, sleutel, cancellationToken);
                EnsureSucceeded(await users.SetTwoFactorEnabledAsync(gebruiker, true), account.Gebruikersnaam);
            }
        }
    }

    /// <summary>Lumpsum 2026 with the demo parties, two TO&amp;DB parts unallocated and realisation with a missing month.</summary>
    private static Begrotingsjaar DemoLumpsum(IReadOnlyList<Organisatie> organisaties)
    {
        var jaar = new Begrotingsjaar(2026, 12_500_000m, new Dictionary<Perceel, decimal>
        {
            [Perceel.Basisondersteuning] = 7_200_000m,
            [Perceel.ThuisondersteuningEnDagbesteding] = 3_500_000m,
            [Perceel.HulpBijHetHuishouden] = 1_600_000m,
            [Perceel.KortdurendVerblijf] = 200_000m,
        }, PerceelInstelling.Leeuwarden);
        var heelJaar = new Periode(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        Guid Id(string naam) => organisaties.Single(o => o.Naam == naam).Id;
        jaar.Contracteer(Id("Basisteam Leeuwarden"), Perceel.Basisondersteuning, ContractRol.Hoofdaanbieder, heelJaar);
        jaar.Contracteer(Id("Zorggroep Noord"), Perceel.ThuisondersteuningEnDagbesteding, ContractRol.Hoofdaanbieder, heelJaar);
        jaar.Contracteer(Id("Thuishulp Friesland"), Perceel.HulpBijHetHuishouden, ContractRol.Hoofdaanbieder, heelJaar);
        jaar.Contracteer(Id("Basisteam Leeuwarden"), Perceel.ThuisondersteuningEnDagbesteding, ContractRol.Onderaannemer, heelJaar);
        foreach (var maand in new[] { 1, 2, 3, 5, 6, 7, 8, 9, 10 })
        {
            jaar.RegistreerUitgaven(Id("Basisteam Leeuwarden"), Perceel.Basisondersteuning, maand, 590_000m + (maand * 1_000m));
            jaar.RegistreerUitgaven(Id("Zorggroep Noord"), Perceel.ThuisondersteuningEnDagbesteding, maand, 140_000m);
            jaar.RegistreerUitgaven(Id("Thuishulp Friesland"), Perceel.HulpBijHetHuishouden, maand, 142_000m);
        }

        return jaar;
    }

    private static void EnsureSucceeded(IdentityResult result, string gebruikersnaam)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo-account {gebruikersnaam} kon niet worden aangemaakt: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
