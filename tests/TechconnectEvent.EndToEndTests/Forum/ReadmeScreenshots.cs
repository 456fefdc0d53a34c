using Microsoft.Playwright;

namespace TechconnectEvent.EndToEndTests.Forum;

/// <summary>
/// The README's forum pictures, written to assets/docs/screenshots only when SCREENSHOTS=1, so that an ordinary run
/// leaves the working tree alone.
/// </summary>
public static class ReadmeScreenshots
{
    public const string Variable = "SCREENSHOTS";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <param name="wholePage">
    /// True makes the window as tall as the page for the picture: Playwright's full-page capture would stitch the fixed
    /// app bar into the middle of it. False keeps to the viewport, as a desktop user sees the page.
    /// </param>
    public static async Task SaveAsync(IPage page, string name, bool wholePage = false)
    {
        if (!Enabled)
        {
            return;
        }
        var path = Path.Combine(Folder(), name + ".png");
        var viewport = page.ViewportSize!;
        if (wholePage)
        {
            var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            await page.SetViewportSizeAsync(viewport.Width, Math.Max(viewport.Height, height));
        }
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        }
        finally
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        }
        TestContext.Current.AddAttachment(name, path);
    }

    /// <summary>The repository's screenshot folder, found upwards from the test binaries.</summary>
    private static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "assets", "docs", "screenshots");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"No assets/docs/screenshots above {AppContext.BaseDirectory}.");
    }
}
