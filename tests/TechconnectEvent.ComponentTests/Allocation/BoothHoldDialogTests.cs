using System.Globalization;
using Bunit;
using MudBlazor;
using MudBlazor.Extensions;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;

namespace TechconnectEvent.ComponentTests.Allocation;

public sealed class BoothHoldDialogTests : HoldComponentTest
{
    [Fact]
    public async Task HoldingAFreeBooth_UntilADay_HoldsItUntilTheEndOfThatDayInTheEditionsTimeZone()
    {
        var booth = AddBooth("A-012");
        var application = AddApplication("Công ty Giữ Chỗ");
        var (provider, reference) = await OpenAsync(booth.Id);
        var day = TodayInEdition.AddDays(3);

        await ChooseAsync(provider, application.Id);
        await PickDayAsync(provider, day);
        provider.Find("[data-testid=hold-booth]").Click();

        var result = await reference.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        Assert.Equal(booth.Id, result.Data);
        using var db = Database.CreateDbContext();
        var stored = db.Booths.Single(b => b.Id == booth.Id);
        Assert.Equal(BoothStatus.Held, stored.Status);
        Assert.Equal(application.Id, stored.HeldForApplicationId);
        Assert.Equal(BoothHoldService.EndOfDay(DateOnly.FromDateTime(day), TimeZoneId), stored.HeldUntil);
    }

    [Fact]
    public async Task HoldingWithoutADay_SaysSoNextToTheDate_AndHoldsNothing()
    {
        var booth = AddBooth("A-012");
        var application = AddApplication("Công ty Giữ Chỗ");
        var (provider, reference) = await OpenAsync(booth.Id);

        await ChooseAsync(provider, application.Id);
        provider.Find("[data-testid=hold-booth]").Click();

        provider.WaitForAssertion(() => Assert.Contains("Hãy chọn ngày cuối cùng giữ chỗ.", provider.Markup));
        Assert.False(reference.Result.IsCompleted);
        Assert.Equal(BoothStatus.Available, Database.CreateDbContext().Booths.Single(b => b.Id == booth.Id).Status);
    }

    [Fact]
    public async Task HoldingForMoreThanSixtyDays_ShowsTheServersMessageNextToTheDate()
    {
        var booth = AddBooth("A-012");
        var application = AddApplication("Công ty Giữ Chỗ");
        var (provider, reference) = await OpenAsync(booth.Id);

        await ChooseAsync(provider, application.Id);
        await PickDayAsync(provider, TodayInEdition.AddDays(90));
        provider.Find("[data-testid=hold-booth]").Click();

        provider.WaitForAssertion(() => Assert.Contains("Chỉ có thể giữ chỗ tối đa 60 ngày.", provider.Markup));
        Assert.False(reference.Result.IsCompleted);
    }

    [Fact]
    public async Task AHeldBooth_SaysForWhomAndUntilWhen_OffersOnlyThatApplication_AndLiftsTheHoldAfterConfirmation()
    {
        var holder = AddApplication("Công ty Giữ Chỗ");
        AddApplication("Công ty Khác");
        var until = Clock.GetUtcNow().AddDays(5);
        var booth = AddBooth("A-007", held: (holder.Id, until));
        var (provider, reference) = await OpenAsync(booth.Id);

        var expected = $"Đang giữ cho Công ty Giữ Chỗ đến {EditionClock.Format(until, TimeZoneId, CultureInfo.CurrentCulture)}";
        Assert.Equal(expected, provider.Find("[data-testid=held-for]").TextContent.Trim());
        Assert.Equal(holder.Id, provider.FindComponent<MudSelect<int?>>().Instance.GetState(x => x.Value));
        Assert.DoesNotContain("Công ty Khác", provider.Markup);
        Assert.NotNull(provider.Find("[data-testid=allocate-booth]"));
        Assert.Empty(provider.FindAll("[data-testid=hold-booth]"));

        provider.Find("[data-testid=lift-hold]").Click();
        provider.WaitForAssertion(() => Assert.Contains("Bỏ giữ chỗ gian A-007 dành cho Công ty Giữ Chỗ?", provider.Markup));
        provider.FindAll("button").Last(b => b.TextContent.Trim() == "Bỏ giữ chỗ").Click();

        var result = await reference.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        using var db = Database.CreateDbContext();
        var stored = db.Booths.Single(b => b.Id == booth.Id);
        Assert.Equal((BoothStatus.Available, (int?)null), (stored.Status, stored.HeldForApplicationId));
    }

    [Fact]
    public async Task AHeldBooth_CanStillBeAllocatedToItsHolder()
    {
        var holder = AddApplication("Công ty Giữ Chỗ");
        var booth = AddBooth("A-007", held: (holder.Id, Clock.GetUtcNow().AddDays(5)));
        var (provider, reference) = await OpenAsync(booth.Id);

        provider.Find("[data-testid=allocate-booth]").Click();

        var result = await reference.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        using var db = Database.CreateDbContext();
        Assert.Equal(holder.Id, db.BoothAllocations.Single().ApplicationId);
    }

    [Theory]
    [InlineData("2026-11-30T23:30:00Z", "2026-12-01")]
    [InlineData("2026-11-30T16:59:58Z", "2026-11-30")]
    [InlineData("2027-01-31T17:00:00Z", "2027-02-01")]
    public async Task DatePicker_OpensOnTheMonthOfTodayInTheEditionsTimeZone_FromTodayToTheLastDayAHoldMayReach(string utcNow, string editionToday)
    {
        Clock.MoveTo(DateTimeOffset.Parse(utcNow, CultureInfo.InvariantCulture));
        var today = DateTime.Parse(editionToday, CultureInfo.InvariantCulture);
        var booth = AddBooth("A-012");
        AddApplication("Công ty Giữ Chỗ");
        var (provider, _) = await OpenAsync(booth.Id);

        var picker = provider.FindComponent<MudDatePicker>().Instance;
        var lastDay = picker.GetState(x => x.MaxDate)!.Value;

        Assert.Equal(new DateTime(today.Year, today.Month, 1), picker.PickerMonth);
        Assert.Equal(today, picker.GetState(x => x.MinDate));
        Assert.Equal(today.AddDays(BoothHoldService.MaxHoldDays - 1), lastDay);
        // The last day offered is one the service accepts, the day after is not.
        var limit = Clock.GetUtcNow().AddDays(BoothHoldService.MaxHoldDays);
        Assert.True(BoothHoldService.EndOfDay(DateOnly.FromDateTime(lastDay), TimeZoneId) <= limit);
        Assert.True(BoothHoldService.EndOfDay(DateOnly.FromDateTime(lastDay.AddDays(1)), TimeZoneId) > limit);
    }

    private static async Task PickDayAsync(IRenderedComponent<MudDialogProvider> provider, DateTime day)
    {
        var picker = provider.FindComponent<MudDatePicker>();
        await provider.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(day));
    }
}
