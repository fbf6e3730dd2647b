using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.Versioning;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wmo.Web.Brieven;
using Xunit.Abstractions;

namespace Wmo.Web.Tests.Besluiten;

public sealed class ChromiumPdfRendererTests(ITestOutputHelper uitvoer)
{
    private const string Proefbrief = "<!DOCTYPE html><html lang=\"nl\"><body><h1>Proefbrief</h1></body></html>";

    private static ChromiumPdfRenderer Renderer(string? pad, int timeoutSeconden = 30) =>
        new(Options.Create(new PdfOpties { ChromiumPad = pad, TimeoutSeconden = timeoutSeconden }), NullLogger<ChromiumPdfRenderer>.Instance);

    [Fact]
    public async Task Chromium_op_het_pad_drukt_html_af_als_pdf_en_ruimt_bij_het_stoppen_op()
    {
        var renderer = Renderer(null);

        var pdf = await renderer.RenderAsync(Proefbrief);
        var profiel = renderer.ProfielMap;
        var proces = renderer.BrowserProcesId!.Value;
        await renderer.DisposeAsync();

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.True(pdf.Length > 1024);
        Assert.NotNull(profiel);
        Assert.False(Directory.Exists(profiel));
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(proces));
    }

    [Fact]
    public async Task Een_tweede_pdf_hergebruikt_de_draaiende_browser()
    {
        await using var renderer = Renderer(null);
        var klok = Stopwatch.StartNew();
        await renderer.RenderAsync(Proefbrief);
        var eerste = klok.Elapsed;
        var proces = renderer.BrowserProcesId;

        klok.Restart();
        var pdf = await renderer.RenderAsync(Proefbrief.Replace("Proefbrief", "Tweede brief", StringComparison.Ordinal));
        uitvoer.WriteLine($"eerste PDF (met start van de browser) {eerste.TotalMilliseconds:F0} ms, tweede {klok.Elapsed.TotalMilliseconds:F0} ms");

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Equal(1, renderer.Starts);
        Assert.NotNull(proces);
        Assert.Equal(proces, renderer.BrowserProcesId);
    }

    [Fact]
    public async Task Een_gecrashte_browser_wordt_herstart()
    {
        await using var renderer = Renderer(null);
        await renderer.RenderAsync(Proefbrief);
        var eerste = renderer.BrowserProcesId!.Value;
        using (var proces = Process.GetProcessById(eerste))
        {
            proces.Kill(entireProcessTree: true);
            await proces.WaitForExitAsync();
        }

        var pdf = await renderer.RenderAsync(Proefbrief);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Equal(2, renderer.Starts);
        Assert.NotEqual(eerste, renderer.BrowserProcesId);
    }

    [Fact]
    public async Task Gelijktijdige_brieven_krijgen_elk_een_eigen_pagina_van_dezelfde_browser()
    {
        await using var renderer = Renderer(null);

        var pdfs = await Task.WhenAll(Enumerable.Range(1, 3).Select(n => renderer.RenderAsync(Proefbrief.Replace("Proefbrief", $"Brief {n}", StringComparison.Ordinal))));

        Assert.All(pdfs, pdf => Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5)));
        Assert.Equal(1, renderer.Starts);
    }

    [Fact]
    public async Task Alleen_een_brief_van_meer_dan_een_pagina_krijgt_paginanummers()
    {
        await using var renderer = Renderer(null);
        var lang = "<!DOCTYPE html><html lang=\"nl\"><body>" + string.Concat(Enumerable.Range(1, 120).Select(n => $"<p>Alinea {n} van een lange brief.</p>")) + "</body></html>";

        var kort = await renderer.RenderAsync(Proefbrief);
        var meer = await renderer.RenderAsync(lang);

        Assert.Equal(1, ChromiumPdfRenderer.AantalPaginas(kort));
        Assert.True(ChromiumPdfRenderer.AantalPaginas(meer) > 1);
        Assert.False(HeeftVoettekst(kort));
        Assert.True(HeeftVoettekst(meer));
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task Een_chromium_dat_blijft_hangen_wordt_na_de_timeout_gestopt()
    {
        var script = Path.Combine(Path.GetTempPath(), $"hangende-chromium-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, "#!/bin/sh\nsleep 60\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var gestart = DateTime.UtcNow;
            await using var renderer = Renderer(script, timeoutSeconden: 1);

            var fout = await Assert.ThrowsAsync<PdfMislukt>(() => renderer.RenderAsync("<html></html>"));

            Assert.Equal("Het maken van de PDF duurde te lang.", fout.Message);
            Assert.True(DateTime.UtcNow - gestart < TimeSpan.FromSeconds(20));
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Fact]
    public async Task Een_onbekend_chromium_pad_geeft_een_duidelijke_fout()
    {
        await using var renderer = Renderer("/bestaat/niet/chromium");

        var fout = await Assert.ThrowsAsync<PdfMislukt>(() => renderer.RenderAsync("<html></html>"));

        Assert.Contains("Pdf:ChromiumPad", fout.Message);
    }

    /// <summary>The footer is printed in its own grey (#444): look for that fill colour in the page content streams.</summary>
    private static bool HeeftVoettekst(byte[] pdf)
    {
        var tekst = Encoding.Latin1.GetString(pdf);
        foreach (Match stroom in Regex.Matches(tekst, @"(?<!end)stream\r?\n"))
        {
            var begin = stroom.Index + stroom.Length;
            var einde = tekst.IndexOf("endstream", begin, StringComparison.Ordinal);
            try
            {
                using var gelezen = new ZLibStream(new MemoryStream(pdf, begin, einde - begin), CompressionMode.Decompress);
                using var lezer = new StreamReader(gelezen, Encoding.Latin1);
                if (lezer.ReadToEnd().Contains(".2667 .2667 .2667 rg", StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (InvalidDataException)
            {
                // not a Flate stream (an image or font): skip
            }
        }

        return false;
    }
}
