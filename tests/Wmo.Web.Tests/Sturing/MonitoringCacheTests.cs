using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wmo.Application.Monitoring;
using Wmo.Application.Seeding;
using Wmo.Web.Grafieken;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Sturing;

/// <summary>
/// Issue 15: the dashboard keeps its figures for <see cref="MonitoringCache.Duur"/>. They are the figures the database gives
/// (equal to a live computation), stay the same within that time, are computed again after it, and the page says when. Expired
/// figures are shown at once, marked, while one computation makes new ones; figures past <see cref="MonitoringCache.MaximaleOuderdom"/>
/// are not shown at all. Where a test needs a computation to be still running, it holds it at <see cref="Poort"/>: on a busy
/// machine a computation on the small test database can otherwise finish before the next request looks (a CI flake).
/// </summary>
public sealed class MonitoringCacheTests(MonitoringCacheTests.PoortFactory factory) : IClassFixture<MonitoringCacheTests.PoortFactory>
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

        // A new eerste contact: within the cache time the dashboard keeps the figures it had; a live computation differs.
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

        // Past the cache time: the old figures come at once, marked as being updated, while one computation makes new ones.
        factory.Klok.Advance(TimeSpan.FromSeconds(1));
        using (factory.Poort.Sluit())
        {
            var verlopen = await cache.CijfersAsync(filter);
            Assert.True(verlopen.WordtBijgewerkt);
            Assert.Equal(eerst.BerekendOp, verlopen.BerekendOp);
            Assert.Equal(Csv(eerst), Csv(verlopen));
        }

        await cache.WachtOpBerekeningAsync(filter);
        var daarna = await cache.CijfersAsync(filter);
        Assert.False(daarna.WordtBijgewerkt);
        Assert.Equal(factory.Klok.GetUtcNow(), daarna.BerekendOp);
        Assert.Equal(live, Csv(daarna));
    }

    [Fact]
    public async Task Verlopen_cijfers_komen_meteen_met_de_melding_en_er_loopt_een_berekening_tegelijk()
    {
        var filter = Filter(-14);
        var cache = factory.Services.GetRequiredService<MonitoringCache>();
        var eerst = await cache.CijfersAsync(filter);
        Assert.False(eerst.WordtBijgewerkt);

        factory.Klok.Advance(MonitoringCache.Duur);
        var voor = factory.Poort.Berekeningen;
        using (factory.Poort.Sluit())
        {
            var verlopen = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.CijfersAsync(filter)));
            Assert.All(verlopen, c => Assert.True(c.WordtBijgewerkt));
            Assert.All(verlopen, c => Assert.Equal(eerst.BerekendOp, c.BerekendOp));
        }

        await cache.WachtOpBerekeningAsync(filter);
        var nieuw = await cache.CijfersAsync(filter);
        Assert.False(nieuw.WordtBijgewerkt);
        Assert.Equal(factory.Klok.GetUtcNow(), nieuw.BerekendOp);
        Assert.Equal(voor + 1, factory.Poort.Berekeningen);
    }

    [Fact]
    public async Task De_pagina_zegt_dat_er_nieuwe_cijfers_komen_zolang_de_oude_getoond_worden()
    {
        var filter = Filter(-26);
        var cache = factory.Services.GetRequiredService<MonitoringCache>();
        var eerst = await cache.CijfersAsync(filter);
        factory.Klok.Advance(MonitoringCache.Duur);

        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        // The request itself finds the figures expired and starts the computation; it is still running when the page renders.
        string html;
        using (factory.Poort.Sluit())
        {
            html = WebUtility.HtmlDecode(await ingrid.GetHtmlAsync($"/Monitoring?van={filter.Van:yyyy-MM}&tot={filter.TotEnMet:yyyy-MM}"));
        }

        Assert.Contains("Nieuwe cijfers worden nu berekend", html, StringComparison.Ordinal);
        Assert.Contains($"Cijfers van {eerst.BerekendOp.Moment()}", html, StringComparison.Ordinal);

        await cache.WachtOpBerekeningAsync(filter);
        html = WebUtility.HtmlDecode(await ingrid.GetHtmlAsync($"/Monitoring?van={filter.Van:yyyy-MM}&tot={filter.TotEnMet:yyyy-MM}"));
        Assert.DoesNotContain("Nieuwe cijfers worden nu berekend", html, StringComparison.Ordinal);
        Assert.Contains($"Cijfers van {factory.Klok.GetUtcNow().Moment()}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cijfers_ouder_dan_de_maximale_ouderdom_worden_niet_meer_getoond_maar_opnieuw_berekend()
    {
        var filter = Filter(-38);
        var cache = factory.Services.GetRequiredService<MonitoringCache>();
        var eerst = await cache.CijfersAsync(filter);

        factory.Klok.Advance(MonitoringCache.MaximaleOuderdom);
        var daarna = await cache.CijfersAsync(filter);
        Assert.False(daarna.WordtBijgewerkt);
        Assert.Equal(factory.Klok.GetUtcNow(), daarna.BerekendOp);
        Assert.True(daarna.BerekendOp - eerst.BerekendOp >= MonitoringCache.MaximaleOuderdom);
    }

    [Fact]
    public async Task De_csv_bevat_de_cijfers_van_het_dashboard_en_zegt_van_wanneer_ze_zijn()
    {
        // Issue 15: a download computed its figure anew (up to ~1 s at the scale of amsterdam) and could differ from the screen.
        var filter = Filter(-1);
        var cache = factory.Services.GetRequiredService<MonitoringCache>();
        var getoond = await cache.CijfersAsync(filter);
        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            await bouwer.EersteContactAsync(await bouwer.ActorAsync("anna.devries"), "Buurtkamer Oost", factory.Klok.Vandaag(), "Cas Csvma", "Hulp bij het huishouden.");
            return 0;
        });
        Assert.NotEqual(Csv(getoond), await LiveAsync(filter));

        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var moment = TimeZoneInfo.ConvertTime(getoond.BerekendOp, Klok.Amsterdam).ToString("yyyy-MM-dd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var figuur in getoond.Figuren)
        {
            var response = await ingrid.Http.GetAsync(new Uri($"/Monitoring/Csv/{figuur.Sleutel}?van={filter.Van:yyyy-MM}&tot={filter.TotEnMet:yyyy-MM}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(FiguurCsv.Schrijf(figuur), await response.Content.ReadAsByteArrayAsync());
            Assert.EndsWith($"-cijfers-van-{moment}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        }
    }

    // A filter of its own per test (months back from today), so the tests of this class do not share cached figures.
    private MonitoringFilter Filter(int maandenTerug)
    {
        var vandaag = factory.Klok.Vandaag();
        var begin = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(maandenTerug);
        return new MonitoringFilter(begin, begin.AddMonths(3).AddDays(-1), null);
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

    /// <summary>
    /// Holds the dashboard's computations while closed: the cache's scopes are made through it, and a computation starts by
    /// making its scope. Open unless a test closes it; it counts the computations that started.
    /// </summary>
    public sealed class Rekenpoort
    {
        private readonly ManualResetEventSlim _open = new(initialState: true);
        private int _berekeningen;

        public int Berekeningen => Volatile.Read(ref _berekeningen);

        /// <summary>Closes the gate until the returned value is disposed.</summary>
        public IDisposable Sluit()
        {
            _open.Reset();
            return new Opener(_open);
        }

        internal void Wacht()
        {
            Interlocked.Increment(ref _berekeningen);

            // Generous, so a test that forgot to open fails on its assertions instead of hanging the run.
            _open.Wait(TimeSpan.FromMinutes(2));
        }

        private sealed class Opener(ManualResetEventSlim open) : IDisposable
        {
            public void Dispose() => open.Set();
        }
    }

    private sealed class PoortScopes(IServiceScopeFactory scopes, Rekenpoort poort) : IServiceScopeFactory
    {
        public IServiceScope CreateScope()
        {
            poort.Wacht();
            return scopes.CreateScope();
        }
    }

    /// <summary>The portal with its <see cref="MonitoringCache"/> making its computations' scopes through <see cref="Poort"/>.</summary>
    public sealed class PoortFactory : WmoWebApplicationFactory
    {
        public Rekenpoort Poort { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(sp => new MonitoringCache(
                new PoortScopes(sp.GetRequiredService<IServiceScopeFactory>(), Poort),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<MonitoringCache>>())));
        }
    }
}
