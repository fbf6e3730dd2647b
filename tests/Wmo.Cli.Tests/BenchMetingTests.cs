using Wmo.Cli.Bench;

namespace Wmo.Cli.Tests;

/// <summary>
/// How the benchmark combines the rounds of a page measured in turns with the bare page: the page's figures come from all its
/// rounds together, not from one round or an average of averages. Counts and arithmetic only, never a speed.
/// </summary>
public sealed class BenchMetingTests
{
    [Fact]
    public void Rondes_samen_geven_percentielen_over_alle_verzoeken_en_req_s_over_de_totale_tijd()
    {
        // Round one: 90 requests of 10 ms in 1 s, 1 failed. Round two: 10 requests of 100 ms in 4 s.
        var eerste = new Meetstuk([.. Enumerable.Repeat(10.0, 90)], 1, TimeSpan.FromSeconds(1));
        var tweede = new Meetstuk([.. Enumerable.Repeat(100.0, 10)], 0, TimeSpan.FromSeconds(4));

        var samen = Resultaat.Uit("werkvoorraad", 16, [eerste, tweede]);

        Assert.Equal(100, samen.Aantal);
        Assert.Equal(1, samen.Fouten);
        Assert.Equal(10.0, samen.P50);
        Assert.Equal(100.0, samen.P95);
        // 99 answered requests in 5 s, not the mean of 89 and 2.5 req/s.
        Assert.Equal(99 / 5.0, samen.Rps, 6);
        Assert.Equal(89.0, eerste.Rps, 6);
        Assert.Equal(2.5, tweede.Rps, 6);
    }

    [Fact]
    public void Een_meting_zonder_ratio_zegt_dat_en_de_ratio_wordt_alleen_gezet_door_wie_hem_meet()
    {
        var alleen = Resultaat.Uit("kaal", 16, [new Meetstuk([1.0, 2.0, 3.0], 0, TimeSpan.FromSeconds(1))]);

        Assert.True(double.IsNaN(alleen.Ratio));
        Assert.Equal(3.0, alleen.Rps, 6);
        Assert.Equal(0.5, (alleen with { Ratio = 0.5 }).Ratio);
    }

    [Fact]
    public void Een_mislukte_pdf_brief_zegt_waarom_en_noemt_chromium_alleen_bij_een_503_van_de_brief()
    {
        var zonderFouten = Resultaat.Uit("brief-pdf", 1, [3.0], 0, TimeSpan.FromSeconds(1));
        var pdf = Resultaat.Uit("brief-pdf", 1, [3.0, 4.0], 2, TimeSpan.FromSeconds(1)) with { EersteFout = "HTTP 503" };
        var dossier = Resultaat.Uit("dossier", 1, [3.0], 1, TimeSpan.FromSeconds(1)) with { EersteFout = "HTTP 503" };
        var pdfTimeout = pdf with { EersteFout = "geen antwoord binnen 60 s" };

        Assert.Equal(string.Empty, Meting.Waarom(zonderFouten));
        Assert.StartsWith(" (eerste fout: HTTP 503; ", Meting.Waarom(pdf), StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", Meting.Waarom(pdf), StringComparison.Ordinal);
        Assert.Equal(" (eerste fout: HTTP 503)", Meting.Waarom(dossier));
        Assert.Equal(" (eerste fout: geen antwoord binnen 60 s)", Meting.Waarom(pdfTimeout));
    }
}
