using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Vragen;
using Wmo.Application.Weergave;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Vragen;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15: the werkvoorraad's usual view runs queries compiled once (<see cref="WerkvoorraadLezen"/>), with the domain's
/// rule for the end of the running term put in by <see cref="Invoegen"/>. They must give exactly what the same rules give as
/// LINQ translated per request: the same vragen, in the same order, over every page, with and without a filter.
/// </summary>
public sealed class WerkvoorraadGecompileerdTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Theory]
    [InlineData(null, false)]
    [InlineData(VraagStatus.InVraagverheldering, false)]
    [InlineData(null, true)]
    public async Task De_gecompileerde_volgorde_is_die_van_de_domeinregel_over_alle_paginas(VraagStatus? status, bool alleenUrgent)
    {
        await VragenVanFatimaAsync();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<WmoBeleid>();
            var lezen = sp.GetRequiredService<WerkvoorraadLezen>();
            var vandaag = factory.Klok.Vandaag();
            var fatima = await db.Users.Where(u => u.UserName == "fatima.elamrani").Select(u => u.Id).SingleAsync();

            var verwacht = db.Ondersteuningsvragen.AsNoTracking().Where(Ondersteuningsvraag.InBehandeling).Where(v => v.BehandelaarId == fatima);
            if (status is { } s)
            {
                verwacht = verwacht.Where(v => v.Status == s);
            }

            if (alleenUrgent)
            {
                verwacht = verwacht.Where(v => v.IsUrgent);
            }

            var verwachteIds = await verwacht.OrderBy(v => !v.IsUrgent).ThenBy(Ondersteuningsvraag.NominaleEinddagLopendeTermijn(beleid.Termijnen, vandaag))
                .ThenBy(v => v.Id).Select(v => v.Id).ToListAsync();
            Assert.True(alleenUrgent || verwachteIds.Count > 7, $"fatima heeft {verwachteIds.Count} open vragen; te weinig om pagina's te vergelijken");

            const int grootte = 7;
            var gelezen = new List<Guid>();
            var totaal = -1;
            for (var pagina = 1; pagina <= (verwachteIds.Count / grootte) + 1; pagina++)
            {
                var open = await lezen.OpenVragenAsync(fatima, new WerkvoorraadSelectie(status, null, alleenUrgent, pagina, grootte, Sortering.Geen), vandaag);
                Assert.Equal(Sortering.Geen, open.Sortering);
                gelezen.AddRange(open.Vragen.Select(v => v.Id));
                totaal = open.Totaal;
            }

            Assert.Equal(verwachteIds.Count, totaal);
            Assert.Equal(verwachteIds, gelezen);
            return 0;
        });
    }

    [Fact]
    public async Task Een_onbekende_kolom_geeft_de_eigen_volgorde_en_een_bekende_de_kolom()
    {
        await VragenVanFatimaAsync();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var lezen = sp.GetRequiredService<WerkvoorraadLezen>();
            var vandaag = factory.Klok.Vandaag();
            var fatima = await db.Users.Where(u => u.UserName == "fatima.elamrani").Select(u => u.Id).SingleAsync();

            var eigen = await lezen.OpenVragenAsync(fatima, new WerkvoorraadSelectie(null, null, false, 1, 50, Sortering.Geen), vandaag);
            var onbekend = await lezen.OpenVragenAsync(fatima, new WerkvoorraadSelectie(null, null, false, 1, 50, Sortering.Lees("onbekend", "af")), vandaag);
            var gemeld = await lezen.OpenVragenAsync(fatima, new WerkvoorraadSelectie(null, null, false, 1, 50, Sortering.Lees("gemeld", "af")), vandaag);

            Assert.Equal(eigen.Vragen.Select(v => v.Id), onbekend.Vragen.Select(v => v.Id));
            Assert.Equal(Sortering.Geen, onbekend.Sortering);
            Assert.Equal("gemeld", gemeld.Sortering.Kolom);
            Assert.Equal(gemeld.Vragen.Select(v => v.Meldingsdatum).OrderDescending(), gemeld.Vragen.Select(v => v.Meldingsdatum));
            Assert.Equal(eigen.Totaal, gemeld.Totaal);
            return 0;
        });
    }

    /// <summary>
    /// Twelve open vragen for fatima with terms that differ in every way the rule knows: melding dates, a running and an
    /// ended opschorting, an aanvraag with a suspended beslistermijn, a verdaging, and spoed on some.
    /// </summary>
    private async Task VragenVanFatimaAsync()
    {
        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<WmoBeleid>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var vandaag = factory.Klok.Vandaag();
            for (var n = 0; n < 12; n++)
            {
                var m = vandaag.AddDays(-3 * n);
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Gea", $"Volgordema {n}", new DateOnly(1948, 3, 1), "Oostergrachtswal", n + 1, "8921 AA", "Leeuwarden");
                var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, n % 2 == 0 ? "Buurtkamer Oost" : "Buurtkamer Vrijheidswijk", m);
                switch (n % 4)
                {
                    case 1:
                        vraag.SchortOnderzoekOp(m, "Wacht op de huisarts", true, beleid.Termijnen, vandaag);
                        break;
                    case 2 when n > 2:
                        vraag.SchortOnderzoekOp(m, "Bedenktijd", true, beleid.Termijnen, vandaag);
                        vraag.HervatOnderzoek(m.AddDays(1), vandaag);
                        vraag.DienAanvraagIn(m.AddDays(2));
                        vraag.SchortBeslistermijnOp(m.AddDays(3), BeslistermijnOpschortingGrond.AanvullingAanvraag, "Aanvraag onvolledig", beleid.Termijnen, vandaag);
                        break;
                    case 3:
                        vraag.DienAanvraagIn(m);
                        vraag.VerdaagBeslistermijn(m.AddDays(1), m.AddDays(30 + n), "Advies van de ergotherapeut is nodig", beleid.Termijnen, vandaag);
                        break;
                }

                db.Entry(vraag).Property(v => v.IsUrgent).CurrentValue = n % 5 == 0;
                await db.SaveChangesAsync();
            }

            return 0;
        });
    }

    [Fact]
    public void Vouw_zet_de_regel_op_de_plaats_van_Met_met_de_eigen_waarden_van_de_query()
    {
        Expression<Func<int, int, int, int, int>> regel = (a, b, c, d) => (a * 1000) + (b * 100) + (c * 10) + d;
        var gevouwen = Invoegen.Vouw<Func<int, int>>(x => regel.Met(x, 2, x + 1, 4));

        Assert.DoesNotContain(nameof(Invoegen.Met), gevouwen.ToString(), StringComparison.Ordinal);
        Assert.Equal(7284, gevouwen.Compile()(7));
        Assert.Throws<InvalidOperationException>(() => regel.Met(1, 2, 3, 4));
    }
}

/// <summary>The werkvoorraad takes the buurtkamers' names from the session's claims instead of a query per request.</summary>
public sealed class BuurtkamersUitClaimsTests
{
    [Fact]
    public void Elke_buurtkamer_krijgt_de_naam_die_er_in_de_claims_bij_hoort()
    {
        var oost = Guid.NewGuid();
        var grou = Guid.NewGuid();
        var claims = Wmo.Web.Authorization.WmoClaimsPrincipalFactory.WmoClaims("Fatima", tweeStaps: false, moetWachtwoordWijzigen: false, Guid.NewGuid(), "Gemeente",
            [(oost, "Buurtkamer Oost"), (grou, "Dorpskamer Grou")]);
        var gebruiker = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(claims, "test"));

        Assert.Equal([(oost, "Buurtkamer Oost"), (grou, "Dorpskamer Grou")], Wmo.Web.Authorization.HuidigeGebruiker.Buurtkamers(gebruiker));
        Assert.Equal([oost, grou], Wmo.Web.Authorization.HuidigeGebruiker.BuurtkamerIds(gebruiker));
        Assert.Empty(Wmo.Web.Authorization.HuidigeGebruiker.Buurtkamers(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity())));
    }
}
