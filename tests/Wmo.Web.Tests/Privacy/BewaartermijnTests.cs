using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Transitie;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Privacy;

public sealed class BewaartermijnTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Opschonen_verwijdert_alleen_dossiers_voorbij_de_bewaartermijn_en_legt_de_run_vast()
    {
        var (oud, recent) = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");

            var (oudeInwoner, oudHuis) = await bouwer.HuishoudenAsync("100000009", "Oud", "Dossier", new DateOnly(1940, 1, 1), "Oosterkade", 1, "8911AA", "Leeuwarden");
            var oudeVraag = await bouwer.VraagInVraagverheldering(oudHuis, oudeInwoner, fatima, "Buurtkamer Oost", new DateOnly(2005, 3, 1));
            oudeVraag.SluitAf(Afsluitreden.Afgerond, new DateOnly(2005, 6, 1));
            db.Bewaar(oudeVraag);

            var (nieuweInwoner, nieuwHuis) = await bouwer.HuishoudenAsync("100000010", "Recent", "Dossier", new DateOnly(1960, 1, 1), "Oosterkade", 2, "8911AA", "Leeuwarden");
            var nieuweVraag = await bouwer.VraagInVraagverheldering(nieuwHuis, nieuweInwoner, fatima, "Buurtkamer Oost", new DateOnly(2025, 3, 1));
            nieuweVraag.SluitAf(Afsluitreden.Afgerond, new DateOnly(2025, 6, 1));
            db.Bewaar(nieuweVraag);
            // Old vragen that do not end the term (Bewaarregel): a later vraag of the same household, and a legacy beschikking that runs on.
            var (gemengdeInwoner, gemengdHuis) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Gemengd", "Dossier", new DateOnly(1950, 1, 1), "Oosterkade", 3, "8911AA", "Leeuwarden");
            var eerste = await bouwer.VraagInVraagverheldering(gemengdHuis, gemengdeInwoner, fatima, "Buurtkamer Oost", new DateOnly(2004, 3, 1));
            eerste.SluitAf(Afsluitreden.Afgerond, new DateOnly(2004, 6, 1));
            db.Bewaar(eerste);
            var later = await bouwer.VraagInVraagverheldering(gemengdHuis, gemengdeInwoner, fatima, "Buurtkamer Oost", new DateOnly(2024, 3, 1));
            later.SluitAf(Afsluitreden.Afgerond, new DateOnly(2024, 6, 1));
            db.Bewaar(later);

            var (legacyInwoner, legacyHuis) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Overgang", "Dossier", new DateOnly(1945, 1, 1), "Oosterkade", 4, "8911AA", "Leeuwarden");
            var legacyVraag = await bouwer.VraagInVraagverheldering(legacyHuis, legacyInwoner, fatima, "Buurtkamer Oost", new DateOnly(2003, 3, 1));
            legacyVraag.SluitAf(Afsluitreden.Afgerond, new DateOnly(2003, 6, 1));
            db.Bewaar(legacyVraag);
            db.LegacyBeschikkingen.Add(new LegacyBeschikking(legacyInwoner.Id, legacyHuis.Id, LegacyProduct.TO2, new DateOnly(2019, 1, 1), DateOnly.FromDateTime(DateTime.Today).AddYears(1)));
            await db.SaveChangesAsync();
            return (oudHuis.Id, new[] { nieuwHuis.Id, gemengdHuis.Id, legacyHuis.Id });
        });

        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        Assert.Contains("Van 1 huishouden is de bewaartermijn verstreken", await client.GetHtmlAsync("/Privacy/Opschonen"), StringComparison.Ordinal);
        var antwoord = await client.PostFormAsync("/Privacy/Opschonen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            Assert.False(await db.Huishoudens.AnyAsync(h => h.Id == oud));
            Assert.False(await db.Inwoners.AnyAsync(i => i.Voornamen == "Oud"));
            foreach (var blijft in recent)
            {
                Assert.True(await db.Huishoudens.AnyAsync(h => h.Id == blijft));
            }

            var run = await db.AuditTrail.SingleAsync(r => r.Actie == AuditActie.Opschonen);
            Assert.Contains("1 huishoudens", run.Details, StringComparison.Ordinal);
            Assert.True(await db.AuditTrail.AnyAsync(r => r.Actie == AuditActie.Verwijderen && r.HuishoudenId == oud));
            Assert.True((await AuditKeten.ControleerAsync(db)).IsIntact);
            return 0;
        });
    }
}
