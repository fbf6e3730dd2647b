using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Wmo.Browser.Tests;

/// <summary>Checks a page with axe-core on the WCAG 2.0/2.1 A and AA rules and saves a screenshot of it.</summary>
public static class Toegankelijkheid
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
    }
}
