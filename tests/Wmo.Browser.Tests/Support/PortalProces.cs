using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Wmo.Browser.Tests.Support;

/// <summary>
/// The real portal as a separate process on a free loopback port, on its own SQLite database with the
/// Development demo data — the way a user meets it. Stopped (and its data removed) when the tests end.
/// </summary>
public sealed class PortalProces : IAsyncDisposable
{
    private readonly Process _proces;
    private readonly string _map;

    private PortalProces(Process proces, string map, Uri adres)
    {
        _proces = proces;
        _map = map;
        Adres = adres;
    }

    public Uri Adres { get; }

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Wmo.Portal.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Wmo.Portal.sln niet gevonden.");
        }
    }

    /// <summary>A file in test-output/ (created when missing), where the tests leave screenshots and figures.</summary>
    public static string TestUitvoer(string bestand)
    {
        var map = Path.Combine(RepoRoot, "test-output");
        Directory.CreateDirectory(map);
        return Path.Combine(map, bestand);
    }

    public static string Configuratie =>
        typeof(PortalProces).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static async Task<PortalProces> StartAsync(string? map = null, IDictionary<string, string>? extra = null)
    {
        map ??= Path.Combine(Path.GetTempPath(), "wmo-browser", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(map);
        var poort = VrijePoort();
        var adres = new Uri($"http://127.0.0.1:{poort}");
        var webProject = Path.Combine(RepoRoot, "src", "Wmo.Web");
        var dll = Path.Combine(webProject, "bin", Configuratie, "net10.0", "Wmo.Web.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls {adres}")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__DataFolder"] = map;
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(map, "logs", "wmo-.log");

        // Many test clients sign in from one address and as the same demo users; the limits themselves are tested in Wmo.Web.Tests.
        start.Environment["Beveiliging__InlogpogingenPerAdresPerMinuut"] = "1000000";
        start.Environment["Beveiliging__InlogpogingenPerAccountPerMinuut"] = "1000000";
        foreach (var (sleutel, waarde) in extra ?? new Dictionary<string, string>())
        {
            start.Environment[sleutel] = waarde;
        }

        var proces = Process.Start(start) ?? throw new InvalidOperationException("Het portaal kon niet worden gestart.");
        proces.OutputDataReceived += (_, _) => { };
        proces.ErrorDataReceived += (_, _) => { };
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();

        var portaal = new PortalProces(proces, map, adres);
        try
        {
            // Generous: a fresh database is migrated and filled with demo data first, and CI machines can be slow.
            await portaal.WachtTotGezondAsync(TimeSpan.FromMinutes(4));
        }
        catch
        {
            // A portal that never became healthy must not outlive the test run.
            await portaal.DisposeAsync();
            throw;
        }

        return portaal;
    }

    public string DataMap => _map;

    public int ProcesId => _proces.Id;

    public async Task WachtTotGezondAsync(TimeSpan maximaal)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var tot = DateTime.UtcNow + maximaal;
        while (DateTime.UtcNow < tot)
        {
            if (_proces.HasExited)
            {
                throw new InvalidOperationException($"Het portaal stopte met code {_proces.ExitCode}.");
            }

            try
            {
                var antwoord = await http.GetAsync(new Uri(Adres, "/health"));
                if (antwoord.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting up.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("Het portaal werd niet gezond binnen de tijd.");
    }

    /// <summary>Ends the process at once, like a power cut of the application (SIGKILL).</summary>
    public void Doden()
    {
        if (!_proces.HasExited)
        {
            _proces.Kill(entireProcessTree: true);
            _proces.WaitForExit(10_000);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Doden();
        _proces.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Delay(100);
        try
        {
            Directory.Delete(_map, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }

    private static int VrijePoort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
