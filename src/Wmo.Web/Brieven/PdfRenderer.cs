using System.Diagnostics;
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
/// that view"). Every call gets its own temporary folder (HTML, profile, PDF) which is removed afterwards; a process
/// that does not finish in time is killed.
/// </summary>
public sealed class ChromiumPdfRenderer(IOptions<PdfOpties> opties, ILogger<ChromiumPdfRenderer> logger) : IPdfRenderer
{
    private static readonly string[] Namen = ["chromium", "chromium-browser"];

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        var chromium = ZoekChromium(opties.Value.ChromiumPad)
            ?? throw new PdfMislukt("Chromium is niet gevonden; stel Pdf:ChromiumPad in.");
        var map = Directory.CreateTempSubdirectory("wmo-brief-");
        try
        {
            var htmlPad = Path.Combine(map.FullName, "brief.html");
            var pdfPad = Path.Combine(map.FullName, "brief.pdf");
            await File.WriteAllTextAsync(htmlPad, html, cancellationToken);

            var start = new ProcessStartInfo(chromium)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", $"--user-data-dir={Path.Combine(map.FullName, "profiel")}",
                "--no-pdf-header-footer", $"--print-to-pdf={pdfPad}", new Uri(htmlPad).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var proces = Process.Start(start) ?? throw new PdfMislukt("Chromium kon niet worden gestart.");
            var uitvoer = proces.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var fouten = proces.StandardError.ReadToEndAsync(CancellationToken.None);
            using var termijn = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            termijn.CancelAfter(TimeSpan.FromSeconds(opties.Value.TimeoutSeconden));
            try
            {
                await proces.WaitForExitAsync(termijn.Token);
            }
            catch (OperationCanceledException)
            {
                proces.Kill(entireProcessTree: true);
                await proces.WaitForExitAsync(CancellationToken.None);
                throw new PdfMislukt("Het maken van de PDF duurde te lang.");
            }

            await Task.WhenAll(uitvoer, fouten);
            if (proces.ExitCode != 0 || !File.Exists(pdfPad))
            {
                logger.LogWarning("Chromium gaf geen PDF (exitcode {ExitCode})", proces.ExitCode);
                throw new PdfMislukt("Het maken van de PDF is mislukt.");
            }

            return await File.ReadAllBytesAsync(pdfPad, cancellationToken);
        }
        finally
        {
            try
            {
                map.Delete(recursive: true);
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Tijdelijke map van de PDF kon niet worden opgeruimd");
            }
        }
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
}
