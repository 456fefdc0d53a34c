using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Allocation;

public sealed class AllocateBoothDialogTests : AllocationComponentTest
{
    private readonly int editionId;
    private readonly Zone zone;

    public AllocateBoothDialogTests()
    {
        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        zone = new Zone { EditionId = editionId, Code = "AI", Name = new LocalizedText("Trí tuệ nhân tạo", "Artificial intelligence"), EligibleTypes = OrganizationType.Enterprise };
        db.Zones.Add(zone);
        db.SaveChanges();
    }

    [Fact]
    public async Task ChoosingAnApplicationAndAllocating_ClosesTheDialogWithOk_AndAllocatesTheBooth()
    {
        var booth = AddBooth("A-012");
        var application = AddApplication("Công ty Cổ phần Công nghệ Hạ Long", wanted: 2);
        var (provider, reference) = await OpenAsync(booth.Id);

        await ChooseAsync(provider, application.Id);
        Assert.Contains("Công ty Cổ phần Công nghệ Hạ Long — đã có 0/2 (tiêu chuẩn)", provider.Markup);
        Assert.Empty(provider.FindAll("[data-testid=override-reason]"));
        provider.Find("[data-testid=allocate-booth]").Click();

        var result = await reference.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        Assert.Equal(booth.Id, result.Data);
        using var db = Database.CreateDbContext();
        Assert.Equal(BoothStatus.Allocated, db.Booths.Single(b => b.Id == booth.Id).Status);
        Assert.Equal(application.Id, db.BoothAllocations.Single().ApplicationId);
    }

    [Fact]
    public async Task AnApplicationThatHasAllItsBooths_NeedsAnOverrideReason_BeforeAllocating()
    {
        var owned = AddBooth("A-001");
        var booth = AddBooth("A-002", x: 3);
        var application = AddApplication("Công ty Đủ Gian", wanted: 1, allocatedBoothId: owned.Id);
        var (provider, reference) = await OpenAsync(booth.Id);

        await ChooseAsync(provider, application.Id);
        provider.Find("[data-testid=allocate-booth]").Click();

        Assert.Contains("Công ty Đủ Gian đã có đủ 1 gian hàng đã đăng ký; hãy nêu lý do để phân bổ thêm.", provider.Markup);
        Assert.False(reference.Result.IsCompleted);
        provider.Find("textarea[data-testid=override-reason]").Change("Nhà tài trợ vàng bổ sung gian");
        provider.Find("[data-testid=allocate-booth]").Click();

        var result = await reference.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        using var db = Database.CreateDbContext();
        Assert.Equal("Nhà tài trợ vàng bổ sung gian", db.BoothAllocations.Single(a => a.BoothId == booth.Id).OverrideReason);
    }

    [Fact]
    public async Task ABoothTakenMeanwhile_ShowsWhoGotIt_InTheUsersLanguage()
    {
        var booth = AddBooth("A-012");
        var mine = AddApplication("Công ty Chậm Chân");
        var rival = AddApplication("Viện Công nghệ Quảng Ninh");
        var (provider, reference) = await OpenAsync(booth.Id);
        var other = Services.GetRequiredService<AllocationService>();
        Assert.True((await other.AllocateAsync(booth.Id, rival.Id, booth.Version, null)).Succeeded);

        await ChooseAsync(provider, mine.Id);
        provider.Find("[data-testid=allocate-booth]").Click();

        provider.WaitForAssertion(() =>
            Assert.Equal("Gian hàng A-012 vừa được phân bổ cho Viện Công nghệ Quảng Ninh.", provider.Find("[data-testid=allocation-error]").TextContent.Trim()));
        Assert.False(reference.Result.IsCompleted);
        // The dialog now shows the booth as it is: allocated to the rival, with a Release button.
        Assert.Contains("Viện Công nghệ Quảng Ninh", provider.Find("[data-testid=current-organization]").TextContent);
    }

    [Fact]
    public async Task AnAllocatedBooth_ShowsItsOrganisation_AndIsReleasedAfterConfirmation()
    {
        var booth = AddBooth("A-007");
        AddApplication("Trường Đại học Hạ Long", allocatedBoothId: booth.Id);
        var (provider, reference) = await OpenAsync(booth.Id);

        Assert.Equal("Đã phân bổ cho Trường Đại học Hạ Long", provider.Find("[data-testid=current-organization]").TextContent.Trim());
        Assert.Empty(provider.FindAll("[data-testid=allocate-booth]"));
        provider.Find("[data-testid=release-booth]").Click();
        provider.WaitForAssertion(() => Assert.Contains("Thu hồi gian A-007 của Trường Đại học Hạ Long?", provider.Markup));
        provider.FindAll("button").Last(b => b.TextContent.Trim() == "Thu hồi").Click();

        var result = await reference.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        using var db = Database.CreateDbContext();
        Assert.Equal(BoothStatus.Available, db.Booths.Single(b => b.Id == booth.Id).Status);
        Assert.Empty(db.BoothAllocations);
    }

    [Fact]
    public async Task AFreeBoothWithoutEligibleApplications_SaysWhatToDo_AndOffersNoAllocateButton()
    {
        var booth = AddBooth("A-001");
        AddApplication("Công ty Chưa Duyệt", status: ApplicationStatus.Submitted);

        var (provider, _) = await OpenAsync(booth.Id);

        Assert.NotNull(provider.Find("[data-testid=no-candidates]"));
        Assert.Empty(provider.FindAll("[data-testid=allocate-booth]"));
    }

    private Booth AddBooth(string code, double x = 0)
    {
        using var db = Database.CreateDbContext();
        var booth = new Booth { EditionId = editionId, ZoneId = zone.Id, Code = code, X = x };
        db.Booths.Add(booth);
        db.SaveChanges();
        return booth;
    }

    private ExhibitorApplication AddApplication(string name, int wanted = 1, ApplicationStatus status = ApplicationStatus.Approved, int? allocatedBoothId = null)
    {
        using var db = Database.CreateDbContext();
        var organization = new Organization { Name = new LocalizedText(name, name), Type = OrganizationType.Enterprise };
        db.Organizations.Add(organization);
        db.SaveChanges();
        var application = new ExhibitorApplication { EditionId = editionId, OrganizationId = organization.Id, BoothsWanted = wanted };
        application.Restore(status, status == ApplicationStatus.Rejected ? "Không phù hợp" : null, DateTimeOffset.UnixEpoch);
        db.ExhibitorApplications.Add(application);
        db.SaveChanges();
        if (allocatedBoothId is { } boothId)
        {
            db.BoothAllocations.Add(new BoothAllocation { EditionId = editionId, BoothId = boothId, ApplicationId = application.Id, OrganizationId = organization.Id });
            db.Booths.Where(b => b.Id == boothId).ExecuteUpdate(s => s.SetProperty(b => b.Status, BoothStatus.Allocated));
            db.SaveChanges();
        }
        return application;
    }
}
