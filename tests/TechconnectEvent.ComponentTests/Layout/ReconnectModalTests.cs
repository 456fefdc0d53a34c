using Bunit;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Components.Layout;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Layout;

public sealed class ReconnectModalTests() : MudComponentTest(ProductCultures.Vietnamese)
{
    [Fact]
    public void ReconnectDialog_SpeaksThePagesLanguage_AndKeepsTheCountdownInItsSentence()
    {
        var dialog = Render<ReconnectModal>();

        Assert.Contains("Đang kết nối lại với máy chủ…", dialog.Find(".components-reconnect-first-attempt-visible").TextContent, StringComparison.Ordinal);
        var retrying = dialog.Find(".components-reconnect-repeated-attempt-visible");
        Assert.StartsWith("Kết nối lại không thành công… thử lại sau", retrying.TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("giây.", retrying.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(retrying.QuerySelector("#components-seconds-to-next-attempt"));
        Assert.Equal("Thử lại", dialog.Find("#components-reconnect-button").TextContent.Trim());
        Assert.Equal("Tiếp tục", dialog.Find("#components-resume-button").TextContent.Trim());
        Assert.DoesNotContain("Rejoin", dialog.Markup, StringComparison.Ordinal);
    }
}
