using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Wmo.Web.Brieven;

/// <summary>
/// One running headless Chromium and its DevTools connection (Chrome DevTools Protocol over a WebSocket on
/// 127.0.0.1, a random port). Commands are matched to their answers by id; when the process dies or the socket closes,
/// every waiting command fails and <see cref="Leeft"/> turns false, so the renderer starts a new browser.
/// </summary>
internal sealed partial class ChromiumVerbinding : IAsyncDisposable
{
    private readonly Process _proces;
    private readonly DirectoryInfo _profiel;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _wachtend = new();
    private readonly SemaphoreSlim _zenden = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _ontvangen = Task.CompletedTask;
    private int _volgnummer;
    private volatile bool _verbroken;

    private ChromiumVerbinding(Process proces, DirectoryInfo profiel)
    {
        _proces = proces;
        _profiel = profiel;
        AppDomain.CurrentDomain.ProcessExit += StopBijAfsluiten;
    }

    /// <summary>
    /// Chromium is no child that dies with us: when the portal (or a test host) ends without disposing its services,
    /// the browser is stopped here, so no orphaned Chromium keeps running.
    /// </summary>
    private void StopBijAfsluiten(object? sender, EventArgs e)
    {
        try
        {
            if (!_proces.HasExited)
            {
                _proces.Kill(entireProcessTree: true);
            }
        }
        catch (Exception fout) when (fout is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // already gone
        }
    }

    public int ProcesId => _proces.Id;

    public string ProfielMap => _profiel.FullName;

    public bool Leeft => !_verbroken && !_proces.HasExited && _socket.State == WebSocketState.Open;

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex Luistert();

    public static async Task<ChromiumVerbinding> StartAsync(string chromium, CancellationToken cancellationToken)
    {
        var profiel = Directory.CreateTempSubdirectory("wmo-brief-");
        var start = new ProcessStartInfo(chromium)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--no-first-run", "--disable-dev-shm-usage", "--mute-audio",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profiel.FullName}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process proces;
        try
        {
            proces = Process.Start(start) ?? throw new PdfMislukt("Chromium kon niet worden gestart.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            VerwijderMap(profiel);
            throw new PdfMislukt("Chromium kon niet worden gestart.", e);
        }

        var verbinding = new ChromiumVerbinding(proces, profiel);
        try
        {
            _ = proces.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var adres = await LeesAdresAsync(proces, cancellationToken);
            await verbinding._socket.ConnectAsync(new Uri(adres), cancellationToken);
            verbinding._ontvangen = Task.Run(verbinding.OntvangAsync, CancellationToken.None);
            return verbinding;
        }
        catch
        {
            await verbinding.DisposeAsync();
            throw;
        }
    }

    /// <summary>Reads stderr until Chromium names its DevTools address; the rest of stderr is drained so the pipe never fills.</summary>
    private static async Task<string> LeesAdresAsync(Process proces, CancellationToken cancellationToken)
    {
        while (await proces.StandardError.ReadLineAsync(cancellationToken) is { } regel)
        {
            if (Luistert().Match(regel) is { Success: true } gevonden)
            {
                _ = proces.StandardError.ReadToEndAsync(CancellationToken.None);
                return gevonden.Groups[1].Value;
            }
        }

        throw new PdfMislukt("Chromium stopte voordat het klaar was om af te drukken.");
    }

    /// <summary>Sends one DevTools command (to the browser, or to a page when <paramref name="sessie"/> is given) and waits for its answer.</summary>
    public async Task<JsonElement> StuurAsync(string methode, object? parameters, string? sessie, CancellationToken cancellationToken)
    {
        if (!Leeft)
        {
            throw new PdfMislukt("De verbinding met Chromium is verbroken.");
        }

        var id = Interlocked.Increment(ref _volgnummer);
        var antwoord = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _wachtend[id] = antwoord;
        var bericht = new JsonObject { ["id"] = id, ["method"] = methode, ["params"] = JsonSerializer.SerializeToNode(parameters ?? new { }) };
        if (sessie is not null)
        {
            bericht["sessionId"] = sessie;
        }

        try
        {
            await _zenden.WaitAsync(cancellationToken);
            try
            {
                await _socket.SendAsync(Encoding.UTF8.GetBytes(bericht.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
            finally
            {
                _zenden.Release();
            }

            return await antwoord.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            _wachtend.TryRemove(id, out _);
        }
    }

    private async Task OntvangAsync()
    {
        var buffer = new byte[64 * 1024];
        using var bericht = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var ontvangen = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (ontvangen.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                bericht.Write(buffer, 0, ontvangen.Count);
                if (!ontvangen.EndOfMessage)
                {
                    continue;
                }

                Verwerk(bericht.GetBuffer().AsSpan(0, (int)bericht.Length));
                bericht.SetLength(0);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The browser went away (crash, kill, shutdown): handled below for everyone still waiting.
        }

        _verbroken = true;
        foreach (var wacht in _wachtend.Values)
        {
            wacht.TrySetException(new PdfMislukt("De verbinding met Chromium is verbroken."));
        }
    }

    private void Verwerk(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var wortel = document.RootElement;
        if (!wortel.TryGetProperty("id", out var id) || !_wachtend.TryGetValue(id.GetInt32(), out var wacht))
        {
            return; // an event: the renderer asks for what it needs instead of listening
        }

        if (wortel.TryGetProperty("error", out var fout))
        {
            wacht.TrySetException(new PdfMislukt($"Chromium weigerde de opdracht: {fout.GetProperty("message").GetString()}"));
        }
        else
        {
            wacht.TrySetResult(wortel.GetProperty("result").Clone());
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopBijAfsluiten;
        _verbroken = true;
        await _stop.CancelAsync();
        try
        {
            if (!_proces.HasExited)
            {
                _proces.Kill(entireProcessTree: true);
                await _proces.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // already gone, or refuses to die: the folder below is removed as far as possible
        }

        await _ontvangen.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _proces.Dispose();
        _stop.Dispose();
        _zenden.Dispose();
        VerwijderMap(_profiel);
    }

    private static void VerwijderMap(DirectoryInfo map)
    {
        for (var poging = 0; poging < 5; poging++)
        {
            try
            {
                map.Refresh();
                if (map.Exists)
                {
                    map.Delete(recursive: true);
                }

                return;
            }
            catch (IOException)
            {
                Thread.Sleep(100); // Chromium's last child may still be writing its profile
            }
            catch (UnauthorizedAccessException)
            {
                return;
            }
        }
    }
}
