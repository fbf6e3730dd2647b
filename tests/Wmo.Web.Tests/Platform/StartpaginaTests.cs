using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Platform;

/// <summary>Each role's start page says what needs attention today: an urgent signal, an overdue term, an advies in the queue.</summary>
public sealed class StartpaginaTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<WmoDbContext>();
        if (await db.EersteContacten.AnyAsync(c => c.Melder.Naam == "Sanne Mulder"))
        {
            return 0;
        }

        var bouwer = sp.GetRequiredService<DossierBouwer>();
        var vandaag = factory.Klok.Vandaag();
        var anna = await bouwer.ActorAsync("anna.devries");
        var fatima = await bouwer.ActorAsync("fatima.elamrani");
        await bouwer.EersteContactAsync(anna, "Buurtkamer Oost", vandaag, "Sanne Mulder", "Ik durf niet meer naar huis.", Veiligheidssignaal.HuiselijkGeweld);
        await bouwer.EersteContactAsync(anna, "Buurtkamer Oost", vandaag.AddDays(-2), "Gerrit Kuipers", "Het huishouden lukt niet meer.");

        // Like Pieter in the demo: melding 50 days ago, so the onderzoekstermijn (6 weeks) has passed.
        var (pieter, huis) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Pieter", "de Boer", vandaag.AddYears(-28), "Vlietsingel", 14, "8913 AB", "Leeuwarden");
        await bouwer.VraagInVraagverheldering(huis, pieter, fatima, "Buurtkamer Oost", vandaag.AddDays(-50), totStap: Domain.Vragen.Afwegingsstap.SocialeBasis);
        return 0;
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task<string> StartVanAsync(string gebruiker)
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);
        return await client.GetHtmlAsync("/");
    }

    private static string Sectie(string html, string kopId)
    {
        var begin = html.IndexOf($"id=\"{kopId}\"", StringComparison.Ordinal);
        Assert.True(begin >= 0, $"Sectie {kopId} ontbreekt.");
        return html[begin..html.IndexOf("</section>", begin, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task De_vrijwilliger_ziet_haar_laatste_contacten_en_of_ze_zijn_opgepakt()
    {
        var recent = Sectie(await StartVanAsync("anna.devries"), "kop-recent");

        Assert.Contains("Sanne Mulder", recent, StringComparison.Ordinal);
        Assert.Contains("wacht op een sociaal werker", recent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_sociaal_werker_ziet_spoedsignalen_termijnen_van_deze_week_en_teruggestuurde_adviezen()
    {
        var html = await StartVanAsync("fatima.elamrani");

        Assert.Contains("Sanne Mulder", Sectie(html, "kop-spoed"), StringComparison.Ordinal);
        Assert.DoesNotContain("Gerrit Kuipers", Sectie(html, "kop-spoed"), StringComparison.Ordinal);
        var termijnen = Sectie(html, "kop-termijnen");
        Assert.Contains("Pieter de Boer", termijnen, StringComparison.Ordinal);
        Assert.Contains("Verlopen", termijnen, StringComparison.Ordinal);
        Assert.Contains("De toetser heeft geen adviezen van u teruggestuurd.", Sectie(html, "kop-terug"), StringComparison.Ordinal);

        var jeroen = await StartVanAsync("jeroen.bakker");
        Assert.Contains("Er zijn geen spoedsignalen in uw buurt- of dorpskamers.", Sectie(jeroen, "kop-spoed"), StringComparison.Ordinal);
        Assert.DoesNotContain("Pieter de Boer", jeroen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Met_veel_verlopen_termijnen_toont_de_startpagina_de_tien_vroegste_met_het_totaal_en_de_weg_naar_de_werkvoorraad()
    {
        var vandaag = factory.Klok.Vandaag();
        var grens = vandaag.AddDays(7);
        var verwacht = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var jeroen = await bouwer.ActorAsync("jeroen.bakker");
            for (var i = 0; i < 12; i++)
            {
                var (inwoner, huis) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Termijn", $"Startlijst{i:00}", vandaag.AddYears(-70), "Dorpsstraat", 40 + i, "9051 AA", "Stiens");
                await bouwer.VraagInVraagverheldering(huis, inwoner, jeroen, "Dorpskamer Stiens", vandaag.AddDays(-60 - i), totStap: Afwegingsstap.SocialeBasis);
            }

            // The oracle: every open vraag of jeroen loaded whole, its terms from the aggregate itself.
            var db = sp.GetRequiredService<WmoDbContext>();
            var termijnen = sp.GetRequiredService<Domain.Gemeentebeleid.WmoBeleid>().Termijnen;
            var vragen = await db.Ondersteuningsvragen.AsNoTracking().Where(Ondersteuningsvraag.InBehandeling).Where(v => v.BehandelaarId == jeroen.GebruikerId).ToListAsync();
            return vragen
                .SelectMany(v => new[]
                {
                    (v.Id, Soort: 0, Termijn: v.Status == VraagStatus.InVraagverheldering && !v.IsOpgeschort ? v.Onderzoekstermijn(termijnen, vandaag) : null),
                    (v.Id, Soort: 1, Termijn: v.Beschikkingstermijn(termijnen, vandaag)),
                })
                .Where(t => t.Termijn is not null && t.Termijn.Einddatum <= grens)
                .OrderBy(t => t.Termijn!.Einddatum).ThenBy(t => t.Id).ThenBy(t => t.Soort)
                .Select(t => t.Id)
                .ToList();
        });
        Assert.True(verwacht.Count >= 12, $"{verwacht.Count} verlopen termijnen");

        var termijnenSectie = Sectie(await StartVanAsync("jeroen.bakker"), "kop-termijnen");

        var getoond = System.Text.RegularExpressions.Regex.Matches(termijnenSectie, "<li><a href=\"[^\"]*/([0-9a-f-]{36})\">")
            .Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(verwacht.Take(10), getoond);
        Assert.Contains($"{verwacht.Count} termijnen zijn verlopen of lopen deze week af; hier de 10 die het eerst aflopen.", termijnenSectie, StringComparison.Ordinal);
        Assert.Contains($"De andere {verwacht.Count - 10} staan in de <a href=\"/Werkvoorraad\">werkvoorraad</a>", termijnenSectie, StringComparison.Ordinal);
        Assert.DoesNotContain("\">–</a>", termijnenSectie, StringComparison.Ordinal);
        Assert.Contains("Termijn Startlijst", termijnenSectie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_toetser_ziet_de_wachtrij_met_voorziening_auteur_en_beslistermijn()
    {
        await Dossiers.IngediendAdviesAsync(factory, "Hoekstra");
        var wachtrij = Sectie(await StartVanAsync("marieke.hoekstra"), "kop-wachtrij");

        Assert.Contains("Pieter Hoekstra", wachtrij, StringComparison.Ordinal);
        Assert.Contains("Fatima el Amrani", wachtrij, StringComparison.Ordinal);
        Assert.Contains("label-status", wachtrij, StringComparison.Ordinal);
        Assert.Contains("href=\"/Toetsing\"", wachtrij, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_beheerder_ziet_buurtkamers_zonder_sociaal_werker_en_accounts_zonder_tweestaps()
    {
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            db.Add(new Buurtkamer("Buurtkamer Zonder Werker", await db.Wijken.Select(w => w.Id).FirstAsync(), "Leegstraat 1"));
            await db.SaveChangesAsync();
            var users = sp.GetRequiredService<UserManager<Gebruiker>>();
            var organisatie = (await users.FindByNameAsync("marieke.hoekstra"))!.OrganisatieId;
            var toetser = new Gebruiker { UserName = "toetser.zonder.app", Naam = "Toetser Zonder App", OrganisatieId = organisatie };
            Assert.True((await users.CreateAsync(toetser, DemoSeeder.DemoWachtwoord)).Succeeded);
            Assert.True((await users.AddToRoleAsync(toetser, Rollen.Toetser)).Succeeded);
            return 0;
        });

        var html = await StartVanAsync("ingrid.postma");

        var buurtkamers = Sectie(html, "kop-buurtkamers");
        Assert.Contains("Buurtkamer Zonder Werker", buurtkamers, StringComparison.Ordinal);
        Assert.DoesNotContain("Buurtkamer Oost", buurtkamers, StringComparison.Ordinal);
        var tweeStaps = Sectie(html, "kop-tweestaps");
        Assert.Contains("Toetser Zonder App", tweeStaps, StringComparison.Ordinal);
        Assert.DoesNotContain("Marieke Hoekstra", tweeStaps, StringComparison.Ordinal);
    }
}
