using Microsoft.Playwright;

namespace Wmo.Browser.Tests.Support;

/// <summary>One portal process and one Debian Chromium for all browser tests of a collection.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string[] ChromiumArgumenten =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        // Dutch browser UI, so date fields read dd-mm-jjjj in the screenshots as they do for the gemeente's users.
        "--lang=nl-NL",
    ];

    private IPlaywright? _playwright;

    public PortalProces Portaal { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots of every visited page (named in the README): test-output/screenshots.</summary>
    public static string ScreenshotMap { get; } = Path.Combine(PortalProces.RepoRoot, "test-output", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotMap);
        Portaal = await PortalProces.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPad(),
            Args = ChromiumArgumenten,
            Headless = true,
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Portaal.DisposeAsync();
    }

    public async Task<IPage> NieuwePaginaAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portaal.Adres.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Debian's chromium from PATH; Playwright cannot download its own browser here.</summary>
    public static string ChromiumPad() =>
        ZoekOpPad("chromium") ?? ZoekOpPad("chromium-browser")
        ?? throw new InvalidOperationException("Chromium ontbreekt: installeer het pakket 'chromium' (de testopdracht in de README doet dat).");

    public static string? ZoekOpPad(string naam) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(map => Path.Combine(map, naam))
            .FirstOrDefault(File.Exists);
}

[CollectionDefinition(Naam)]
public sealed class PortaalCollectie : ICollectionFixture<BrowserFixture>
{
    public const string Naam = "Portaal in de browser";
}
