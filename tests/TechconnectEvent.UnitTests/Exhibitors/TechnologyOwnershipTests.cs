using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Exhibitors;

namespace TechconnectEvent.UnitTests.Exhibitors;

public sealed class TechnologyOwnershipTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static TechnologyInput Input(string title = "Robot hàn") => new() { TitleVi = title, Field = TechnologyField.Robotics, ReadinessLevel = 7 };

    [Fact]
    public async Task Exhibitor_CreatesListsEditsAndDeletesTheirOwnTechnologies()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        world.Actor.Current = FakeActor.Exhibitor(world.Enterprise);
        var service = world.Technologies;

        var id = (await service.CreateAsync(world.Enterprise, world.EditionId, Input(), Token)).Value;
        Assert.Single((await service.ListAsync(world.Enterprise, Token)).Value!);
        Assert.True((await service.UpdateAsync(id, Input("Robot hàn ống"), 0, Token)).Succeeded);
        Assert.Equal("Robot hàn ống", (await service.GetAsync(id, Token)).Value!.Title.Vi);
        Assert.True((await service.DeleteAsync(id, 1, Token)).Succeeded);
        Assert.Empty((await service.ListAsync(world.Enterprise, Token)).Value!);
    }

    [Fact]
    public async Task Exhibitor_CannotTouchAnotherOrganisationsTechnology_AndNothingChanges()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var theirs = await world.AddTechnologyAsync(world.University);
        world.Actor.Current = FakeActor.Exhibitor(world.Enterprise);
        var service = world.Technologies;

        Assert.Equal("Forbidden", (await service.GetAsync(theirs.Id, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await service.ListAsync(world.University, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await service.UpdateAsync(theirs.Id, Input("Đổi tên"), theirs.Version, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await service.DeleteAsync(theirs.Id, theirs.Version, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await service.CreateAsync(world.University, null, Input(), Token)).Errors.Single().Code);

        await using var db = world.Database.CreateContext();
        var stored = await db.Technologies.SingleAsync(Token);
        Assert.Equal(("Cảm biến", theirs.Version), (stored.Title.Vi, stored.Version));
    }

    [Fact]
    public async Task Organiser_ReachesEveryTechnology_AndADelegateNone()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var technology = await world.AddTechnologyAsync(world.University);

        world.Actor.Current = FakeActor.Organiser();
        Assert.True((await world.Technologies.GetAsync(technology.Id, Token)).Succeeded);
        world.Actor.Current = FakeActor.WithRole(Roles.Delegate);
        Assert.Equal("Forbidden", (await world.Technologies.GetAsync(technology.Id, Token)).Errors.Single().Code);
    }

    [Fact]
    public async Task MissingTechnology_IsNotFoundRatherThanForbidden()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        world.Actor.Current = FakeActor.Exhibitor(world.Enterprise);

        Assert.Equal("NotFound", (await world.Technologies.GetAsync(9999, Token)).Errors.Single().Code);
    }
}
