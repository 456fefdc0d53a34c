using System.Net;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.IntegrationTests.Localization;

public sealed class CultureTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    [Fact]
    public async Task NoPreference_DefaultsToVietnamese()
    {
        var html = await BrowserClient.Create(factory).GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"vi\"", html);
        Assert.Contains("<title>Đăng nhập · TechconnectEvent</title>", html);
    }

    [Fact]
    public async Task AcceptLanguageEnglish_GivesEnglish()
    {
        var html = await BrowserClient.Create(factory, "en-US,en;q=0.9").GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("Keep me signed in on this device", html);
    }

    [Fact]
    public async Task UnsupportedLanguage_FallsBackToVietnamese()
    {
        var html = await BrowserClient.Create(factory, "fr-FR").GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"vi\"", html);
    }

    [Fact]
    public async Task SwitcherCookie_WinsOverTheBrowserLanguage()
    {
        var client = BrowserClient.Create(factory, "vi-VN");

        var switched = await client.GetAsync("/culture?culture=en-US&returnUrl=%2FAccount%2FLogin", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Account/Login", switched.Headers.Location!.OriginalString);
        var html = await client.GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"en\"", html);
    }

    [Fact]
    public async Task Switcher_RefusesToRedirectOffSite()
    {
        var response = await BrowserClient.Create(factory).GetAsync("/culture?culture=en-US&returnUrl=%2F%2Fevil.example", TestContext.Current.CancellationToken);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task VietnameseText_IsSentAsTextNotAsHtmlEntities()
    {
        var html = await BrowserClient.Create(factory, "vi-VN").GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);

        Assert.Contains("Duy trì đăng nhập trên thiết bị này", html);
        Assert.DoesNotContain("&#x", html);
    }
}
