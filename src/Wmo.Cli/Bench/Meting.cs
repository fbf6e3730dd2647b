using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Wmo.Cli.Bench;

/// <summary>A page under test: who asks for it and how (the counter rotates through several ids or search terms).</summary>
internal sealed record BenchPagina(string Naam, Sessie Sessie, Func<int, HttpRequestMessage> Verzoek)
{
    /// <summary>The name of the PDF letter, measured one request after another (the portal prints it with Chromium).</summary>
    public const string PdfBrief = "brief-pdf";
}

internal sealed record Resultaat(string Pagina, int Clients, int Aantal, int Fouten, double P50, double P95, double P99, double Rps)
{
    /// <summary>What the first failed request got (<c>HTTP 503</c>, <c>time-out</c>), so a failure says why; null without failures.</summary>
    public string? EersteFout { get; init; }

    /// <summary>Requests per second against the bare page measured alternately with this page (1 for the bare page itself).</summary>
    public double Ratio { get; init; } = double.NaN;

    public static Resultaat Uit(string pagina, int clients, IEnumerable<Meetstuk> stukken)
    {
        var lijst = stukken.ToList();
        return Uit(pagina, clients, [.. lijst.SelectMany(m => m.Duren)], lijst.Sum(m => m.Fouten), TimeSpan.FromTicks(lijst.Sum(m => m.Verstreken.Ticks)));
    }

    public static Resultaat Uit(string pagina, int clients, List<double> duren, int fouten, TimeSpan verstreken)
    {
        duren.Sort();
        return new Resultaat(pagina, clients, duren.Count, fouten, Percentiel(duren, 0.50), Percentiel(duren, 0.95), Percentiel(duren, 0.99),
            (duren.Count - fouten) / Math.Max(0.001, verstreken.TotalSeconds));
    }

    private static double Percentiel(List<double> gesorteerd, double p) =>
        gesorteerd.Count == 0 ? double.NaN : gesorteerd[Math.Clamp((int)Math.Ceiling(p * gesorteerd.Count) - 1, 0, gesorteerd.Count - 1)];
}

/// <summary>One stretch of load on one page: the duration of every request, the failed ones, and how long it took.</summary>
internal sealed record Meetstuk(List<double> Duren, int Fouten, TimeSpan Verstreken)
{
    public double Rps => (Duren.Count - Fouten) / Math.Max(0.001, Verstreken.TotalSeconds);
}

/// <summary>A page measured alternately with the bare page: both results, and the ratio of every round.</summary>
internal sealed record OmEnOm(Resultaat Pagina, Resultaat Referentie, IReadOnlyList<double> RatiosPerRonde);

/// <summary>Drives one page with a number of concurrent clients for a fixed time and measures every request.</summary>
internal static class Meting
{
    public static async Task<Resultaat> MeetAsync(BenchPagina pagina, int clients, TimeSpan duur, TimeSpan timeout, PortaalProces portaal, CancellationToken cancellationToken) =>
        Resultaat.Uit(pagina.Naam, clients, [await MeetStukAsync(pagina, clients, duur, timeout, portaal, cancellationToken)]);

    /// <summary>
    /// The page and the bare page in turns (<paramref name="rondes"/> rounds; the page gets <paramref name="duur"/> in all,
    /// the bare page a third of that), starting alternately with the one and the other: whatever else the machine does
    /// during the measurement weighs on both, so their ratio stays put where the absolute numbers do not (docs/performance.md).
    /// </summary>
    public static async Task<OmEnOm> MeetOmEnOmAsync(BenchPagina pagina, BenchPagina referentie, int clients, TimeSpan duur, int rondes, TimeSpan timeout, PortaalProces portaal, CancellationToken cancellationToken)
    {
        var stukPagina = duur / rondes;
        var stukReferentie = stukPagina / 3;
        var vanPagina = new List<Meetstuk>();
        var vanReferentie = new List<Meetstuk>();
        var ratios = new List<double>();
        for (var ronde = 0; ronde < rondes; ronde++)
        {
            Meetstuk p, r;
            if (ronde % 2 == 0)
            {
                r = await MeetStukAsync(referentie, clients, stukReferentie, timeout, portaal, cancellationToken);
                p = await MeetStukAsync(pagina, clients, stukPagina, timeout, portaal, cancellationToken);
            }
            else
            {
                p = await MeetStukAsync(pagina, clients, stukPagina, timeout, portaal, cancellationToken);
                r = await MeetStukAsync(referentie, clients, stukReferentie, timeout, portaal, cancellationToken);
            }

            vanPagina.Add(p);
            vanReferentie.Add(r);
            ratios.Add(p.Rps / Math.Max(0.001, r.Rps));
        }

        var kaal = Resultaat.Uit(referentie.Naam, clients, vanReferentie);
        var gemeten = Resultaat.Uit(pagina.Naam, clients, vanPagina);
        return new OmEnOm(gemeten with { Ratio = gemeten.Rps / Math.Max(0.001, kaal.Rps) }, kaal with { Ratio = 1 }, ratios);
    }

