using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Wmo.Application.Monitoring;

namespace Wmo.Web.Grafieken;

/// <summary>
/// Draws a <see cref="Figuur"/> as inline SVG on the server: no script, no client-side chart library, no inline styles
/// (the CSP stays as it is). The chart is an image with a title; the table next to it says the same in text (WCAG 1.1.1).
/// </summary>
public static class SvgGrafiek
{
    private const int Breedte = 720;
    private const int Hoogte = 300;
    private const int Links = 64;
    private const int Rechts = 16;
    private const int Boven = 16;
    private const int Onder = 96;

    // Colours with at least 3:1 contrast against white (WCAG 1.4.11) and distinguishable without colour by the legend order.
    private static readonly string[] Kleuren = ["#1f5fa8", "#b1480b", "#2f7d32", "#6a3d9a", "#8a6d00"];

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IHtmlContent Teken(Figuur figuur, string id)
    {
        ArgumentNullException.ThrowIfNull(figuur);
        var svg = new StringBuilder();
        var enc = HtmlEncoder.Default;
        svg.Append(Inv, $"<svg class=\"grafiek\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Breedte} {Hoogte}\" role=\"img\" aria-labelledby=\"{id}-svgtitel\" focusable=\"false\">");
        svg.Append(Inv, $"<title id=\"{id}-svgtitel\">{enc.Encode(figuur.Titel)}; de cijfers staan in de tabel hieronder.</title>");
        var max = figuur.Reeksen.SelectMany(r => r.Waarden).DefaultIfEmpty(0).Max();
        var schaal = Schaal(max);
        var plotHoogte = Hoogte - Boven - Onder;
        var plotBreedte = Breedte - Links - Rechts;
        double Y(decimal waarde) => Boven + plotHoogte - (double)(waarde / schaal) * plotHoogte;

        // Axis with five gridlines.
        for (var i = 0; i <= 4; i++)
        {
            var waarde = schaal * i / 4;
            var y = Y(waarde);
            svg.Append(Inv, $"<line x1=\"{Links}\" x2=\"{Breedte - Rechts}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#c8c8c8\" stroke-width=\"1\"/>");
            svg.Append(Inv, $"<text x=\"{Links - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">{enc.Encode(Kort(waarde))}</text>");
        }

        var n = Math.Max(1, figuur.Categorieen.Count);
        var vak = (double)plotBreedte / n;
        if (figuur.Type == Grafiektype.Staaf)
        {
            var staafBreedte = Math.Max(2, (vak * 0.8) / Math.Max(1, figuur.Reeksen.Count));
            for (var c = 0; c < figuur.Categorieen.Count; c++)
            {
                for (var r = 0; r < figuur.Reeksen.Count; r++)
                {
                    var waarde = figuur.Reeksen[r].Waarden[c];
                    var x = Links + (c * vak) + (vak * 0.1) + (r * staafBreedte);
                    var y = Y(waarde);
                    svg.Append(Inv, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{staafBreedte:0.#}\" height=\"{Boven + plotHoogte - y:0.#}\" fill=\"{Kleuren[r % Kleuren.Length]}\"/>");
                }
            }
        }
        else
        {
            for (var r = 0; r < figuur.Reeksen.Count; r++)
            {
                var punten = string.Join(' ', figuur.Reeksen[r].Waarden.Select((w, c) => string.Create(Inv, $"{Links + (c * vak) + (vak / 2):0.#},{Y(w):0.#}")));
                svg.Append(Inv, $"<polyline points=\"{punten}\" fill=\"none\" stroke=\"{Kleuren[r % Kleuren.Length]}\" stroke-width=\"2.5\"/>");
                foreach (var (w, c) in figuur.Reeksen[r].Waarden.Select((w, c) => (w, c)))
                {
                    svg.Append(Inv, $"<circle cx=\"{Links + (c * vak) + (vak / 2):0.#}\" cy=\"{Y(w):0.#}\" r=\"3.5\" fill=\"{Kleuren[r % Kleuren.Length]}\"/>");
                }
            }
        }

        // Category labels, turned so long names fit.
        for (var c = 0; c < figuur.Categorieen.Count; c++)
        {
            var x = Links + (c * vak) + (vak / 2);
            var label = figuur.Categorieen[c].Length > 28 ? figuur.Categorieen[c][..27] + "…" : figuur.Categorieen[c];
            svg.Append(Inv, $"<text x=\"{x:0.#}\" y=\"{Boven + plotHoogte + 14}\" font-size=\"11\" fill=\"#333\" text-anchor=\"end\" transform=\"rotate(-30 {x:0.#} {Boven + plotHoogte + 14})\">{enc.Encode(label)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    public static string Kleur(int reeks) => Kleuren[reeks % Kleuren.Length];

    private static decimal Schaal(decimal max)
    {
        if (max <= 0)
        {
            return 4;
        }

        var macht = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)max)));
        foreach (var stap in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (stap * macht >= max)
            {
                return stap * macht;
            }
        }

        return 10 * macht;
    }

    private static string Kort(decimal waarde) => waarde switch
    {
        >= 1_000_000 => (waarde / 1_000_000).ToString("0.##", CultureInfo.GetCultureInfo("nl-NL")) + " mln",
        >= 10_000 => (waarde / 1_000).ToString("0.#", CultureInfo.GetCultureInfo("nl-NL")) + "k",
        _ => waarde.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL")),
    };
}

/// <summary>The CSV of a figure: the same rows and columns as the table (UTF-8 with BOM, ';', Dutch decimal comma).</summary>
public static class FiguurCsv
{
    public static byte[] Schrijf(Figuur figuur)
    {
        ArgumentNullException.ThrowIfNull(figuur);
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        var kolommen = figuur.Reeksen.Concat(figuur.ExtraKolommen).ToList();
        var tekst = new StringBuilder();
        tekst.AppendLine(string.Join(';', new[] { figuur.CategorieKop }.Concat(kolommen.Select(k => k.Naam)).Select(Veld)));
        for (var c = 0; c < figuur.Categorieen.Count; c++)
        {
            tekst.AppendLine(string.Join(';', new[] { Veld(figuur.Categorieen[c]) }.Concat(kolommen.Select(k => k.Waarden[c].ToString("0.##", nl)))));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(tekst.ToString())];
    }

    // A cell that starts with = + - @ would be a formula in a spreadsheet (CSV injection); quote and neutralise it.
    private static string Veld(string waarde)
    {
        var veilig = waarde.Length > 0 && "=+-@".Contains(waarde[0], StringComparison.Ordinal) ? "'" + waarde : waarde;
        return veilig.Contains(';', StringComparison.Ordinal) || veilig.Contains('"', StringComparison.Ordinal) ? $"\"{veilig.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : veilig;
    }
}
