using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Components.Account;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.EndToEndTests.Identity;

[Collection(BrowserCollection.Name)]
public sealed class AccessRevocationBrowserTests
{
    private const string Password = "twelve chars or more";

    [Fact]
    public async Task DemotedOrganiser_OpenPage_LosesTheOrganiserSections_WithoutReloading()
    {
        if (!File.Exists(BrowserAppFixture.ChromiumPath))
        {
            Assert.Skip($"Chromium is not installed at {BrowserAppFixture.ChromiumPath}: install it with `apt-get install chromium`.");
        }
        await using var root = new TechconnectAppFactory();
        // One second instead of one minute, so the test sees the revalidation without waiting for it.
        await using var app = root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<AccessRevalidationOptions>(options => options.Interval = TimeSpan.FromSeconds(1))));
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        var admin = app.Services.GetRequiredService<UserAdministrationService>();
        var email = $"second-organiser-{Guid.NewGuid():N}@test.local";
        Assert.True((await admin.CreateAsync(email, null, [Roles.Organiser], Password)).Succeeded);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserAppFixture.ChromiumPath, Headless = true,
            Args = BrowserAppFixture.ChromiumFlags,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "vi-VN" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await new SignInPage(page).SignInAsync(email, Password);
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        var users = page.GetByRole(AriaRole.Link, new() { Name = "Người dùng" });
        await Assertions.Expect(users.First).ToBeVisibleAsync();

        await admin.SetRolesAsync((await admin.ListAsync(TestContext.Current.CancellationToken)).Single(u => u.Email == email).Id, [Roles.Delegate]);
        // The open page's circuit re-checks on its own timer; the page it is sent to re-reads the sign-in cookie,
        // which happens once the app's minute has passed.
        root.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        await Assertions.Expect(users).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Gian hàng" })).ToHaveCountAsync(0);
    }
}
