using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechconnectEvent.Testing;

namespace TechconnectEvent.EndToEndTests.Support;

/// <summary>
/// The app on a free loopback port with a fresh database, and Debian's Chromium driven by Playwright.
/// Without Chromium the tests are skipped with the install hint, except in CI (CI=true) where that is a failure.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly IReadOnlyList<string> ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? playwright;

    public TechconnectAppFactory App { get; } = new();

    /// <summary>The app's clock, shared by every browser test of the collection: move it back where you found it.</summary>
    public TestClock Clock => App.Clock;
    public IBrowser? Browser { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public string? MissingBrowserReason { get; private set; }

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

        if (!File.Exists(ChromiumPath))
        {
            MissingBrowserReason = $"Chromium is not installed at {ChromiumPath}: install it with `apt-get install chromium` to run the browser tests.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(MissingBrowserReason);
            }
            return;
        }
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context (its own cookies) in the given language.</summary>
    public async Task<IPage> NewPageAsync(string locale = "vi-VN", int width = 1280, int height = 800, bool javaScript = true)
    {
        if (Browser is null)
        {
            Assert.Skip(MissingBrowserReason ?? "No browser.");
        }
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        // Errors and warnings only: Blazor's connection chatter would bury them in the CI log.
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                TestContext.Current.SendDiagnosticMessage($"[browser {message.Type}] {message.Text}");
            }
        };
        page.PageError += (_, error) => TestContext.Current.SendDiagnosticMessage($"[page error] {error}");
        // The console names no address for a failed load; the response does.
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                TestContext.Current.SendDiagnosticMessage($"[browser {response.Status}] {response.Request.Method} {response.Url}");
            }
        };
        return page;
    }

    /// <summary>Waits until the page's Blazor circuit is connected, so clicks reach the server.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("#main-content[data-interactive='true']")).ToBeVisibleAsync();

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name, path);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Browser";
}
