using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Besluiten;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Persistence;

/// <summary>
/// The portal on SQLite with a retrying execution strategy, like SQL Server's <c>EnableRetryOnFailure</c>: a
/// transaction opened outside the strategy would be refused, and a transient failure makes the strategy run the
/// whole step again.
/// </summary>
public sealed class HerhalendeStrategieFactory : WmoWebApplicationFactory
{
    public EenmaligeCommitFout Fout { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<WmoDbContext>(options =>
        {
            options.UseSqlite(sqlite => sqlite.ExecutionStrategy(d => new HerhalendeStrategie(d)));
            options.AddInterceptors(Fout);
        }));
    }
}

/// <summary>Retries on <see cref="TijdelijkeFout"/> only, as a SQL Server strategy retries on a transient error.</summary>
public sealed class HerhalendeStrategie(ExecutionStrategyDependencies dependencies) : ExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromMilliseconds(10))
{
    protected override bool ShouldRetryOn(Exception exception) => exception is TijdelijkeFout;
}

public sealed class TijdelijkeFout() : Exception("Tijdelijke fout (test): de verbinding viel weg vóór de commit.");

/// <summary>When armed, the next commit fails once with a <see cref="TijdelijkeFout"/>; the transaction rolls back.</summary>
public sealed class EenmaligeCommitFout : DbTransactionInterceptor
{
    private int _gewapend;

    public int Fouten { get; private set; }

    public void Wapen() => Interlocked.Exchange(ref _gewapend, 1);

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _gewapend, 0) == 1)
        {
            Fouten++;
            throw new TijdelijkeFout();
        }

        return base.TransactionCommittingAsync(transaction, eventData, result, cancellationToken);
    }
}

public sealed class TransactieTests(HerhalendeStrategieFactory factory) : IClassFixture<HerhalendeStrategieFactory>
{
    [Fact]
    public async Task Toetsing_met_een_herhalende_strategie_geeft_na_een_tijdelijke_fout_precies_een_beschikking_af()
    {
        var advies = await Dossiers.IngediendAdviesAsync(factory, "Herhaling");
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");
        var url = $"/Toetsing/Advies/{advies.AdviesId}";
        var versie = System.Text.RegularExpressions.Regex.Match(await client.GetHtmlAsync(url), "id=\"Versie\" name=\"Versie\" value=\"([^\"]*)\"").Groups[1].Value;
        var velden = Dossiers.Formulier("Goedkeuren");
        velden["Versie"] = versie;

        var foutenVooraf = factory.Fout.Fouten;
        factory.Fout.Wapen();
        var response = await client.PostFormAsync(url, velden);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var beschikkingId = Guid.Parse(response.Headers.Location!.ToString()["/Toetsing/Beschikking/".Length..]);

        Assert.Equal(foutenVooraf + 1, factory.Fout.Fouten);
        var beschikkingen = await factory.LeesAsync(db => db.Beschikkingen.Where(b => b.VraagId == advies.VraagId).ToListAsync());
        var beschikking = Assert.Single(beschikkingen);
        Assert.Equal(beschikkingId, beschikking.Id);
        var vraag = await factory.LeesAsync(db => db.Ondersteuningsvragen.SingleAsync(v => v.Id == advies.VraagId));
        Assert.Equal(VraagStatus.Beschikt, vraag.Status);
        Assert.Equal(beschikkingId, vraag.BeschikkingId);
        var opgeslagen = await factory.LeesAsync(db => db.Adviezen.SingleAsync(a => a.Id == advies.AdviesId));
        Assert.Single(opgeslagen.Toetsingen);

        // The rolled-back attempt drew no number: the reeks has no gap.
        var reeks = await factory.LeesAsync(db => db.Nummerreeksen.SingleAsync(n => n.Naam == AdviesToetsen.Nummerreeks));
        Assert.EndsWith($"{reeks.Laatste:D6}", beschikking.Nummer, StringComparison.Ordinal);
        Assert.Equal(await factory.LeesAsync(db => db.Beschikkingen.CountAsync()), reeks.Laatste);
    }

    [Fact]
    public async Task Gebruiker_aanmaken_wijzigen_en_deactiveren_werken_met_een_herhalende_strategie()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var organisatie = await factory.LeesAsync(db => db.Organisaties.Where(o => o.Soort == Wmo.Domain.Organisaties.OrganisatieSoort.Basisondersteuning).Select(o => o.Id).FirstAsync());
        var buurtkamer = await factory.LeesAsync(db => db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync());

