using Microsoft.Extensions.Options;

namespace Wmo.Web.Brieven;

/// <summary>Turns a complete, self-contained HTML letter into PDF bytes.</summary>
public interface IPdfRenderer
{
    Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default);
}

public sealed class PdfOpties
{
    public const string Sectie = "Pdf";

    /// <summary>Full path of the Chromium executable; empty means: look for <c>chromium</c> or <c>chromium-browser</c> on PATH.</summary>
    public string? ChromiumPad { get; set; }

    public int TimeoutSeconden { get; set; } = 30;

    /// <summary>How many Chromium processes may print at the same time (issue 9).</summary>
    public int MaximaalTegelijk { get; set; } = 2;

    /// <summary>How many requests may wait for a free place; more get "bezig, probeer het zo opnieuw".</summary>
    public int Wachtrij { get; set; } = 10;

    public int WachttijdSeconden { get; set; } = 20;
}

public sealed class PdfMislukt(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Prints the letter with Debian's headless Chromium (docs/architectuur.md: "PDF comes from headless Chromium printing
/// that view"). One browser keeps running and is reused (issue 12: about a second per letter instead of a cold start
/// of 13–16 s); its pages (tabs) are kept in a pool, at most as many as <see cref="BegrensdePdfRenderer"/> lets through
/// at a time. A browser that crashed or stopped answering is closed and a new one started; a letter that fails because
/// the browser died is tried once more on the new browser. Letters of more than one page get page numbers.
/// </summary>
public sealed class ChromiumPdfRenderer(IOptions<PdfOpties> opties, ILogger<ChromiumPdfRenderer> logger) : IPdfRenderer, IAsyncDisposable, IDisposable
{
    private const string Voettekst =
        "<div style=\"width:100%;margin:0 20mm 0 25mm;font-family:'DejaVu Sans',Arial,sans-serif;font-size:8pt;color:#444;text-align:right\">"
        + "Pagina <span class=\"pageNumber\"></span> van <span class=\"totalPages\"></span></div>";

    private static readonly string[] Namen = ["chromium", "chromium-browser"];

    private readonly SemaphoreSlim _starten = new(1, 1);
    private Browser? _browser;
    private int _starts;
    private bool _gestopt;

    /// <summary>How often a browser was started (tests: the second letter reuses the first browser).</summary>
    public int Starts => Volatile.Read(ref _starts);

    /// <summary>The process id of the running browser, if one runs.</summary>
    public int? BrowserProcesId => _browser is { Verbinding.Leeft: true } b ? b.Verbinding.ProcesId : null;

    /// <summary>The temporary profile folder of the running browser (removed when the browser stops).</summary>
    internal string? ProfielMap => _browser?.Verbinding.ProfielMap;

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        var chromium = ZoekChromium(opties.Value.ChromiumPad)
            ?? throw new PdfMislukt("Chromium is niet gevonden; stel Pdf:ChromiumPad in.");
        using var termijn = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        termijn.CancelAfter(TimeSpan.FromSeconds(opties.Value.TimeoutSeconden));
        for (var poging = 1; ; poging++)
        {
            var browser = await BrowserAsync(chromium, termijn.Token, cancellationToken);
            try
            {
                return await DrukAfAsync(browser, html, termijn.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A browser that does not answer in time is not trusted with the next letter either.
                await SluitAsync(browser);
                throw new PdfMislukt("Het maken van de PDF duurde te lang.");
            }
            catch (PdfMislukt e) when (poging == 1 && !browser.Verbinding.Leeft)
            {
                logger.LogWarning(e, "Chromium viel weg tijdens het afdrukken; een nieuwe browser probeert het opnieuw");
                await SluitAsync(browser);
            }
        }
    }

    private async Task<byte[]> DrukAfAsync(Browser browser, string html, CancellationToken cancellationToken)
    {
        var verbinding = browser.Verbinding;
        var pagina = browser.Vrij.TryTake(out var vrij) ? vrij : await NieuwePaginaAsync(verbinding, cancellationToken);
        var terugInPool = false;
        try
        {
            await verbinding.StuurAsync("Page.setDocumentContent", new { frameId = pagina.FrameId, html }, pagina.Sessie, cancellationToken);
            await verbinding.StuurAsync("Runtime.evaluate", new { expression = "document.fonts.ready.then(() => true)", awaitPromise = true }, pagina.Sessie, cancellationToken);
            var pdf = await PrintAsync(verbinding, pagina, paginanummers: false, cancellationToken);
            if (AantalPaginas(pdf) > 1)
            {
                // Same margins, so the second print has the same pages; the number sits in the bottom margin.
                pdf = await PrintAsync(verbinding, pagina, paginanummers: true, cancellationToken);
            }

            terugInPool = true;
            return pdf;
        }
        finally
        {
            if (terugInPool)
            {
                browser.Vrij.Add(pagina);
            }
            else if (verbinding.Leeft)
            {
                await SluitPaginaAsync(verbinding, pagina);
            }
        }
    }

    private static async Task<byte[]> PrintAsync(ChromiumVerbinding verbinding, Pagina pagina, bool paginanummers, CancellationToken cancellationToken)
    {
        var resultaat = await verbinding.StuurAsync(
            "Page.printToPDF",
            new
            {
                printBackground = true,
                preferCSSPageSize = true,
                paperWidth = 8.27, // A4 in inches, for HTML without its own @page size
                paperHeight = 11.69,
                displayHeaderFooter = paginanummers,
                headerTemplate = "<span></span>",
                footerTemplate = paginanummers ? Voettekst : "<span></span>",
            },
            pagina.Sessie,
            cancellationToken);
        return resultaat.GetProperty("data").GetBytesFromBase64();
    }

    /// <summary>The page count from the PDF's page tree (Chromium writes one <c>/Type /Pages</c> root with <c>/Count</c>).</summary>
    internal static int AantalPaginas(byte[] pdf)
    {
        var tekst = System.Text.Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Matches(tekst, @"/Type\s*/Page(?![a-zA-Z])").Count;
    }

    private static async Task<Pagina> NieuwePaginaAsync(ChromiumVerbinding verbinding, CancellationToken cancellationToken)
    {
        var doel = (await verbinding.StuurAsync("Target.createTarget", new { url = "about:blank" }, null, cancellationToken)).GetProperty("targetId").GetString()!;
        var sessie = (await verbinding.StuurAsync("Target.attachToTarget", new { targetId = doel, flatten = true }, null, cancellationToken)).GetProperty("sessionId").GetString()!;
        var boom = await verbinding.StuurAsync("Page.getFrameTree", null, sessie, cancellationToken);
        return new Pagina(doel, sessie, boom.GetProperty("frameTree").GetProperty("frame").GetProperty("id").GetString()!);
    }

    private async Task SluitPaginaAsync(ChromiumVerbinding verbinding, Pagina pagina)
    {
        try
        {
            using var kort = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await verbinding.StuurAsync("Target.closeTarget", new { targetId = pagina.Doel }, null, kort.Token);
        }
        catch (Exception e) when (e is PdfMislukt or OperationCanceledException)
        {
            logger.LogDebug(e, "Pagina van Chromium kon niet worden gesloten");
        }
    }

    /// <summary>The running browser, or a new one when there is none or it died (crash, kill, closed connection).</summary>
    private async Task<Browser> BrowserAsync(string chromium, CancellationToken termijn, CancellationToken aanvrager)
    {
        try
        {
            await _starten.WaitAsync(termijn);
        }
        catch (OperationCanceledException) when (!aanvrager.IsCancellationRequested)
        {
            throw new PdfMislukt("Het maken van de PDF duurde te lang.");
        }

        try
        {
            ObjectDisposedException.ThrowIf(_gestopt, this);
            if (_browser is { Verbinding.Leeft: true } levend)
            {
                return levend;
            }

            if (_browser is { } dood)
            {
                logger.LogWarning("Chromium draait niet meer; er wordt een nieuwe browser gestart");
                _browser = null;
                await dood.Verbinding.DisposeAsync();
            }

            try
            {
                _browser = new Browser(await ChromiumVerbinding.StartAsync(chromium, termijn));
            }
            catch (OperationCanceledException) when (!aanvrager.IsCancellationRequested)
            {
                throw new PdfMislukt("Het maken van de PDF duurde te lang.");
            }

            Interlocked.Increment(ref _starts);
            return _browser;
        }
        finally
        {
            _starten.Release();
        }
    }

    private async Task SluitAsync(Browser browser)
    {
        await _starten.WaitAsync(CancellationToken.None);
        try
        {
            if (ReferenceEquals(_browser, browser))
            {
                _browser = null;
            }
        }
        finally
        {
            _starten.Release();
        }

        await browser.Verbinding.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _starten.WaitAsync(CancellationToken.None);
        try
        {
            _gestopt = true;
            if (_browser is { } browser)
            {
                _browser = null;
                await browser.Verbinding.DisposeAsync();
            }
        }
        finally
        {
            _starten.Release();
        }
    }

    public void Dispose()
    {
        DisposeAsync().AsTask().GetAwaiter().GetResult();
        _starten.Dispose();
    }

    private static string? ZoekChromium(string? ingesteld)
    {
        if (!string.IsNullOrWhiteSpace(ingesteld))
        {
            return File.Exists(ingesteld) ? ingesteld : null;
        }

        var paden = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Namen.SelectMany(naam => paden.Select(map => Path.Combine(map, naam))).FirstOrDefault(File.Exists);
    }

    private sealed record Pagina(string Doel, string Sessie, string FrameId);

    /// <summary>A running browser with its free pages (a page belongs to the browser that opened it).</summary>
    private sealed record Browser(ChromiumVerbinding Verbinding)
    {
        public System.Collections.Concurrent.ConcurrentBag<Pagina> Vrij { get; } = [];
    }
}
