using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Wmo.Cli.Bench;

/// <summary>A page under test: who asks for it and how (the counter rotates through several ids or search terms).</summary>
internal sealed record BenchPagina(string Naam, Sessie Sessie, Func<int, HttpRequestMessage> Verzoek);

internal sealed record Resultaat(string Pagina, int Clients, int Aantal, int Fouten, double P50, double P95, double P99, double Rps)
{
    public static Resultaat Uit(string pagina, int clients, List<double> duren, int fouten, TimeSpan verstreken)
    {
        duren.Sort();
        return new Resultaat(pagina, clients, duren.Count, fouten, Percentiel(duren, 0.50), Percentiel(duren, 0.95), Percentiel(duren, 0.99),
            (duren.Count - fouten) / Math.Max(0.001, verstreken.TotalSeconds));
    }

    private static double Percentiel(List<double> gesorteerd, double p) =>
        gesorteerd.Count == 0 ? double.NaN : gesorteerd[Math.Clamp((int)Math.Ceiling(p * gesorteerd.Count) - 1, 0, gesorteerd.Count - 1)];
}

/// <summary>Drives one page with a number of concurrent clients for a fixed time and measures every request.</summary>
internal static class Meting
{
    public static async Task<Resultaat> MeetAsync(BenchPagina pagina, int clients, TimeSpan duur, TimeSpan timeout, PortaalProces portaal, CancellationToken cancellationToken)
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
        return Resultaat.Uit(pagina.Naam, clients, [.. uitkomsten.SelectMany(u => u.duren)], uitkomsten.Sum(u => u.fouten), verstreken);
    }

    /// <summary>One request after another (for the PDF letter: every request starts a Chromium).</summary>
    public static async Task<Resultaat> MeetNaElkaarAsync(BenchPagina pagina, int aantal, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = pagina.Sessie.NieuweClient(timeout);
        var duren = new List<double>();
        var fouten = 0;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < aantal; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                using var verzoek = pagina.Verzoek(i);
                using var antwoord = await http.SendAsync(verzoek, HttpCompletionOption.ResponseContentRead, cancellationToken);
                fouten += antwoord.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                fouten++;
            }

            duren.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        return Resultaat.Uit(pagina.Naam, 1, duren, fouten, Stopwatch.GetElapsedTime(start));
    }

    public static string Ms(double waarde) => double.IsNaN(waarde) ? "–" : waarde.ToString(waarde < 100 ? "F1" : "F0", CultureInfo.InvariantCulture);
}
