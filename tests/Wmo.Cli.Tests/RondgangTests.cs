using System.Net;
using System.Text;
using Wmo.Cli.Bench;

namespace Wmo.Cli.Tests;

/// <summary>
/// How <c>bench --rondgang</c> walks the portal: which links it follows, how many of one kind, and what it records per page.
/// A small site of canned pages stands in for the portal (the network is the boundary); no speed is asserted.
/// </summary>
public sealed class RondgangTests
{
    [Fact]
    public void De_vorm_van_een_link_vervangt_ids_en_getallen()
    {
        Assert.Equal("/Vraag/Details/{id}", Rondgang.Vorm("/Vraag/Details/01a243b8-c90e-7834-a7b4-f27b4b1c2456"));
        Assert.Equal("/Werkvoorraad?ContactPagina={n}&sorteer=inwoner&pagina={n}", Rondgang.Vorm("/Werkvoorraad?ContactPagina=2&sorteer=inwoner&pagina=12"));
        Assert.Equal("/Lumpsum/{n}", Rondgang.Vorm("/Lumpsum/2026"));
        Assert.Equal("/Monitoring/Csv/stromen?van=2026-01", Rondgang.Vorm("/Monitoring/Csv/stromen?van=2026-01"));
    }

    [Fact]
    public void Alleen_links_op_de_eigen_site_zonder_layoutbestanden_uitloggen_of_fragment()
    {
        const string html = """
            <a href="/Werkvoorraad?pagina=2&amp;sorteer=status">x</a> <a href="https://example.org/">x</a> <a href="//cdn.example.org/x.js">x</a>
            <link href="/css/site.css" /> <a href="/Account/Uitloggen">x</a> <a href="#inhoud">x</a> <a href="/Huishouden/Details/1#leden">x</a>
            <a href="mailto:wmo@gemeente.nl">x</a> <a href="/lib/axe.min.js?v=1">x</a>
            """;

        Assert.Equal(["/Werkvoorraad?pagina=2&sorteer=status", "/Huishouden/Details/1"], Rondgang.Links(html));
    }

    [Fact]
    public async Task De_rondgang_volgt_twee_voorbeelden_per_soort_vraagt_elke_pagina_twee_keer_en_noemt_een_fout()
    {
        var site = new Dictionary<string, (HttpStatusCode Status, string Html)>
        {
            ["/"] = (HttpStatusCode.OK, """<a href="/Lijst">lijst</a> <a href="/Kapot">kapot</a> <a href="/Oud">oud</a>"""),
            ["/Lijst"] = (HttpStatusCode.OK, string.Concat(Enumerable.Range(1, 5).Select(i => $"""<a href="/Item/{i}">item</a> """)) + """<a href="/">home</a>"""),
            ["/Kapot"] = (HttpStatusCode.InternalServerError, "fout"),
            ["/Item/1"] = (HttpStatusCode.OK, "een"),
            ["/Item/2"] = (HttpStatusCode.OK, "twee"),
        };
        var handler = new Site(site);
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:5000") };

        var bezoeken = await Rondgang.LoopAsync(http, 100, CancellationToken.None);

        // /Oud redirects to /Lijst?oud=1, a page of its own kind; of the five items only the first two are visited.
        Assert.Equal(["/", "/Lijst", "/Kapot", "/Oud", "/Item/1", "/Item/2", "/Lijst?oud=1"], bezoeken.Select(b => b.Pad));
        Assert.All(site.Keys, pad => Assert.Equal(2, handler.Gevraagd.Count(p => p == pad)));
        Assert.Equal("/Kapot", Assert.Single(bezoeken, b => b.IsFout).Pad);
        Assert.Equal("text/html", bezoeken[0].Soort);
        Assert.Equal(Encoding.UTF8.GetByteCount(site["/Lijst"].Html), bezoeken[1].Bytes);

        // The maximum stops the walk.
        Assert.Equal(3, (await Rondgang.LoopAsync(http, 3, CancellationToken.None)).Count);
    }

    private sealed class Site(Dictionary<string, (HttpStatusCode Status, string Html)> paginas) : HttpMessageHandler
    {
        public List<string> Gevraagd { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var pad = request.RequestUri!.PathAndQuery;
            Gevraagd.Add(pad);
            if (pad == "/Oud")
            {
                var weg = new HttpResponseMessage(HttpStatusCode.Redirect) { Content = new StringContent(string.Empty) };
                weg.Headers.Location = new Uri("/Lijst?oud=1", UriKind.Relative);
                return Task.FromResult(weg);
            }

            var (status, html) = paginas.TryGetValue(pad, out var pagina) ? pagina : (HttpStatusCode.OK, "leeg");
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(html, Encoding.UTF8, "text/html") });
        }
    }
}