        var nieuw = await ingrid.PostFormAsync("/Beheer/Gebruikers/Nieuw", new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = "herhaal.collega", ["Naam"] = "Herhaal Collega", ["Rol"] = "SociaalWerker",
            ["OrganisatieId"] = organisatie.ToString(), ["Wachtwoord"] = "Een-Lang-Uniek-Wachtwoord-42", ["BuurtkamerIds"] = buurtkamer.ToString(),
        });
        Assert.True(nieuw.StatusCode == System.Net.HttpStatusCode.Redirect, await nieuw.Content.ReadAsStringAsync());

        var id = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "herhaal.collega").Select(u => u.Id).SingleAsync());
        var formulier = await ingrid.GetHtmlAsync($"/Beheer/Gebruikers/{id}/Wijzigen");
        var stempel = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"ConcurrencyStamp\" value=\"([^\"]*)\"").Groups[1].Value;
        factory.Fout.Wapen();
        var gewijzigd = await ingrid.PostFormAsync($"/Beheer/Gebruikers/{id}/Wijzigen", new Dictionary<string, string>
        {
            ["Naam"] = "Herhaal Collega (gewijzigd)", ["Rol"] = "Vrijwilliger", ["OrganisatieId"] = organisatie.ToString(),
            ["BuurtkamerIds"] = buurtkamer.ToString(), ["ConcurrencyStamp"] = stempel,
        });
        Assert.True(gewijzigd.StatusCode == System.Net.HttpStatusCode.Redirect, await gewijzigd.Content.ReadAsStringAsync());
        var deactiveren = await ingrid.PostFormAsync($"/Beheer/Gebruikers/{id}/Deactiveren", new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, deactiveren.StatusCode);

        var opgeslagen = await factory.LeesAsync(db => db.Users.SingleAsync(u => u.Id == id));
        Assert.Equal("Herhaal Collega (gewijzigd)", opgeslagen.Naam);
        Assert.False(opgeslagen.IsActief);
        var rollen = await factory.LeesAsync(db => db.UserRoles.Where(r => r.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal(["Vrijwilliger"], rollen);
    }

    [Fact]
    public async Task Een_losse_opslag_gaat_na_een_tijdelijke_fout_bij_de_commit_niet_verloren()
    {
        var bsn = TestBsn.Nieuw();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            db.Add(new Wmo.Domain.Huishoudens.Inwoner(Wmo.Domain.ValueObjects.Bsn.Parse(bsn), "Tijdelijk", "Fout", new DateOnly(1970, 1, 1),
                new Wmo.Domain.Huishoudens.Adres("Vlietsingel", 1, null, Wmo.Domain.ValueObjects.Postcode.Parse("8913 AB"), "Leeuwarden")));
            factory.Fout.Wapen();
            await db.SaveChangesAsync();
            return true;
        });

        var parsed = Wmo.Domain.ValueObjects.Bsn.Parse(bsn);
        Assert.True(await factory.LeesAsync(db => db.Inwoners.AnyAsync(i => i.Bsn == parsed)));
        Assert.True(await factory.LeesAsync(db => db.AuditTrail.AnyAsync(a => a.Onderwerp == "Inwoner" && a.Actie == Wmo.Infrastructure.Audit.AuditActie.Aanmaken)));
    }

    [Fact]
    public async Task InTransactie_werkt_met_een_herhalende_strategie_waar_een_losse_transactie_wordt_geweigerd()
    {
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            // A transaction opened outside the strategy is refused as soon as something is saved in it.
            await using (await db.Database.BeginTransactionAsync())
            {
                db.LegVast(new Wmo.Infrastructure.Audit.AuditGebeurtenis(Wmo.Infrastructure.Audit.AuditActie.Inzien, "Test", "los"));
                var fout = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
                Assert.Contains("user-initiated transactions", fout.Message, StringComparison.Ordinal);
            }

            db.BeginOpnieuw();

            var pogingen = 0;
            factory.Fout.Wapen();
            var aantal = await db.InTransactieAsync(async ct =>
            {
                pogingen++;
                db.LegVast(new Wmo.Infrastructure.Audit.AuditGebeurtenis(Wmo.Infrastructure.Audit.AuditActie.Inzien, "Test", "transactie"));
                await db.SaveChangesAsync(ct);
                return await db.AuditTrail.CountAsync(a => a.Onderwerp == "Test", ct);
            });

            Assert.Equal(2, pogingen);
            Assert.Equal(1, aantal);
            return true;
        });
    }
}
