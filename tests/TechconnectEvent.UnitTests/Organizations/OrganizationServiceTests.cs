using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.UnitTests.Organizations;

public sealed class OrganizationServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_WithoutAccentsAndByType_FindsVietnameseNames()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        world.Actor.Current = FakeActor.Organiser();

        var byName = (await world.Organizations.SearchAsync(new OrganizationQuery("truong dai hoc"), Token)).Value!;
        var byType = (await world.Organizations.SearchAsync(new OrganizationQuery(null, OrganizationType.Enterprise), Token)).Value!;

        Assert.Equal(["Trường Đại học Thử"], byName.Select(o => o.Name.Vi));
        Assert.Equal(["Công ty Thử nghiệm"], byType.Select(o => o.Name.Vi));
    }

    [Fact]
    public async Task Search_FindsByProvinceOrCountryWithoutAccents_InTheDatabase()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        world.Actor.Current = FakeActor.Organiser();
        await using (var db = world.Database.CreateContext())
        {
            var university = await db.Organizations.SingleAsync(o => o.Id == world.University, Token);
            university.Province = "Quảng Ninh";
            db.Organizations.Add(new Organization { Name = new("Công ty Hàn Quốc", "Korean Company"), Country = "KR", Type = OrganizationType.ForeignTechCompany });
            await db.SaveChangesAsync(Token);
        }

        var byProvince = (await world.Organizations.SearchAsync(new OrganizationQuery("QUANG NINH"), Token)).Value!;
        var byCountry = (await world.Organizations.SearchAsync(new OrganizationQuery("kr"), Token)).Value!;

        Assert.Equal(["Trường Đại học Thử"], byProvince.Select(o => o.Name.Vi));
        Assert.Equal(["Công ty Hàn Quốc"], byCountry.Select(o => o.Name.Vi));
    }

    [Fact]
    public async Task Create_ValidatesOnTheServer_AndRefusesNonOrganisers()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        world.Actor.Current = FakeActor.Exhibitor(world.Enterprise);
        var input = new OrganizationInput { NameVi = "Hợp tác xã Mới", Type = OrganizationType.Cooperative, Country = "VN" };
        Assert.Equal("Forbidden", (await world.Organizations.CreateAsync(input, Token)).Errors.Single().Code);

        world.Actor.Current = FakeActor.Organiser();
        input.Phone = "abc";
        Assert.Equal("Organization.PhoneInvalid", (await world.Organizations.CreateAsync(input, Token)).Errors.Single().Code);
        input.Phone = null;
        Assert.True((await world.Organizations.CreateAsync(input, Token)).Succeeded);
        Assert.Equal("Organization.NameTaken", (await world.Organizations.CreateAsync(input, Token)).Errors.Single().Code);
    }

    [Fact]
    public async Task Update_WithAStaleVersion_ReturnsConflictAndKeepsTheOtherEdit()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        world.Actor.Current = FakeActor.Organiser();
        var first = OrganizationInput.From((await world.Organizations.GetAsync(world.Enterprise, Token)).Value!);
        first.Province = "Hà Nội";
        Assert.True((await world.Organizations.UpdateAsync(world.Enterprise, first, 0, Token)).Succeeded);

        var second = OrganizationInput.From((await world.Organizations.GetAsync(world.Enterprise, Token)).Value!);
        second.Province = "Huế";
        var result = await world.Organizations.UpdateAsync(world.Enterprise, second, 0, Token);

        Assert.Equal("Concurrency", result.Errors.Single().Code);
        await using var db = world.Database.CreateContext();
        Assert.Equal(("Hà Nội", 1L), await db.Organizations.Where(o => o.Id == world.Enterprise).Select(o => ValueTuple.Create(o.Province!, o.Version)).SingleAsync(Token));
    }
}
