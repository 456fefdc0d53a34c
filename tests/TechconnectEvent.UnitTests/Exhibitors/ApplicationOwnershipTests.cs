using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Exhibitors;

namespace TechconnectEvent.UnitTests.Exhibitors;

public sealed class ApplicationOwnershipTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Exhibitor_ReadsAndChangesTheirOwnApplication()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var mine = await world.AddApplicationAsync(world.Enterprise);
        world.Actor.Current = FakeActor.Exhibitor(world.Enterprise);

        Assert.True((await world.Applications.GetAsync(mine.Id, Token)).Succeeded);
        var update = world.ValidInput();
        update.BoothsWanted = 4;
        Assert.True((await world.Applications.UpdateAsync(mine.Id, update, mine.Version, Token)).Succeeded);

        await using var db = world.Database.CreateContext();
        var stored = await db.ExhibitorApplications.SingleAsync(a => a.Id == mine.Id, Token);
        Assert.Equal((4, mine.Version + 1), (stored.BoothsWanted, stored.Version));
        Assert.Contains(await db.AuditLog.ToListAsync(Token), e => e.Action == "application.updated" && e.EntityId == mine.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Exhibitor_CannotReadChangeWithdrawOrApplyForAnotherOrganisation_AndNothingChanges()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var theirs = await world.AddApplicationAsync(world.University);
        world.Actor.Current = FakeActor.Exhibitor(world.Enterprise);
        var service = world.Applications;

        Assert.Equal("Forbidden", (await service.GetAsync(theirs.Id, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await service.UpdateAsync(theirs.Id, world.ValidInput(), theirs.Version, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await service.WithdrawAsync(theirs.Id, theirs.Version, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await service.SubmitAsync(world.EditionId, world.University, world.ValidInput(), Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await service.GetForOrganizationAsync(world.EditionId, world.University, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await service.ListAsync(world.EditionId, Token)).Errors.Single().Code);

        await using var db = world.Database.CreateContext();
        var stored = await db.ExhibitorApplications.SingleAsync(Token);
        Assert.Equal((ApplicationStatus.Submitted, 2, theirs.Version), (stored.Status, stored.BoothsWanted, stored.Version));
        Assert.Empty(await db.AuditLog.ToListAsync(Token));
    }

    [Fact]
    public async Task Exhibitor_CannotDecideOnTheirOwnApplication()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var mine = await world.AddApplicationAsync(world.Enterprise);
        world.Actor.Current = FakeActor.Exhibitor(world.Enterprise);

        var result = await world.Applications.DecideAsync(mine.Id, ApplicationStatus.Approved, null, mine.Version, Token);

        Assert.Equal("Forbidden", result.Errors.Single().Code);
    }

    [Theory]
    [InlineData(Roles.Delegate)]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.SessionChair)]
    public async Task OtherRoles_ReachNoApplication(string role)
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var application = await world.AddApplicationAsync(world.Enterprise);
        world.Actor.Current = FakeActor.WithRole(role);

        Assert.Equal("Forbidden", (await world.Applications.GetAsync(application.Id, Token)).Errors.Single().Code);
    }

    [Fact]
    public async Task ExhibitorWithoutOrganisationClaim_ReachesNothing()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var application = await world.AddApplicationAsync(world.Enterprise);
        world.Actor.Current = FakeActor.WithRole(Roles.Exhibitor);

        Assert.Equal("Forbidden", (await world.Applications.GetAsync(application.Id, Token)).Errors.Single().Code);
    }

    [Fact]
    public async Task Organiser_ReadsAnyAndDecides_WithAnAuditRowPerStatusChange()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var application = await world.AddApplicationAsync(world.University);
        world.Actor.Current = FakeActor.Organiser();
        var service = world.Applications;

        Assert.True((await service.GetAsync(application.Id, Token)).Succeeded);
        Assert.True((await service.DecideAsync(application.Id, ApplicationStatus.Waitlisted, null, application.Version, Token)).Succeeded);
        Assert.True((await service.DecideAsync(application.Id, ApplicationStatus.Approved, null, application.Version + 1, Token)).Succeeded);

        await using var db = world.Database.CreateContext();
        Assert.Equal(["application.waitlisted", "application.approved"], await db.AuditLog.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Token));
        Assert.Equal(ApplicationStatus.Approved, (await db.ExhibitorApplications.SingleAsync(Token)).Status);
    }

    [Fact]
    public async Task Decide_WithAStaleVersion_ReturnsConcurrencyAndChangesNothing()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var application = await world.AddApplicationAsync(world.University);
        world.Actor.Current = FakeActor.Organiser();

        var result = await world.Applications.DecideAsync(application.Id, ApplicationStatus.Approved, null, application.Version - 1, Token);

        Assert.Equal("Concurrency", result.Errors.Single().Code);
    }

    [Fact]
    public async Task Decide_Allocated_IsNotADecisionOfThisPage()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var application = await world.AddApplicationAsync(world.University, ApplicationStatus.Approved);
        world.Actor.Current = FakeActor.Organiser();

        var result = await world.Applications.DecideAsync(application.Id, ApplicationStatus.Allocated, null, application.Version, Token);

        Assert.Equal("Application.NotADecision", result.Errors.Single().Code);
    }

    [Fact]
    public async Task Withdraw_WhileBoothsAreAllocated_IsRefusedWithReleaseFirst()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var application = await world.AddApplicationAsync(world.Enterprise, ApplicationStatus.Allocated);
        await world.AllocateAsync(application);
        world.Actor.Current = FakeActor.Exhibitor(world.Enterprise);

        var result = await world.Applications.WithdrawAsync(application.Id, application.Version, Token);

        Assert.Equal(ExhibitorApplicationService.HasBooths, result.Errors.Single().Code);
        await using var db = world.Database.CreateContext();
        Assert.Equal(ApplicationStatus.Allocated, (await db.ExhibitorApplications.SingleAsync(Token)).Status);
    }

    [Fact]
    public async Task Withdraw_OwnSubmittedApplication_Succeeds()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var application = await world.AddApplicationAsync(world.Enterprise);
        world.Actor.Current = FakeActor.Exhibitor(world.Enterprise);

        Assert.True((await world.Applications.WithdrawAsync(application.Id, application.Version, Token)).Succeeded);

        await using var db = world.Database.CreateContext();
        Assert.Equal(ApplicationStatus.Withdrawn, (await db.ExhibitorApplications.SingleAsync(Token)).Status);
        Assert.Equal("application.withdrawn", (await db.AuditLog.SingleAsync(Token)).Action);
    }

    [Fact]
    public async Task Update_AfterApproval_IsRefused()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var application = await world.AddApplicationAsync(world.Enterprise, ApplicationStatus.Approved);
        world.Actor.Current = FakeActor.Exhibitor(world.Enterprise);

        var result = await world.Applications.UpdateAsync(application.Id, world.ValidInput(), application.Version, Token);

        Assert.Equal(ExhibitorApplicationService.NotEditable, result.Errors.Single().Code);
    }

    [Fact]
    public async Task Submit_ZonesOfferedAndAccepted_AreOnlyOpenZonesThatAcceptTheType()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        world.Actor.Current = FakeActor.Exhibitor(world.University);
        var service = world.Applications;

        var zones = (await service.EligibleZonesAsync(world.EditionId, world.University, Token)).Value!;
        Assert.Equal(["VT", "CN"], zones.Select(z => z.Code));

        var input = new ApplicationInput { BoothsWanted = 1, ZonePreference1Id = world.EnterpriseZone };
        var refused = await service.SubmitAsync(world.EditionId, world.University, input, Token);
        Assert.Equal(("Application.ZoneNotEligible", "ZonePreference1Id"), (refused.Errors.Single().Code, refused.Errors.Single().Field));
        input.ZonePreference1Id = world.ArchivedZone;
        Assert.Equal("Application.ZoneNotEligible", (await service.SubmitAsync(world.EditionId, world.University, input, Token)).Errors.Single().Code);

        input.ZonePreference1Id = world.AcademicZone;
        Assert.True((await service.SubmitAsync(world.EditionId, world.University, input, Token)).Succeeded);
        Assert.Equal(ExhibitorApplicationService.AlreadyApplied, (await service.SubmitAsync(world.EditionId, world.University, input, Token)).Errors.Single().Code);
    }
}
