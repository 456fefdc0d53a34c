using System.Globalization;
using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.ComponentTests.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using BoothsPage = TechconnectEvent.Web.Features.Booths.Pages.Booths;

namespace TechconnectEvent.ComponentTests.Booths;

public sealed class BoothGridHoldTests() : HoldComponentTest(services => services
    .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
    .AddBoothManagement())
{
    private const string Holder = "Công ty Cổ phần Giữ Chỗ Hạ Long";

    [Fact]
    public void AHeldBooth_ShowsForWhomAndUntilWhenInTheEditionsTimeZone()
    {
        var until = Clock.GetUtcNow().AddDays(5);
        AddBooth("A-007", held: (AddApplication(Holder).Id, until));

        var page = Render<BoothsPage>();

        var expected = $"giữ cho {Holder} đến {EditionClock.Format(until, TimeZoneId, CultureInfo.CurrentCulture)}";
        page.WaitForAssertion(() => Assert.Equal(expected, page.Find("[data-testid=held-A-007]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=hold-A-007]"));
    }

    [Fact]
    public void LiftingAHold_AsksFirst_ThenFreesTheBooth_AndTheGridRedraws()
    {
        var booth = AddBooth("A-007", held: (AddApplication(Holder).Id, Clock.GetUtcNow().AddDays(5)));
        var dialogs = Render<MudDialogProvider>();
        var page = Render<BoothsPage>();

        page.WaitForElement("[data-testid=lift-hold-A-007]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains($"Bỏ giữ chỗ gian A-007 dành cho {Holder}?", dialogs.Markup));
        Assert.Equal(BoothStatus.Held, Stored(booth.Id).Status);
        dialogs.FindAll("button").Last(b => b.TextContent.Trim() == "Bỏ giữ chỗ").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=hold-A-007]")));
        Assert.Equal((BoothStatus.Available, (int?)null), (Stored(booth.Id).Status, Stored(booth.Id).HeldForApplicationId));
        Assert.Empty(page.FindAll("[data-testid=held-A-007]"));
    }

    [Fact]
    public void CancellingTheLift_KeepsTheHold()
    {
        var booth = AddBooth("A-007", held: (AddApplication(Holder).Id, Clock.GetUtcNow().AddDays(5)));
        var dialogs = Render<MudDialogProvider>();
        var page = Render<BoothsPage>();

        page.WaitForElement("[data-testid=lift-hold-A-007]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains($"Bỏ giữ chỗ gian A-007 dành cho {Holder}?", dialogs.Markup));
        dialogs.FindAll("button").Last(b => b.TextContent.Trim() == "Hủy").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Bỏ giữ chỗ gian A-007", dialogs.Markup));
        Assert.Equal(BoothStatus.Held, Stored(booth.Id).Status);
    }

    [Fact]
    public void HoldingAFreeBooth_OpensTheBoothDialogWithTheHoldForm()
    {
        AddBooth("A-012");
        AddApplication(Holder);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<BoothsPage>();

        page.WaitForElement("[data-testid=hold-A-012]").Click();

        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("[data-testid=hold-booth]")));
        Assert.Equal("A-012", dialogs.Find("[data-testid=booth-code]").TextContent.Trim());
    }

    [Fact]
    public void AHoldThatHasRunOut_ShowsAvailable_WithNoHolder_AndCanBeHeldAgain()
    {
        AddBooth("A-007", held: (AddApplication(Holder).Id, Clock.GetUtcNow().AddHours(1)));
        Clock.Advance(TimeSpan.FromHours(2));

        var page = Render<BoothsPage>();

        page.WaitForElement("[data-testid=hold-A-007]");
        Assert.Contains("Còn trống", page.Find("[data-testid=booth-grid] tbody").TextContent);
        Assert.DoesNotContain("Đang giữ chỗ", page.Find("[data-testid=booth-grid] tbody").TextContent);
        Assert.Empty(page.FindAll("[data-testid=held-A-007]"));
        Assert.Empty(page.FindAll("[data-testid=lift-hold-A-007]"));
    }

    private Booth Stored(int boothId)
    {
        using var db = Database.CreateDbContext();
        return db.Booths.Single(b => b.Id == boothId);
    }
}
