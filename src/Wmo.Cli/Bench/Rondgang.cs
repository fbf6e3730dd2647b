using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Wmo.Cli.Bench;

/// <summary>One page of the rondgang: its first request (new code and caches) and a second one right after it.</summary>
internal sealed record Bezoek(string Pad, int Status, long Bytes, string Soort, TimeSpan Eerste, TimeSpan Tweede)
{
    public bool IsFout => Status >= 500;
}

/// <summary>
/// A walk through the portal as one signed-in user, the way a reviewer clicks through it (issue 15: "every list in
/// milliseconds"): from the start page every link on the site is followed, breadth first, two examples per kind of
/// link (a link with another id or page number is the same kind), and each page is asked twice. It finds the pages that
/// the benchmark's fixed list does not measure and whose cost grows with the gemeente. GET only: nothing is changed by it.
/// </summary>
internal static partial class Rondgang
{
    /// <summary>Examples per kind of link: a list's first two rows, a list's first two pages.</summary>
    public const int VoorbeeldenPerVorm = 2;

    /// <summary>The pages this user reaches from the start page, each asked twice, at most <paramref name="maximum"/>.</summary>
    public static async Task<List<Bezoek>> LoopAsync(HttpClient http, int maximum, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var wachtrij = new Queue<string>(["/"]);
        var gezien = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var perVorm = new Dictionary<string, int>(StringComparer.Ordinal);
        var bezoeken = new List<Bezoek>();
        while (wachtrij.Count > 0 && bezoeken.Count < maximum)
        {
            var pad = wachtrij.Dequeue();
            var (eerste, _, _, _, _) = await VraagAsync(http, pad, cancellationToken);
            var (tweede, status, bytes, soort, inhoud) = await VraagAsync(http, pad, cancellationToken);
            bezoeken.Add(new Bezoek(pad, status, bytes, soort, eerste, tweede));
            foreach (var link in Links(inhoud))
            {
                var vorm = Vorm(link);
                if (gezien.Add(link) && perVorm.GetValueOrDefault(vorm) < VoorbeeldenPerVorm)
                {
                    perVorm[vorm] = perVorm.GetValueOrDefault(vorm) + 1;
                    wachtrij.Enqueue(link);
                }
            }
        }

        return bezoeken;
    }

    /// <summary>
    /// The links of a page to follow: on this site (a path, not another host), not a file of the layout (css, js, images),
    /// not signing out, without the fragment. HTML-encoded ampersands are decoded.
    /// </summary>
    public static IEnumerable<string> Links(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (Match m in Href().Matches(html))
        {
            var link = WebUtility.HtmlDecode(m.Groups[1].Value);
            var hekje = link.IndexOf('#', StringComparison.Ordinal);
            link = hekje >= 0 ? link[..hekje] : link;
            if (link.Length == 0 || link[0] != '/' || link.StartsWith("//", StringComparison.Ordinal) || NietVolgen().IsMatch(link))
            {
                continue;
            }

            yield return link;
        }
    }

    /// <summary>The kind of a link: ids and numbers in the path or the query replaced, so <c>/Vraag/Details/{id}</c> is one kind.</summary>
    public static string Vorm(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var vorm = Id().Replace(link, "{id}");
        vorm = Getal().Replace(vorm, "/{n}");
        return QueryGetal().Replace(vorm, "={n}");
    }

    private static async Task<(TimeSpan Duur, int Status, long Bytes, string Soort, string Inhoud)> VraagAsync(HttpClient http, string pad, CancellationToken cancellationToken)
    {
        var klok = Stopwatch.StartNew();
        using var antwoord = await http.GetAsync(new Uri(pad, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
        var bytes = await antwoord.Content.ReadAsByteArrayAsync(cancellationToken);
        var duur = klok.Elapsed;
        var soort = antwoord.Content.Headers.ContentType?.MediaType ?? string.Empty;
        var inhoud = soort == "text/html" ? System.Text.Encoding.UTF8.GetString(bytes) : string.Empty;
        // A redirect (to a page of its own, e.g. after a GET that needs a choice) is followed as a link.
        if (antwoord.Headers.Location is { } naar && !naar.IsAbsoluteUri)
        {
            inhoud = $"<a href=\"{WebUtility.HtmlEncode(naar.OriginalString)}\">";
        }

        return (duur, (int)antwoord.StatusCode, bytes.LongLength, soort, inhoud);
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex(@"^/(css|js|lib|img|fonts|favicon|health)\b|^/Account/Uitloggen|\.(css|js|png|svg|ico|woff2?)(\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NietVolgen();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Id();

    [GeneratedRegex(@"/[0-9]+(?=/|\?|$)")]
    private static partial Regex Getal();

    [GeneratedRegex(@"=[0-9]+(?=&|$)")]
    private static partial Regex QueryGetal();
}
