using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Wmo.Browser.Tests.Support;

/// <summary>
/// Checks a page with axe-core on the WCAG 2.0/2.1 A and AA rules, checks its text for identifiers of the code, and
/// saves a screenshot of it.
/// </summary>
public static partial class Toegankelijkheid
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task ControleerAsync(IPage pagina, string naam)
    {
        await pagina.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotMap, $"{naam}.png"),
            FullPage = true,
        });
        var resultaat = await pagina.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });
        var overtredingen = resultaat.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(overtredingen.Count == 0, $"Toegankelijkheid van '{naam}' ({pagina.Url}):\n" + string.Join("\n", overtredingen));

        var identifiers = Identifiers(await pagina.Locator("body").InnerTextAsync());
        Assert.True(identifiers.Count == 0, $"'{naam}' ({pagina.Url}) toont namen uit de code in plaats van gebruikerswoorden: {string.Join(", ", identifiers)}");
    }

    /// <summary>
    /// Enum-style names and member paths in what the user reads ("EigenKracht", "SociaalWerker",
    /// "Ondersteuningsvraag.StapAntwoord"): a message must use the user's words. Ordinary text never glues two
    /// capitalised Dutch words together.
    /// </summary>
    public static IReadOnlyList<string> Identifiers(string tekst) =>
        IdentifierRegex().Matches(tekst).Select(m => m.Value).Where(w => !Eigennamen.Contains(w)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Proper names that are written in camel case in real life: the regional voorziening ThuisPlus (seed 002 §4.7).</summary>
    private static readonly HashSet<string> Eigennamen = new(StringComparer.Ordinal) { "ThuisPlus" };

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b|\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+\b")]
    private static partial Regex IdentifierRegex();
}
