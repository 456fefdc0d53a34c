using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Allocation;

public sealed class AllocationServiceTests : IAsyncLifetime
{
    private AllocationScenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await AllocationScenario.CreateAsync();

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task Allocate_AnAvailableBooth_AllocatesIt_AuditsIt_AndTellsEveryPlan()
    {
        var booth = await scenario.AddBoothAsync("A-012", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty Cổ phần FPT", "FPT Corporation");

        var result = await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version, null, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        var stored = await scenario.BoothAsync(booth.Id);
        Assert.Equal(BoothStatus.Allocated, stored.Status);
        Assert.Equal(booth.Version + 1, stored.Version);
        Assert.Equal(stored.Version, result.Value!.BoothVersion);
        var allocation = Assert.Single(await scenario.AllocationsAsync());
        Assert.Equal((booth.Id, application.Id, application.OrganizationId), (allocation.BoothId, allocation.ApplicationId, allocation.OrganizationId));
        Assert.Equal("organiser@test.local", allocation.AllocatedBy);
        Assert.Equal(AllocationScenario.Now, allocation.AllocatedAt);
        Assert.Equal(ApplicationStatus.Allocated, (await scenario.ApplicationAsync(application.Id)).Status);
        var audit = Assert.Single(await scenario.AuditAsync());
        Assert.Equal("booth.allocated", audit.Action);
        Assert.Equal(booth.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.EntityId);
        Assert.Contains("Available", audit.Before);
        Assert.Contains("Allocated", audit.After);
        Assert.Contains("Công ty Cổ phần FPT", audit.After);
        Assert.Equal([booth.Id], Assert.Single(await scenario.ChangesAsync()).BoothIds);
    }

    [Fact]
    public async Task Allocate_BySomeoneWhoIsNotAnOrganiser_IsRefused()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");

        var result = await scenario.Service(TestActors.Staff).AllocateAsync(booth.Id, application.Id, booth.Version, null, TestContext.Current.CancellationToken);

        Assert.Equal(AllocationErrors.NotOrganiser, Assert.Single(result.Errors).Code);
        Assert.Empty(await scenario.AllocationsAsync());
    }

    [Fact]
    public async Task Allocate_InAZoneThatRefusesTheOrganisationType_IsRefused()
    {
        var booth = await scenario.AddBoothAsync("U-001", scenario.UniversityZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A", OrganizationType.Enterprise);

        var result = await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version, null, TestContext.Current.CancellationToken);

        Assert.Equal(AllocationErrors.ZoneNotAccepting, Assert.Single(result.Errors).Code);
        Assert.Equal(BoothStatus.Available, (await scenario.BoothAsync(booth.Id)).Status);
    }

