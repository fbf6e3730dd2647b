using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Privacy;

/// <summary>
/// Issue 15, tenth round, over HTTP: dossier views are logged by group commit, and the page is shown only after its read is
/// committed (docs/privacy-en-beveiliging.md, "Inzage vastleggen"). That is the portal on SQL Server, or on SQLite with the
/// read journal off (<c>Database:SqliteInzageJournaal</c>); with the journal a read is acknowledged once it is journaled
/// (<see cref="InzageJournaalTests"/>).
/// </summary>
public sealed class InzageAuditGebundeldTests(InzageAuditGebundeldTests.StoringFactory factory) : IClassFixture<InzageAuditGebundeldTests.StoringFactory>
{
    [Fact]
    public async Task Veertig_gelijktijdige_dossierweergaven_van_twee_gebruikers_staan_allemaal_met_de_juiste_gebruiker_in_de_keten()
    {
        var fatimaHuishouden = await HuishoudenVanFatimaAsync("Bundelaar");
        var (_, jeroenHuishouden, _) = await IntakeHulp.DossierBijJeroenAsync(factory, "Bundelstra");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        using var jeroen = await IntakeHulp.InloggenAsync(factory, "jeroen.bakker");

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? fatima.Http.GetAsync(Dossier(fatimaHuishouden))
            : jeroen.Http.GetAsync(Dossier(jeroenHuishouden))));
        Assert.All(antwoorden, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));

        var (fatimaId, jeroenId) = await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Gebruiker>>();
            return ((await users.FindByNameAsync("fatima.elamrani"))!.Id, (await users.FindByNameAsync("jeroen.bakker"))!.Id);
        });
        var inzagen = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking()
            .Where(r => r.Actie == AuditActie.Inzien && r.Onderwerp == "Huishouden"
                && (r.OnderwerpId == fatimaHuishouden.ToString() || r.OnderwerpId == jeroenHuishouden.ToString()))
            .Select(r => new { r.OnderwerpId, r.GebruikerId }).ToListAsync());
        Assert.Equal(20, inzagen.Count(r => r.OnderwerpId == fatimaHuishouden.ToString() && r.GebruikerId == fatimaId));
        Assert.Equal(20, inzagen.Count(r => r.OnderwerpId == jeroenHuishouden.ToString() && r.GebruikerId == jeroenId));
        Assert.Equal(40, inzagen.Count);
        var keten = await factory.LeesAsync(db => AuditKeten.ControleerAsync(db));
        Assert.True(keten.IsIntact, keten.Uitleg);
    }

    [Fact]
    public async Task Het_dossier_komt_pas_terug_als_zijn_inzage_is_vastgelegd()
    {
        var huishouden = await HuishoudenVanFatimaAsync("Wachtstra");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        // Another writer (the CLI, a second instance) holds SQLite's write lock: the read cannot be committed yet, so the
        // page must not come back yet.
        Task<HttpResponseMessage> verzoek;
        await using (var slot = await Schrijfslot.NeemAsync(factory.DatabasePath))
        {
            verzoek = fatima.Http.GetAsync(Dossier(huishouden));
            await Task.WhenAny(verzoek, Task.Delay(TimeSpan.FromSeconds(1)));
            Assert.False(verzoek.IsCompleted, "het dossier kwam terug terwijl de inzage nog niet kon worden vastgelegd");
            await slot.LaatLosAsync();
        }

        using var antwoord = await verzoek;
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);

        // Read through a connection of its own, right after the response: the row is committed.
        await using var lezer = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = factory.DatabasePath, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await lezer.OpenAsync();
        await using var tel = lezer.CreateCommand();
        tel.CommandText = "SELECT COUNT(*) FROM \"AuditTrail\" WHERE \"Actie\" = 'Inzien' AND \"Onderwerp\" = 'Huishouden' AND \"OnderwerpId\" = $id";
        tel.Parameters.AddWithValue("$id", huishouden.ToString());
        Assert.Equal(1L, (long)(await tel.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Mislukt_het_vastleggen_van_de_inzage_dan_krijgt_de_gebruiker_het_dossier_niet_te_zien()
    {
        var huishouden = await HuishoudenVanFatimaAsync("Storingsma");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        factory.Storing.Aan = true;
        string foutpagina;
        HttpStatusCode status;
        try
        {
            using var mislukt = await fatima.Http.GetAsync(Dossier(huishouden));
            status = mislukt.StatusCode;
            foutpagina = await mislukt.Content.ReadAsStringAsync();
        }
        finally
        {
            factory.Storing.Aan = false;
        }

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.DoesNotContain("Storingsma", foutpagina, StringComparison.Ordinal);

        // The loop goes on: the next view is written and shown, and the chain has no hole.
        using var gelukt = await fatima.Http.GetAsync(Dossier(huishouden));
        Assert.Equal(HttpStatusCode.OK, gelukt.StatusCode);
        Assert.Contains("Storingsma", await gelukt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.LeesAsync(db => db.AuditTrail.CountAsync(r => r.Actie == AuditActie.Inzien && r.Onderwerp == "Huishouden" && r.OnderwerpId == huishouden.ToString())));
        var keten = await factory.LeesAsync(db => AuditKeten.ControleerAsync(db));
        Assert.True(keten.IsIntact, keten.Uitleg);
    }

    private static Uri Dossier(Guid huishouden) => new($"/Huishouden/Details/{huishouden}", UriKind.Relative);

    private Task<Guid> HuishoudenVanFatimaAsync(string achternaam) => factory.HuishoudenVanFatimaAsync(achternaam);

    /// <summary>With the read journal off: every batch of reads committed before its requests go on.</summary>
    public sealed class StoringFactory : AuditStoringFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Database:SqliteInzageJournaal"] = "false" };
    }
}
