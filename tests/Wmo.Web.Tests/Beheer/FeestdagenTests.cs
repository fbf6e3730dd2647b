using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Termijnen;
using Wmo.Infrastructure.Beleid;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beheer;

/// <summary>Gelijkgestelde dagen (Atw art. 3 lid 3): reference data in every database, maintained by the beheerder, used by every term.</summary>
public sealed class FeestdagenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private async Task<PortalClient> BeheerderAsync()
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        return client;
    }

    [Fact]
    public async Task De_migratie_levert_de_gepubliceerde_dagen_2023_tot_en_met_2028_met_hun_besluit()
    {
        // The demo seeder adds none: these rows come from the migration, so every environment has them.
        var dagen = await factory.LeesAsync(db => db.GelijkgesteldeDagen.AsNoTracking().OrderBy(d => d.Datum).ToListAsync());

        Assert.Equal(GepubliceerdeGelijkstellingen.Alle.Select(d => d.Datum), dagen.Select(d => d.Datum).Where(d => d.Year <= 2028));
        Assert.Equal(GepubliceerdeGelijkstellingen.Besluit2026Tot2028, dagen.Single(d => d.Datum == new DateOnly(2026, 5, 15)).Besluit);
        Assert.Equal(
            [new DateOnly(2023, 4, 28), new DateOnly(2023, 5, 19), new DateOnly(2024, 5, 10), new DateOnly(2024, 12, 27), new DateOnly(2025, 5, 30),
             new DateOnly(2026, 1, 2), new DateOnly(2026, 5, 15), new DateOnly(2027, 5, 7), new DateOnly(2028, 4, 28), new DateOnly(2028, 5, 26)],
            GepubliceerdeGelijkstellingen.Alle.Select(d => d.Datum));
    }

    [Fact]
    public async Task Elke_termijnberekening_van_het_portaal_gebruikt_de_tabel()
    {
        var termijn = await factory.InScopeAsync(sp => Task.FromResult(
            Termijn.Bereken(TermijnSoort.Beschikking, new DateOnly(2026, 5, 1), sp.GetRequiredService<WmoBeleid>().Termijnen)));

        Assert.Equal(new DateOnly(2026, 5, 18), termijn.Einddatum);
    }

    [Fact]
    public async Task Beheerder_voegt_een_gelijkgestelde_dag_toe_en_de_volgende_termijn_rekent_ermee()
    {
        using var client = await BeheerderAsync();

        var response = await client.PostFormAsync("/Beheer/Feestdagen/Nieuw", new Dictionary<string, string>
        {
            ["Datum"] = "2029-05-11",
            ["Besluit"] = "Besluit gelijkstelling van 11 mei 2029 (test)",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Besluit gelijkstelling van 11 mei 2029 (test)", await client.GetHtmlAsync("/Beheer/Feestdagen"));
        var einde = await factory.InScopeAsync(sp => Task.FromResult(
            Termijn.Bereken(TermijnSoort.Beschikking, new DateOnly(2029, 4, 27), sp.GetRequiredService<WmoBeleid>().Termijnen).Einddatum));
        Assert.Equal(new DateOnly(2029, 5, 14), einde);
        Assert.True(await factory.LeesAsync(db => db.AuditTrail.AnyAsync(a => a.Onderwerp == "GelijkgesteldeDag")),
            "De wijziging staat in de audittrail.");

        var weg = await client.PostFormAsync("/Beheer/Feestdagen/2029-05-11/Verwijderen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, weg.StatusCode);
        Assert.False(await factory.LeesAsync(db => db.GelijkgesteldeDagen.AnyAsync(d => d.Datum == new DateOnly(2029, 5, 11))));
    }

    [Theory]
    [InlineData("2029-05-12", "Besluit X", "Datum", "is al een zaterdag, zondag of feestdag")]
    [InlineData("2029-03-30", "Besluit X", "Datum", "is al een zaterdag, zondag of feestdag")]
    [InlineData("2026-05-15", "Besluit X", "Datum", "is al als gelijkgestelde dag vastgelegd")]
    [InlineData("2029-05-11", "", "Besluit", "Noem het besluit")]
    [InlineData("", "Besluit X", "Datum", "Vul de gelijkgestelde datum in.")]
    public async Task Ongeldige_gelijkgestelde_dag_wordt_bij_het_veld_geweigerd(string datum, string besluit, string veld, string melding)
    {
        using var client = await BeheerderAsync();
        var voor = await factory.LeesAsync(db => db.GelijkgesteldeDagen.CountAsync());

        var response = await client.PostFormAsync("/Beheer/Feestdagen/Nieuw", new Dictionary<string, string> { ["Datum"] = datum, ["Besluit"] = besluit });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"{veld}-fout\"", html);
        Assert.Contains(melding, WebUtility.HtmlDecode(html));
        Assert.Equal(voor, await factory.LeesAsync(db => db.GelijkgesteldeDagen.CountAsync()));
    }

    [Fact]
    public async Task Beleidspagina_noemt_de_jaren_zonder_besluit_gelijkstelling()
    {
        using var client = await BeheerderAsync();
        var volgendJaar = factory.Klok.GetUtcNow().Year + 1;
        var weggehaald = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Wmo.Infrastructure.Persistence.WmoDbContext>();
            var dagen = await db.GelijkgesteldeDagen.Where(d => d.Datum >= new DateOnly(volgendJaar, 1, 1) && d.Datum <= new DateOnly(volgendJaar, 12, 31)).ToListAsync();
            db.GelijkgesteldeDagen.RemoveRange(dagen);
            await db.SaveChangesAsync();
            return dagen.Select(d => new GelijkgesteldeDag(d.Datum, d.Besluit)).ToList();
        });
        try
        {
            foreach (var pagina in new[] { "/Beheer/Beleid", "/Beheer/Feestdagen" })
            {
                var html = WebUtility.HtmlDecode(await client.GetHtmlAsync(pagina));
                var melding = html[html.IndexOf("Nog geen besluit gelijkstelling ingevoerd voor", StringComparison.Ordinal)..];
                Assert.Contains(volgendJaar.ToString(System.Globalization.CultureInfo.InvariantCulture), melding[..80], StringComparison.Ordinal);
            }
        }
        finally
        {
            await factory.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<Wmo.Infrastructure.Persistence.WmoDbContext>();
                db.GelijkgesteldeDagen.AddRange(weggehaald);
                return await db.SaveChangesAsync();
            });
        }
    }
}
