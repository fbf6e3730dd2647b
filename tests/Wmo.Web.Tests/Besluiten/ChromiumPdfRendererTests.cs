using System.Runtime.Versioning;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wmo.Web.Brieven;

namespace Wmo.Web.Tests.Besluiten;

public sealed class ChromiumPdfRendererTests
{
    private static ChromiumPdfRenderer Renderer(string? pad, int timeoutSeconden = 30) =>
        new(Options.Create(new PdfOpties { ChromiumPad = pad, TimeoutSeconden = timeoutSeconden }), NullLogger<ChromiumPdfRenderer>.Instance);

    private static string[] TijdelijkeMappen() => Directory.GetDirectories(Path.GetTempPath(), "wmo-brief-*");

    [Fact]
    public async Task Chromium_op_het_pad_drukt_html_af_als_pdf_en_ruimt_op()
    {
        var voor = TijdelijkeMappen();

        var pdf = await Renderer(null).RenderAsync("<!DOCTYPE html><html lang=\"nl\"><body><h1>Proefbrief</h1></body></html>");

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.True(pdf.Length > 1024);
        Assert.Equal(voor.Order(), TijdelijkeMappen().Order());
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

            var fout = await Assert.ThrowsAsync<PdfMislukt>(() => Renderer(script, timeoutSeconden: 1).RenderAsync("<html></html>"));

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
        var fout = await Assert.ThrowsAsync<PdfMislukt>(() => Renderer("/bestaat/niet/chromium").RenderAsync("<html></html>"));

        Assert.Contains("Pdf:ChromiumPad", fout.Message);
    }
}
