using System.Globalization;
using Bunit;
using MudBlazor;
using MudBlazor.Extensions;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Allocation;

public sealed class BoothHoldDialogTests : AllocationComponentTest
{
    private const string TimeZoneId = "Asia/Ho_Chi_Minh";
    private readonly int editionId;
    private readonly Zone zone;

    public BoothHoldDialogTests()
    {
        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        zone = new Zone { EditionId = editionId, Code = "AI", Name = new LocalizedText("Trí tuệ nhân tạo", "Artificial intelligence"), EligibleTypes = OrganizationType.Enterprise };
        db.Zones.Add(zone);
        db.SaveChanges();
    }

    private static DateTime TodayInEdition => EditionClock.ToLocal(DateTimeOffset.UtcNow, TimeZoneId).Date;

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
        var until = DateTimeOffset.UtcNow.AddDays(5);
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
        var booth = AddBooth("A-007", held: (holder.Id, DateTimeOffset.UtcNow.AddDays(5)));
        var (provider, reference) = await OpenAsync(booth.Id);

        provider.Find("[data-testid=allocate-booth]").Click();

        var result = await reference.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        using var db = Database.CreateDbContext();
        Assert.Equal(holder.Id, db.BoothAllocations.Single().ApplicationId);
    }

    private static async Task PickDayAsync(IRenderedComponent<MudDialogProvider> provider, DateTime day)
    {
        var picker = provider.FindComponent<MudDatePicker>();
        await provider.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(day));
    }

    private Booth AddBooth(string code, (int ApplicationId, DateTimeOffset Until)? held = null)
    {
        using var db = Database.CreateDbContext();
        var booth = new Booth { EditionId = editionId, ZoneId = zone.Id, Code = code };
        if (held is { } hold)
        {
            Assert.Null(booth.Hold(hold.ApplicationId, hold.Until, hold.Until.AddDays(-1)));
        }
        db.Booths.Add(booth);
        db.SaveChanges();
        return booth;
    }

    private ExhibitorApplication AddApplication(string name)
    {
        using var db = Database.CreateDbContext();
        var organization = new Organization { Name = new LocalizedText(name, name), Type = OrganizationType.Enterprise };
        db.Organizations.Add(organization);
        db.SaveChanges();
        var application = new ExhibitorApplication { EditionId = editionId, OrganizationId = organization.Id, BoothsWanted = 1 };
        application.Restore(ApplicationStatus.Approved, null, DateTimeOffset.UnixEpoch);
        db.ExhibitorApplications.Add(application);
        db.SaveChanges();
        return application;
    }
}
