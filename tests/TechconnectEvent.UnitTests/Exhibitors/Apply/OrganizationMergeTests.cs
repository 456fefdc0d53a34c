using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.UnitTests.Exhibitors.Apply;

public sealed class OrganizationMergeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static OrganizationMerge Merge(ExhibitorWorld world) => new(world.Database.Factory, world.Actor, new AuditTrail(world.Clock), world.ExhibitorChanges);

    private static async Task<(long Source, long Target)> VersionsAsync(ExhibitorWorld world, int source, int target)
    {
        await using var db = world.Database.CreateContext();
        return (await db.Organizations.Where(o => o.Id == source).Select(o => o.Version).SingleAsync(Token),
            await db.Organizations.Where(o => o.Id == target).Select(o => o.Version).SingleAsync(Token));
    }

    [Fact]
    public async Task Merging_MovesApplicationsTechnologiesBoothsAndAccounts_AndDeletesTheDuplicate()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        world.Actor.Current = FakeActor.Organiser();
        var application = await world.AddApplicationAsync(world.University, ApplicationStatus.Approved);
        await world.AllocateAsync(application);
        var technology = await world.AddTechnologyAsync(world.University);
        await using (var db = world.Database.CreateContext())
        {
            await db.ExhibitorApplications.Where(a => a.Id == application.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.OrganizationToConfirm, true), Token);
            db.Users.Add(new ApplicationUser { UserName = "u@test.local", Email = "u@test.local", OrganizationId = world.University });
            await db.SaveChangesAsync(Token);
        }
        var (source, target) = await VersionsAsync(world, world.University, world.Enterprise);

        var result = await Merge(world).MergeAsync(world.University, source, world.Enterprise, target, Token);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        await using var check = world.Database.CreateContext();
        Assert.False(await check.Organizations.AnyAsync(o => o.Id == world.University, Token));
        var moved = await check.ExhibitorApplications.SingleAsync(a => a.Id == application.Id, Token);
        Assert.Equal(world.Enterprise, moved.OrganizationId);
        Assert.False(moved.OrganizationToConfirm);
        Assert.Equal(world.Enterprise, (await check.Technologies.SingleAsync(t => t.Id == technology.Id, Token)).OrganizationId);
        Assert.Equal(world.Enterprise, (await check.BoothAllocations.SingleAsync(Token)).OrganizationId);
        Assert.Equal(world.Enterprise, (await check.Users.SingleAsync(u => u.Email == "u@test.local", Token)).OrganizationId);
        Assert.True(await check.AuditLog.AnyAsync(e => e.Action == "organization.merged" && e.EntityId == world.Enterprise.ToString(), Token));
    }

    [Fact]
    public async Task BothAppliedToTheSameEdition_IsRefused_AndNothingMoves()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        world.Actor.Current = FakeActor.Organiser();
        await world.AddApplicationAsync(world.University);
        await world.AddApplicationAsync(world.Enterprise);
        var technology = await world.AddTechnologyAsync(world.University);
        var (source, target) = await VersionsAsync(world, world.University, world.Enterprise);

        var result = await Merge(world).MergeAsync(world.University, source, world.Enterprise, target, Token);

        var error = Assert.Single(result.Errors);
        Assert.Equal(OrganizationMerge.BothApplied, error.Code);
        Assert.Equal([2030], error.Arguments);
        await using var check = world.Database.CreateContext();
        Assert.True(await check.Organizations.AnyAsync(o => o.Id == world.University, Token));
        Assert.Equal(world.University, (await check.Technologies.SingleAsync(t => t.Id == technology.Id, Token)).OrganizationId);
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        world.Actor.Current = FakeActor.Organiser();
        var (source, target) = await VersionsAsync(world, world.University, world.Enterprise);

        var result = await Merge(world).MergeAsync(world.University, source - 1, world.Enterprise, target, Token);

        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task OnlyOrganisersMerge_AndNeverIntoItself()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var (source, target) = await VersionsAsync(world, world.University, world.Enterprise);

        world.Actor.Current = FakeActor.Exhibitor(world.University);
        var byExhibitor = await Merge(world).MergeAsync(world.University, source, world.Enterprise, target, Token);
        world.Actor.Current = FakeActor.Organiser();
        var intoItself = await Merge(world).MergeAsync(world.University, source, world.University, source, Token);

        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(byExhibitor.Errors).Code);
        Assert.Equal(OrganizationMerge.SameOrganization, Assert.Single(intoItself.Errors).Code);
    }

    [Fact]
    public void NewFirst_PutsSubmittedOnTopNewestFirst_ThenTheRestAsTheyCame()
    {
        var start = new DateTimeOffset(2030, 6, 1, 0, 0, 0, TimeSpan.Zero);
        ApplicationView View(int id, ApplicationStatus status, int day) => new(
            id, 1, id, new("T", "T"), Web.Features.Organizations.OrganizationType.Enterprise, 1, Web.Features.Booths.BoothSize.Standard, [], false,
            SponsorTier.None, null, status, null, start.AddDays(day), null, [], 0);

        var ordered = ExhibitorApplicationService.NewFirst(
            [View(1, ApplicationStatus.Approved, 1), View(2, ApplicationStatus.Submitted, 2), View(3, ApplicationStatus.Submitted, 5), View(4, ApplicationStatus.Rejected, 0)]);

        Assert.Equal([3, 2, 4, 1], ordered.Select(v => v.Id));
    }
}
