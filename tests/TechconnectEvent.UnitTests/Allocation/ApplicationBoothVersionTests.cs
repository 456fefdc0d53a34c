using TechconnectEvent.Web.Features.Allocation.Auto;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.UnitTests.Allocation;

/// <summary>Every change to an application's booths moves its version, so decisions taken on an older view are refused.</summary>
public sealed class ApplicationBoothVersionTests : IAsyncLifetime
{
    private AllocationScenario scenario = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => scenario = await AllocationScenario.CreateAsync();

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task AllocatingOneOfSeveralBooths_MovesTheApplicationsVersion_SoAWithdrawalReadBeforeIsRefusedAsStale()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A", wanted: 2);
        var versionSeenByApplicant = application.Version;

        Assert.True((await scenario.Service().AllocateAsync(booth.Id, application.Id, booth.Version, null, Token)).Succeeded);
        var withdrawal = await scenario.ApplicationService().WithdrawAsync(application.Id, versionSeenByApplicant, Token);

        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(withdrawal.Errors).Code);
        var stored = await scenario.ApplicationAsync(application.Id);
        Assert.Equal((ApplicationStatus.Approved, versionSeenByApplicant + 1), (stored.Status, stored.Version));
        Assert.Single(await scenario.AllocationsAsync());
    }

    [Fact]
    public async Task ReleasingTheLastBoothOfAnAllocatedApplication_ReturnsItToApproved_AndItCanBeAllocatedAgain()
    {
        var first = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var second = await scenario.AddBoothAsync("A-002", scenario.AiZone, x: 3);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");
        var allocated = await scenario.Service().AllocateAsync(first.Id, application.Id, first.Version, null, Token);
        Assert.Equal(ApplicationStatus.Allocated, allocated.Value!.ApplicationStatus);
        var versionWhenAllocated = (await scenario.ApplicationAsync(application.Id)).Version;

        var released = await scenario.Service().ReleaseAsync(first.Id, allocated.Value.BoothVersion, "Đổi vị trí", Token);

        Assert.True(released.Succeeded);
        var stored = await scenario.ApplicationAsync(application.Id);
        Assert.Equal((ApplicationStatus.Approved, versionWhenAllocated + 1), (stored.Status, stored.Version));
        var again = await scenario.Service().AllocateAsync(second.Id, application.Id, second.Version, null, Token);
        Assert.Equal(ApplicationStatus.Allocated, again.Value!.ApplicationStatus);
    }

    [Fact]
    public async Task CommittingAnAutomaticProposal_MovesTheVersionOfEveryApplicationThatReceivedBooths()
    {
        await scenario.AddBoothAsync("A-001", scenario.AiZone);
        await scenario.AddBoothAsync("A-002", scenario.AiZone, x: 3);
        await scenario.AddBoothAsync("A-003", scenario.AiZone, x: 6);
        var partly = await scenario.AddApplicationAsync("Công ty A", "Company A", wanted: 5);
        var fully = await scenario.AddApplicationAsync("Công ty B", "Company B", wanted: 1, tier: SponsorTier.Gold);
        AllocationProposal proposal = await scenario.AutoService().PreviewAsync(scenario.EditionId, Token);

        Assert.True((await scenario.AutoService().CommitAsync(proposal, Token)).Succeeded);

        var (a, b) = (await scenario.ApplicationAsync(partly.Id), await scenario.ApplicationAsync(fully.Id));
        Assert.Equal((ApplicationStatus.Approved, partly.Version + 1), (a.Status, a.Version));
        Assert.Equal((ApplicationStatus.Allocated, fully.Version + 1), (b.Status, b.Version));
        var stale = await scenario.ApplicationService().WithdrawAsync(partly.Id, partly.Version, Token);
        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(stale.Errors).Code);
    }
}
