using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Wmo.Cli.Bench;

/// <summary>
/// The portal as a separate process (its Release build) on a free loopback port and a given database folder, the way
/// it runs in production; the benchmark measures it from outside. Only loopback: nothing else is ever a target.
/// </summary>
internal sealed class PortaalProces : IAsyncDisposable
{
    private readonly Process _proces;
    private long _piekGeheugen;
    private long _piekEigen;
    private long _piekBestanden;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, long> _piekPss = new();

    private PortaalProces(Process proces, Uri adres)
    {
        _proces = proces;
        Adres = adres;
    }

    public Uri Adres { get; }

    /// <summary>Highest resident memory (VmHWM) of the portal process so far, in bytes; 0 where /proc is missing.</summary>
    public long PiekGeheugen => Math.Max(_piekGeheugen, LeesProc("VmHWM:"));

    /// <summary>
    /// Highest resident memory of the portal's own (RssAnon: managed heap, native allocations, stacks) in the samples, in
    /// bytes. The rest of the resident memory is mostly mapped files (<see cref="PiekBestanden"/>).
    /// </summary>
    public long PiekEigen => _piekEigen;

    /// <summary>
    /// Highest resident mapped-file memory (RssFile) in the samples, in bytes: the database pages SQLite reads through its
    /// memory map (<c>mmap_size</c>) and the loaded assemblies. These are the kernel's page cache, shared and reclaimable;
    /// read() instead of the map would keep the same pages in the cache, just not counted with the process.
    /// </summary>
    public long PiekBestanden => _piekBestanden;

    /// <summary>
    /// Highest proportional memory (Pss, /proc/&lt;pid&gt;/smaps_rollup) in the samples per number of clients, in bytes. Every
    /// SQLite connection maps the database file on its own, and the resident set (VmRSS, RssFile) counts a file page once
    /// per mapping that touched it, so with 64 pooled connections the same 64 MiB of the file can count 64 times. Pss counts
    /// each page once for this process (shared with another process: its share): the memory the portal really holds.
    /// </summary>
    public IReadOnlyDictionary<int, long> PiekProportioneel => _piekPss;

    public static async Task<PortaalProces> StartAsync(string webProject, string dataMap, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(webProject, "bin", "Release", "net10.0", "Wmo.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"De Release-build van het portaal ontbreekt ({dll}).");
        }

        var adres = new Uri($"http://127.0.0.1:{VrijePoort()}");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls {adres}")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Development only for the plain-HTTP cookie on loopback; the build is Release and the database already holds
        // a gemeente, so no demo data is added.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__DataFolder"] = dataMap;
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(dataMap, "logs", "wmo-.log");
        var proces = Process.Start(start) ?? throw new InvalidOperationException("Het portaal kon niet worden gestart.");
        proces.OutputDataReceived += (_, _) => { };
        proces.ErrorDataReceived += (_, _) => { };
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        var portaal = new PortaalProces(proces, adres);
        try
        {
            await portaal.WachtTotGezondAsync(TimeSpan.FromMinutes(3), cancellationToken);
        }
        catch
        {
            await portaal.DisposeAsync();
            throw;
        }

        return portaal;
    }

    /// <summary>
    /// Waits until the portal answers <c>/health</c> quickly again: requests a client gave up on may still be running on
    /// the server (until they finish or honour the cancellation), and must not weigh on the next page's measurement.
    /// Returns how long that took.
    /// </summary>
    public async Task<TimeSpan> WachtTotRustigAsync(TimeSpan maximaal, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (Stopwatch.GetElapsedTime(start) < maximaal)
        {
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                using var antwoord = await http.GetAsync(new Uri(Adres, "/health"), cancellationToken);
                if (antwoord.IsSuccessStatusCode && Stopwatch.GetElapsedTime(t0) < TimeSpan.FromMilliseconds(200))
                {
                    break;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Busy: try again.
            }

            await Task.Delay(500, cancellationToken);
        }

        return Stopwatch.GetElapsedTime(start);
    }

    /// <summary>Samples the resident memory (call now and then during a run).</summary>
    public void MeetGeheugen(int clients)
    {
        _piekGeheugen = Math.Max(_piekGeheugen, LeesProc("VmRSS:"));
        _piekEigen = Math.Max(_piekEigen, LeesProc("RssAnon:"));
        _piekBestanden = Math.Max(_piekBestanden, LeesProc("RssFile:"));
        _piekPss[clients] = Math.Max(_piekPss.GetValueOrDefault(clients), LeesProc("Pss:", "smaps_rollup"));
    }

    public ValueTask DisposeAsync()
    {
        if (!_proces.HasExited)
        {
            _proces.Kill(entireProcessTree: true);
            _proces.WaitForExit(10_000);
        }

        _proces.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WachtTotGezondAsync(TimeSpan maximaal, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var tot = DateTime.UtcNow + maximaal;
        while (DateTime.UtcNow < tot)
        {
            if (_proces.HasExited)
            {
                throw new InvalidOperationException($"Het portaal stopte met code {_proces.ExitCode}.");
            }

            try
            {
                using var antwoord = await http.GetAsync(new Uri(Adres, "/health"), cancellationToken);
                if (antwoord.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Still starting (migrations, warm-up).
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException("Het portaal werd niet gezond binnen de tijd.");
    }

    private long LeesProc(string veld, string bestand = "status")
    {
        try
        {
            var regel = File.ReadLines($"/proc/{_proces.Id}/{bestand}").FirstOrDefault(r => r.StartsWith(veld, StringComparison.Ordinal));
            if (regel is null)
            {
                return 0;
            }

            var kb = regel[veld.Length..].Trim().Split(' ')[0];
            return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static int VrijePoort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
