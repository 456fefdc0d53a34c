using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Components.Layout;

namespace TechconnectEvent.ComponentTests.Layout;

public sealed class LanguageSwitcherTests : MudComponentTest
{
    [Fact]
    public void ShowsBothLanguagesInTheirOwnNames_AndMarksTheCurrentOne()
    {
        var switcher = Render<LanguageSwitcher>();

        var vietnamese = switcher.Find("[data-culture='vi-VN']");
        var english = switcher.Find("[data-culture='en-US']");
        Assert.Equal("Tiếng Việt", vietnamese.TextContent.Trim());
        Assert.Equal("vi", vietnamese.GetAttribute("lang"));
        Assert.Equal("English", english.TextContent.Trim());
        Assert.Equal("en", english.GetAttribute("lang"));
        Assert.Equal("true", vietnamese.GetAttribute("aria-current"));
        Assert.Null(english.GetAttribute("aria-current"));
    }

    [Fact]
    public void ChoosingEnglish_ReloadsThroughTheCultureEndpoint_BackToThisPage()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("admin/users?tab=2");
        var switcher = Render<LanguageSwitcher>();

        switcher.Find("[data-culture='en-US']").Click();

        var last = navigation.History.First();
        Assert.Equal("culture?culture=en-US&returnUrl=%2Fadmin%2Fusers%3Ftab%3D2", last.Uri);
        Assert.True(last.Options.ForceLoad);
    }
}

public sealed class StaticLanguageSwitcherTests() : MudComponentTest(interactive: false)
{
    [Fact]
    public void OnAStaticPage_TheChoicesArePlainLinksThatSkipEnhancedNavigation()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("Account/Login");

        var switcher = Render<LanguageSwitcher>();

        var english = switcher.Find("a[data-culture='en-US']");
        Assert.Equal("culture?culture=en-US&returnUrl=%2FAccount%2FLogin", english.GetAttribute("href"));
        Assert.Equal("false", english.GetAttribute("data-enhance-nav"));
    }
}
