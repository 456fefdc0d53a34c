using Bunit;
using Microsoft.AspNetCore.Components;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Components.Layout;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Layout;

public sealed class EnglishLayoutTests() : MudComponentTest(ProductCultures.English)
{
    [Fact]
    public void InEnglish_TheEditionAndLabelsAreEnglish()
    {
        Database.AddEdition();

        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "x"))));

        layout.WaitForAssertion(() =>
            Assert.Equal("Techconnect and Innovation Vietnam 2023", layout.Find("[data-testid='edition-name']").TextContent.Trim()));
        Assert.Contains("Sign in", layout.Markup);
        Assert.Contains("Home", layout.Find("nav").TextContent + layout.Markup);
        Assert.Equal("true", layout.Find("[data-culture='en-US']").GetAttribute("aria-current"));
    }
}
