using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Monitoring;
using Wmo.Application.Seeding;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Sturing;

/// <summary>
/// Issue 13: the dashboard's aggregates are computed by the database (GROUP BY), not by loading case rows, so the page stays
/// fast at the scale of a large city. Every SQL command of the page that reads a case table must group, and the number of
/// commands must not grow with the number of cases. Only the SQL is asserted, never a time.
/// </summary>
public sealed class MonitoringSqlTests(MonitoringSqlTests.OpnemendeFactory factory) : IClassFixture<MonitoringSqlTests.OpnemendeFactory>
{
    private static readonly string[] Zaaktabellen =
        ["\"Ondersteuningsvragen\"", "\"Toewijzingen\"", "\"Bezwaren\"", "\"EersteContacten\"", "\"LegacyBeschikkingen\"", "\"LumpsumUitgaven\"", "\"Opschortingen\"", "\"BeslistermijnOpschortingen\""];

    [Fact]
    public async Task Het_dashboard_groepeert_in_SQL_en_doet_evenveel_commandos_bij_meer_zaken()
    {
        await ZakenAsync(2);
        var weinig = await OpnameAsync();

        await ZakenAsync(25);
        var veel = await OpnameAsync();

        Assert.Equal(weinig.Count, veel.Count);
        var zaakqueries = veel.Where(c => c.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && Zaaktabellen.Any(t => c.Contains(t, StringComparison.Ordinal))).ToList();
        Assert.True(zaakqueries.Count >= 6, $"verwacht een query per figuur, gevonden {zaakqueries.Count}");
        Assert.All(zaakqueries, c => Assert.Contains("GROUP BY", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verlopen_cijfers_worden_voor_veel_gelijktijdige_aanvragen_een_keer_opnieuw_berekend()
    {
        var cache = factory.Services.GetRequiredService<MonitoringCache>();
        var vandaag = factory.Klok.Vandaag();
        var begin = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-20);
        var filter = new MonitoringFilter(begin, begin.AddMonths(2).AddDays(-1), null);

        factory.Opname.Clear();
        var eerst = await cache.CijfersAsync(filter);
        var eenBerekening = Groeperend(factory.Opname);
        Assert.True(eenBerekening >= 6, $"verwacht een query per figuur, gevonden {eenBerekening}");

        factory.Klok.Advance(MonitoringCache.Duur);
        factory.Opname.Clear();
        var verlopen = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => cache.CijfersAsync(filter)));
        await cache.WachtOpBerekeningAsync(filter);
        // Each got the old figures marked as being updated, or (on a busy machine the computation can finish before the last
        // request looks; MonitoringCacheTests holds it to test the marking) the new ones; never a computation of its own.
        Assert.All(verlopen, c => Assert.Equal(c.WordtBijgewerkt ? eerst.BerekendOp : factory.Klok.GetUtcNow(), c.BerekendOp));
        Assert.Equal(eenBerekening, Groeperend(factory.Opname));
        Assert.Equal(factory.Klok.GetUtcNow(), (await cache.CijfersAsync(filter)).BerekendOp);
    }

    private static int Groeperend(IEnumerable<string> opname) =>
        opname.Count(c => c.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && c.Contains("GROUP BY", StringComparison.Ordinal)
            && Zaaktabellen.Any(t => c.Contains(t, StringComparison.Ordinal)));

    private async Task<List<string>> OpnameAsync()
    {
        // Past the age up to which the figures are still shown, so this request computes them again (MonitoringCache); signed
        // in after that, as a session idle that long has ended.
        factory.Klok.Advance(MonitoringCache.MaximaleOuderdom);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        var vandaag = factory.Klok.Vandaag();
        factory.Opname.Clear();
        using var antwoord = await client.Http.GetAsync(new Uri($"/Monitoring?van={vandaag.AddMonths(-3):yyyy-MM}&tot={vandaag:yyyy-MM}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return [.. factory.Opname];
    }

    private Task ZakenAsync(int aantal) =>
        factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<Domain.Gemeentebeleid.WmoBeleid>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var anna = await bouwer.ActorAsync("anna.devries");
            var vandaag = factory.Klok.Vandaag();
            for (var i = 0; i < aantal; i++)
            {
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Mo", "Sqlgroep", new DateOnly(1960, 1, 1), "Markt", 1 + i, "8911AA", "Leeuwarden");
                var contact = await bouwer.EersteContactAsync(anna, "Buurtkamer Oost", vandaag.AddDays(-i), "Mo Sqlgroep", "Hulp bij de administratie.");
                var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", vandaag.AddDays(-i), contact, Afwegingsstap.Basisondersteuning);
                vraag.LegUitkomstVast(Uitkomst.Basisondersteuning("BO-TO", "Thuisondersteuning", vandaag), fatima, vandaag, beleid.Catalogus);
                db.Bewaar(vraag);
                await db.SaveChangesAsync();
            }

            return aantal;
        });

    /// <summary>The portal with a recording of the text of every SQL command it sends.</summary>
    public sealed class OpnemendeFactory : WmoWebApplicationFactory
    {
        public ConcurrentQueue<string> Opname { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<WmoDbContext>(o => o.AddInterceptors(new SqlOpnemer(Opname))));
        }
    }
}