    [Fact]
    public async Task Allocate_ABlockedBooth_IsRefused_WithTheBlockReason()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone, configure: b => b.Blocked("Cột chịu lực"));
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");

        var result = await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version, null, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal(AllocationErrors.BoothBlocked, error.Code);
        Assert.Equal(["A-001", "Cột chịu lực"], error.Arguments);
    }

    [Fact]
    public async Task Allocate_ABoothHeldForAnotherApplicant_IsRefused()
    {
        var other = await scenario.AddApplicationAsync("Công ty B", "Company B");
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone, configure: b => b.HeldFor(other.Id, AllocationScenario.Now.AddDays(1)));
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");

        var result = await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version, null, TestContext.Current.CancellationToken);

        Assert.Equal(AllocationErrors.BoothHeld, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Allocate_ABoothHeldForTheSameApplicant_Succeeds_AndClearsTheHold()
    {
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone, configure: b => b.HeldFor(application.Id, AllocationScenario.Now.AddDays(1)));

        var result = await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version, null, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        var stored = await scenario.BoothAsync(booth.Id);
        Assert.Null(stored.HeldForApplicationId);
        Assert.Null(stored.HeldUntil);
    }

    [Fact]
    public async Task Allocate_ABoothWhoseHoldExpired_IsFreeForAnyone()
    {
        var other = await scenario.AddApplicationAsync("Công ty B", "Company B");
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone, configure: b => b.HeldFor(other.Id, AllocationScenario.Now.AddMinutes(-1)));
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");

        var result = await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version, null, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Waitlisted)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public async Task Allocate_ToAnApplicationThatIsNotApproved_IsRefused(ApplicationStatus status)
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A", status: status);

        var result = await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version, null, TestContext.Current.CancellationToken);

        Assert.Equal(AllocationErrors.ApplicationNotApproved, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Allocate_MoreBoothsThanWanted_NeedsAReason_AndStoresIt()
    {
        var first = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var second = await scenario.AddBoothAsync("A-002", scenario.AiZone, x: 3);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A", wanted: 1);
        var service = scenario.Service();
        Assert.True((await service.AllocateAsync(first.Id, application.Id, first.Version, null, TestContext.Current.CancellationToken)).Succeeded);

        var withoutReason = await service.AllocateAsync(second.Id, application.Id, second.Version, "  ", TestContext.Current.CancellationToken);
        var withReason = await service.AllocateAsync(second.Id, application.Id, second.Version, "Nhà tài trợ bổ sung", TestContext.Current.CancellationToken);

        var error = Assert.Single(withoutReason.Errors);
        Assert.Equal(AllocationErrors.OverrideRequired, error.Code);
        Assert.Equal("overrideReason", error.Field);
        Assert.True(withReason.Succeeded);
        var allocations = await scenario.AllocationsAsync();
        Assert.Null(allocations[0].OverrideReason);
        Assert.Equal("Nhà tài trợ bổ sung", allocations[1].OverrideReason);
    }

    [Fact]
    public async Task Allocate_TheApplicationStaysApproved_UntilItHasAllItsBooths()
    {
        var first = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var second = await scenario.AddBoothAsync("A-002", scenario.AiZone, x: 3);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A", wanted: 2);
        var service = scenario.Service();

        var one = await service.AllocateAsync(first.Id, application.Id, first.Version, null, TestContext.Current.CancellationToken);
        var statusAfterOne = (await scenario.ApplicationAsync(application.Id)).Status;
        var two = await service.AllocateAsync(second.Id, application.Id, second.Version, null, TestContext.Current.CancellationToken);

        Assert.Equal(ApplicationStatus.Approved, statusAfterOne);
        Assert.Equal(ApplicationStatus.Approved, one.Value!.ApplicationStatus);
        Assert.Equal(ApplicationStatus.Allocated, two.Value!.ApplicationStatus);
    }

    [Fact]
    public async Task Allocate_AnApplicationOfAnotherEdition_IsRefused()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var otherEdition = await scenario.AddEditionAsync(2024);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A", editionId: otherEdition);

        var result = await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version, null, TestContext.Current.CancellationToken);

        Assert.Equal(AllocationErrors.DifferentEdition, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Allocate_WithAStaleVersion_OfABoothAllocatedMeanwhile_NamesTheNewOwner()
    {
        var booth = await scenario.AddBoothAsync("A-012", scenario.AiZone);
        var winner = await scenario.AddApplicationAsync("Viện Hàn lâm KHCN Việt Nam", "Vietnam Academy of Science and Technology", OrganizationType.Enterprise);
        var loser = await scenario.AddApplicationAsync("Công ty B", "Company B");
        Assert.True((await scenario.Service().AllocateAsync(booth.Id, winner.Id, booth.Version, null, TestContext.Current.CancellationToken)).Succeeded);

        var result = await scenario.Service().AllocateAsync(booth.Id, loser.Id, booth.Version, null, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal(AllocationErrors.BoothTaken, error.Code);
        Assert.Equal("A-012", error.Arguments[0]);
        Assert.Equal("Viện Hàn lâm KHCN Việt Nam", Assert.IsType<LocalizedText>(error.Arguments[1]).Vi);
        Assert.Single(await scenario.AllocationsAsync());
    }

    [Fact]
    public async Task Allocate_WithAStaleVersion_OfABoothThatIsStillFree_SaysItChanged()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");

        var result = await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version - 1, null, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal(AllocationErrors.BoothChanged, error.Code);
        Assert.Empty(await scenario.ChangesAsync());
    }

    [Fact]
    public async Task Allocate_AnUnknownBoothOrApplication_IsRefused()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");

        var noBooth = await scenario.Service().AllocateAsync(9999, application.Id, 0, null, TestContext.Current.CancellationToken);
        var noApplication = await scenario.Service().AllocateAsync(booth.Id, 9999, booth.Version, null, TestContext.Current.CancellationToken);

        Assert.Equal(AllocationErrors.BoothNotFound, Assert.Single(noBooth.Errors).Code);
        Assert.Equal(AllocationErrors.ApplicationNotFound, Assert.Single(noApplication.Errors).Code);
    }

    [Fact]
    public async Task Release_FreesTheBooth_ReturnsTheApplicationToApproved_AndAuditsIt()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");
        var allocated = await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version, null, TestContext.Current.CancellationToken);

        var result = await scenario.Service().ReleaseAsync(booth.Id, allocated.Value!.BoothVersion, "Đơn vị rút lui", TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        var stored = await scenario.BoothAsync(booth.Id);
        Assert.Equal(BoothStatus.Available, stored.Status);
        Assert.Equal(allocated.Value.BoothVersion + 1, stored.Version);
        Assert.Empty(await scenario.AllocationsAsync());
        Assert.Equal(ApplicationStatus.Approved, (await scenario.ApplicationAsync(application.Id)).Status);
        var audit = (await scenario.AuditAsync()).Last();
        Assert.Equal("booth.released", audit.Action);
        Assert.Contains("Công ty A", audit.Before);
        Assert.Contains("Available", audit.After);
        Assert.Equal("Đơn vị rút lui", audit.Details);
        Assert.Equal(2, (await scenario.ChangesAsync()).Count);
    }

    [Fact]
    public async Task Release_WithAStaleVersion_ByANonOrganiser_OrOfAFreeBooth_IsRefused()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var free = await scenario.AddBoothAsync("A-002", scenario.AiZone, x: 3);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");
        var allocated = await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version, null, TestContext.Current.CancellationToken);

        var stale = await scenario.Service().ReleaseAsync(booth.Id, booth.Version, null, TestContext.Current.CancellationToken);
        var staff = await scenario.Service(TestActors.Staff).ReleaseAsync(booth.Id, allocated.Value!.BoothVersion, null, TestContext.Current.CancellationToken);
        var notAllocated = await scenario.Service().ReleaseAsync(free.Id, free.Version, null, TestContext.Current.CancellationToken);

        Assert.Equal(AllocationErrors.BoothChanged, Assert.Single(stale.Errors).Code);
        Assert.Equal(AllocationErrors.NotOrganiser, Assert.Single(staff.Errors).Code);
        Assert.Equal(AllocationErrors.NotAllocated, Assert.Single(notAllocated.Errors).Code);
        Assert.Single(await scenario.AllocationsAsync());
    }

    [Fact]
    public async Task CandidatesForABooth_AreTheApprovedApplicationsItsZoneAccepts_WithTheirCounts()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var other = await scenario.AddBoothAsync("A-002", scenario.AiZone, x: 3);
        var approved = await scenario.AddApplicationAsync("Công ty Bình Minh", "Binh Minh Company", wanted: 2);
        await scenario.AddApplicationAsync("Công ty An Phát", "An Phat Company", status: ApplicationStatus.Submitted);
        await scenario.AddApplicationAsync("Đại học Bách khoa Hà Nội", "Hanoi University of Science and Technology", OrganizationType.University);
        var withOne = await scenario.AddApplicationAsync("Công ty Anh Đào", "Anh Dao Company", wanted: 1);
        await scenario.Service().AllocateAsync(other.Id, withOne.Id, other.Version, null, TestContext.Current.CancellationToken);

        var candidates = await scenario.Service().CandidatesForBoothAsync(booth.Id, TestContext.Current.CancellationToken);

        Assert.Equal([withOne.Id, approved.Id], candidates.Select(c => c.ApplicationId));
        Assert.True(candidates[0].HasAllBooths);
        Assert.Equal((0, 2), (candidates[1].BoothsAllocated, candidates[1].BoothsWanted));
    }

    [Fact]
    public void TheRules_RefuseTheFirstBrokenRuleOnly_AndAcceptAValidAllocation()
    {
        var booth = new Booth { Id = 1, EditionId = 1, ZoneId = 1, Code = "A-001" };
        var application = new ExhibitorApplication { Id = 5, EditionId = 1, BoothsWanted = 1 }.InStatus(ApplicationStatus.Approved);
        var organization = new Organization { Name = new LocalizedText("A", "A"), Type = OrganizationType.Enterprise };
        var zone = new Web.Features.Zones.Zone { Code = "AI", Name = new LocalizedText("AI", "AI"), EligibleTypes = OrganizationType.Enterprise };

        Assert.Null(AllocationRules.Check(booth, application, organization, zone, 0, null, AllocationScenario.Now));
        Assert.Equal(AllocationErrors.OverrideRequired, AllocationRules.Check(booth, application, organization, zone, 1, null, AllocationScenario.Now)!.Code);
        Assert.Null(AllocationRules.Check(booth, application, organization, zone, 1, "lý do", AllocationScenario.Now));
    }
}
