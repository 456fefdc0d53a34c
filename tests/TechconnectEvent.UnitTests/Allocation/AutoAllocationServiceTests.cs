using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Allocation.Auto;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.UnitTests.Allocation;

public sealed class AutoAllocationServiceTests : IAsyncLifetime
{
    private AllocationScenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await AllocationScenario.CreateAsync();

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task Preview_AsksOnlyForApprovedApplicationsStillShortOfBooths_AndTreatsExpiredHoldsAsFree()
    {
        var gone = await scenario.AddApplicationAsync("Công ty D", "Company D", status: ApplicationStatus.Withdrawn);
        var held = await scenario.AddBoothAsync("A-001", scenario.AiZone, configure: b => b.HeldFor(gone.Id, AllocationScenario.Now.AddHours(-1)));
        var taken = await scenario.AddBoothAsync("A-002", scenario.AiZone, x: 3);
        await scenario.AddBoothAsync("A-003", scenario.AiZone, x: 6, status: BoothStatus.Blocked);
        var approved = await scenario.AddApplicationAsync("Công ty A", "Company A", wanted: 1);
        var full = await scenario.AddApplicationAsync("Công ty B", "Company B", wanted: 1);
        await scenario.AddApplicationAsync("Công ty C", "Company C", status: ApplicationStatus.Submitted);
        await scenario.Service().AllocateAsync(taken.Id, full.Id, taken.Version, null, TestContext.Current.CancellationToken);

        var proposal = await scenario.AutoService().PreviewAsync(scenario.EditionId, TestContext.Current.CancellationToken);

        var outcome = Assert.Single(proposal.Outcomes);
        Assert.Equal(approved.Id, outcome.ApplicationId);
        Assert.Equal([held.Id], outcome.Booths.Select(b => b.BoothId));
    }

    [Fact]
    public async Task Commit_WritesEveryProposedBooth_WithAuditRows_AndOneChangeNotice()
    {
        await scenario.AddBoothAsync("A-001", scenario.AiZone);
        await scenario.AddBoothAsync("A-002", scenario.AiZone, x: 3);
        await scenario.AddBoothAsync("U-001", scenario.UniversityZone, y: 20);
        var company = await scenario.AddApplicationAsync("Công ty A", "Company A", wanted: 2, preference: scenario.AiZone.Id);
        var university = await scenario.AddApplicationAsync("Đại học Hạ Long", "Ha Long University", OrganizationType.University);
        var service = scenario.AutoService();
        var proposal = await service.PreviewAsync(scenario.EditionId, TestContext.Current.CancellationToken);

        var result = await service.CommitAsync(proposal, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal(new AutoCommitResult(3, 2), result.Value);
        var allocations = await scenario.AllocationsAsync();
        Assert.Equal([company.Id, company.Id, university.Id], allocations.Select(a => a.ApplicationId));
        Assert.Equal(3, (await scenario.AuditAsync()).Count(a => a.Action == "booth.allocated"));
        Assert.Equal(ApplicationStatus.Allocated, (await scenario.ApplicationAsync(company.Id)).Status);
        Assert.Equal(3, Assert.Single(await scenario.ChangesAsync()).BoothIds.Count);
    }

    [Fact]
    public async Task Commit_AfterSomeoneAllocatedMeanwhile_WritesNothing_AndListsTheConflicts()
    {
        var first = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        await scenario.AddBoothAsync("A-002", scenario.AiZone, x: 3);
        var company = await scenario.AddApplicationAsync("Công ty A", "Company A", wanted: 1);
        await scenario.AddApplicationAsync("Công ty B", "Company B", wanted: 1);
        var service = scenario.AutoService();
        var proposal = await service.PreviewAsync(scenario.EditionId, TestContext.Current.CancellationToken);
        Assert.Equal(2, proposal.Assignments.Count());
        var late = await scenario.AddApplicationAsync("Công ty Muộn", "Late Company", wanted: 1);
        await scenario.Service().AllocateAsync(first.Id, late.Id, first.Version, null, TestContext.Current.CancellationToken);
        var allocationsBefore = await scenario.AllocationsAsync();

        var result = await service.CommitAsync(proposal, TestContext.Current.CancellationToken);

        var conflict = Assert.Single(result.Errors);
        Assert.Equal(AllocationErrors.AutoConflict, conflict.Code);
        Assert.Equal(["A-001"], conflict.Arguments);
        Assert.Equal(allocationsBefore.Select(a => a.Id), (await scenario.AllocationsAsync()).Select(a => a.Id));
        Assert.Equal(ApplicationStatus.Approved, (await scenario.ApplicationAsync(company.Id)).Status);
        Assert.DoesNotContain(await scenario.AuditAsync(), a => a.Details == "auto");
    }

    [Fact]
    public async Task Commit_AfterAnApplicationGotABoothByHand_WritesNothing()
    {
        await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var manual = await scenario.AddBoothAsync("A-009", scenario.AiZone, x: 30);
        var company = await scenario.AddApplicationAsync("Công ty A", "Company A", wanted: 2);
        var service = scenario.AutoService();
        var proposal = await service.PreviewAsync(scenario.EditionId, TestContext.Current.CancellationToken);
        // The preview proposed; the organiser now gives A-009 by hand.
        await scenario.Service().AllocateAsync(manual.Id, company.Id, manual.Version, null, TestContext.Current.CancellationToken);

        var result = await service.CommitAsync(proposal, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == AllocationErrors.AutoConflict);
        Assert.Contains(result.Errors, e => e.Code == AllocationErrors.AutoApplicationChanged);
        Assert.Single(await scenario.AllocationsAsync());
    }

    [Fact]
    public async Task Commit_ByANonOrganiser_OrOfAnEmptyProposal_IsRefused()
    {
        await scenario.AddBoothAsync("A-001", scenario.AiZone);
        await scenario.AddApplicationAsync("Công ty A", "Company A");
        var proposal = await scenario.AutoService().PreviewAsync(scenario.EditionId, TestContext.Current.CancellationToken);

        var staff = await scenario.AutoService(TestActors.Staff).CommitAsync(proposal, TestContext.Current.CancellationToken);
        var empty = await scenario.AutoService().CommitAsync(new AllocationProposal(scenario.EditionId, []), TestContext.Current.CancellationToken);

        Assert.Equal(AllocationErrors.NotOrganiser, Assert.Single(staff.Errors).Code);
        Assert.Equal(AllocationErrors.AutoNothingToCommit, Assert.Single(empty.Errors).Code);
        Assert.Empty(await scenario.AllocationsAsync());
    }
}