    private static async Task<Meetstuk> MeetStukAsync(BenchPagina pagina, int clients, TimeSpan duur, TimeSpan timeout, PortaalProces portaal, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        using var klaar = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var geheugen = Task.Run(async () =>
        {
            while (!klaar.IsCancellationRequested)
            {
                portaal.MeetGeheugen(clients);
                await Task.Delay(250, CancellationToken.None);
            }
        }, CancellationToken.None);

        var taken = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            using var http = pagina.Sessie.NieuweClient(timeout);
            var duren = new List<double>();
            var fouten = 0;
            var teller = c * 7919;
            while (Stopwatch.GetElapsedTime(start) < duur)
            {
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var verzoek = pagina.Verzoek(teller++);
                    using var antwoord = await http.SendAsync(verzoek, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    if (antwoord.StatusCode != HttpStatusCode.OK)
                    {
                        fouten++;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    // A time-out or a dropped connection counts as a failed request, with the time it took.
                    fouten++;
                }

                duren.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }

            return (duren, fouten);
        }, cancellationToken)).ToList();

        var uitkomsten = await Task.WhenAll(taken);
        var verstreken = Stopwatch.GetElapsedTime(start);
        await klaar.CancelAsync();
        await geheugen;
        return new Meetstuk([.. uitkomsten.SelectMany(u => u.duren)], uitkomsten.Sum(u => u.fouten), verstreken);
    }

    /// <summary>One request after another (the warm-up, and the PDF letter: the portal prints it with one Chromium).</summary>
    public static async Task<Resultaat> MeetNaElkaarAsync(BenchPagina pagina, int aantal, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = pagina.Sessie.NieuweClient(timeout);
        var duren = new List<double>();
        var fouten = 0;
        string? eersteFout = null;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < aantal; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                using var verzoek = pagina.Verzoek(i);
                using var antwoord = await http.SendAsync(verzoek, HttpCompletionOption.ResponseContentRead, cancellationToken);
                if (antwoord.StatusCode != HttpStatusCode.OK)
                {
                    fouten++;
                    eersteFout ??= $"HTTP {(int)antwoord.StatusCode}";
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                fouten++;
                eersteFout ??= e is TaskCanceledException ? $"geen antwoord binnen {timeout.TotalSeconds:F0} s" : e.Message;
            }

            duren.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        return Resultaat.Uit(pagina.Naam, 1, duren, fouten, Stopwatch.GetElapsedTime(start)) with { EersteFout = eersteFout };
    }

    /// <summary>
    /// Why a page failed, for the user: the first failure, and for the PDF letter (a 503 when the portal cannot print) that
    /// the portal prints with Chromium (docs/brieven.md).
    /// </summary>
    public static string Waarom(Resultaat resultaat)
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        if (resultaat.EersteFout is null)
        {
            return string.Empty;
        }

        var pdf = resultaat.Pagina == BenchPagina.PdfBrief && resultaat.EersteFout == "HTTP 503"
            ? "; het portaal drukt de brief af met Chromium: staat dat op het PATH (Debian: apt-get install chromium) of in Pdf__ChromiumPad? Zie docs/brieven.md"
            : string.Empty;
        return $" (eerste fout: {resultaat.EersteFout}{pdf})";
    }

    public static string Ms(double waarde) => double.IsNaN(waarde) ? "–" : waarde.ToString(waarde < 100 ? "F1" : "F0", CultureInfo.InvariantCulture);
}
