using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Monitoring;
using Wmo.Application.Seeding;
using Wmo.Web.Grafieken;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Sturing;

/// <summary>
/// Issue 15: the dashboard keeps its figures for <see cref="MonitoringCache.Duur"/>. They are the figures the database gives
/// (equal to a live computation), stay the same within that time, are computed again after it, and the page says when.
/// </summary>
public sealed class MonitoringCacheTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Het_dashboard_toont_bewaarde_cijfers_met_hun_tijd_en_ververst_ze_na_de_cachetijd()
    {
        var vandaag = factory.Klok.Vandaag();
        var filter = new MonitoringFilter(new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-3), new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(1).AddDays(-1), null);
        var cache = factory.Services.GetRequiredService<MonitoringCache>();

        var eerst = await cache.CijfersAsync(filter);
        Assert.Equal(await LiveAsync(filter), Csv(eerst));
        Assert.Equal(factory.Klok.GetUtcNow(), eerst.BerekendOp);

        using (var ingrid = new PortalClient(factory))
        {
            await ingrid.LoginAsDemoAsync("ingrid.postma");
            var html = WebUtility.HtmlDecode(await ingrid.GetHtmlAsync($"/Monitoring?van={filter.Van:yyyy-MM}&tot={filter.TotEnMet:yyyy-MM}"));
            Assert.Contains($"Cijfers van {eerst.BerekendOp.Moment()}", html, StringComparison.Ordinal);
        }

        // A new eerste contact: within the cache time the dashboard keeps the figures it had, the CSV is live.
        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            await bouwer.EersteContactAsync(await bouwer.ActorAsync("anna.devries"), "Buurtkamer Oost", vandaag, "Cato Cachema", "Hulp bij de boodschappen.");
            return 0;
        });
        var live = await LiveAsync(filter);
        Assert.NotEqual(Csv(eerst), live);

        factory.Klok.Advance(MonitoringCache.Duur - TimeSpan.FromSeconds(1));
        var binnen = await cache.CijfersAsync(filter);
        Assert.Equal(eerst.BerekendOp, binnen.BerekendOp);
        Assert.Equal(Csv(eerst), Csv(binnen));

        factory.Klok.Advance(TimeSpan.FromSeconds(1));
        var daarna = await cache.CijfersAsync(filter);
        Assert.Equal(factory.Klok.GetUtcNow(), daarna.BerekendOp);
        Assert.Equal(live, Csv(daarna));
    }

    private Task<List<string>> LiveAsync(MonitoringFilter filter) =>
        factory.InScopeAsync(async sp =>
        {
            var lezen = sp.GetRequiredService<MonitoringLezen>();
            var figuren = new List<string>();
            foreach (var sleutel in MonitoringLezen.Sleutels)
            {
                figuren.Add(Convert.ToBase64String(FiguurCsv.Schrijf(await lezen.FiguurAsync(sleutel, filter))));
            }

            return figuren;
        });

    private static List<string> Csv(MonitoringCijfers cijfers) => [.. cijfers.Figuren.Select(f => Convert.ToBase64String(FiguurCsv.Schrijf(f)))];
}
