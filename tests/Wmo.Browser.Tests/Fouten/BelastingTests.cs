using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests.Fouten;

/// <summary>
/// 200 concurrent connections for 20 seconds on the werkvoorraad of a signed-in sociaal werker, with wrk from
/// Debian (the README test command installs it). Loopback only; wrk stops by itself. This asserts correctness under
/// load only (every answer a 200, no refused or broken connection, with a generous timeout); how fast is measured by
/// the benchmark and reported in docs/performance.md, never asserted here: CI runs on a quiet 2-core machine, a
/// developer's machine may be busy. The figures of this run go to test-output/belasting.txt.
/// </summary>
[Trait("Categorie", "Belasting")]
public sealed partial class BelastingTests
{
    private const string Telscript = """
        local threads = {}
        function setup(thread) table.insert(threads, thread) end
        function init(args) fouten = 0 end
        function response(status, headers, body) if status ~= 200 then fouten = fouten + 1 end end
        function done(summary, latency, requests)
          local totaal = 0
          for _, t in ipairs(threads) do totaal = totaal + t:get("fouten") end
          io.write("STATUS_FOUTEN " .. totaal .. "\n")
          io.write(string.format("P99_MS %.1f\n", latency:percentile(99) / 1000))
        end
        """;

    [Fact]
    public async Task Tweehonderd_verbindingen_op_de_werkvoorraad_krijgen_allemaal_een_goed_antwoord()
    {
        var wrk = BrowserFixture.ZoekOpPad("wrk") ?? throw new InvalidOperationException("wrk ontbreekt: installeer het pakket 'wrk' (de testopdracht in de README doet dat).");
        await using var portaal = await PortalProces.StartAsync();
        using var fatima = new ProcesClient(portaal.Adres);
        await fatima.InloggenAsync("fatima.elamrani");
        var werkvoorraad = new Uri(portaal.Adres, "/Werkvoorraad");
        var controle = await fatima.Http.GetAsync(werkvoorraad);
        Assert.Equal(HttpStatusCode.OK, controle.StatusCode);

        var script = Path.Combine(Path.GetTempPath(), $"wmo-wrk-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, Telscript);
        try
        {
            var start = new ProcessStartInfo(wrk)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { "-t2", "-c200", "-d20s", "--timeout", "60s", "--latency", "-s", script, "-H", "Cookie: " + fatima.Cookies.GetCookieHeader(werkvoorraad), werkvoorraad.ToString() },
            };
            using var proces = Process.Start(start)!;
            var uitvoer = await proces.StandardOutput.ReadToEndAsync();
            using var grens = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await proces.WaitForExitAsync(grens.Token);
            Assert.True(proces.ExitCode == 0, uitvoer + await proces.StandardError.ReadToEndAsync());

            var verzoeken = long.Parse(AantalRegex().Match(uitvoer).Groups[1].Value, CultureInfo.InvariantCulture);
            var perSeconde = PerSecondeRegex().Match(uitvoer).Groups[1].Value;
            var p99 = P99Regex().Match(uitvoer).Groups[1].Value;
            await File.WriteAllTextAsync(PortalProces.TestUitvoer("belasting.txt"),
                $"wrk -t2 -c200 -d20s --timeout 60s op /Werkvoorraad (fatima.elamrani, demodata): {verzoeken} verzoeken, {perSeconde} per seconde, p99 {p99} ms\n\n{uitvoer}");

            Assert.DoesNotContain("Socket errors", uitvoer, StringComparison.Ordinal);
            Assert.DoesNotContain("Non-2xx or 3xx", uitvoer, StringComparison.Ordinal);
            Assert.Equal("0", StatusFoutenRegex().Match(uitvoer).Groups[1].Value);
            Assert.True(verzoeken > 0, "Geen enkel verzoek beantwoord.");
        }
        finally
        {
            File.Delete(script);
        }
    }

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex AantalRegex();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex PerSecondeRegex();

    [GeneratedRegex(@"P99_MS ([\d.]+)")]
    private static partial Regex P99Regex();

    [GeneratedRegex(@"STATUS_FOUTEN (\d+)")]
    private static partial Regex StatusFoutenRegex();
}
