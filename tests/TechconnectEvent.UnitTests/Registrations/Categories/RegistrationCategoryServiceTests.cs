using TechconnectEvent.UnitTests.Registrations.Admin;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Categories;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.UnitTests.Registrations.Categories;

public sealed class RegistrationCategoryServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CategoryInput Input(string code = "sponsor") => new()
    {
        Code = code, NameVi = "Nhà tài trợ", NameEn = "Sponsor", Colour = "#ff8800", Capacity = 50, WaitlistWhenFull = true, SortOrder = 9,
    };

    [Fact]
    public async Task Create_ThenList_ShowsTheCategoryWithItsRules()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();

        var created = await bed.Categories.CreateAsync(bed.EditionId, Input(" Sponsor "), Ct);

        Assert.True(created.Succeeded);
        var row = (await bed.Categories.ListAsync(bed.EditionId, Ct)).Single(r => r.Category.Id == created.Value);
        Assert.Equal(("sponsor", "#FF8800", 50, true), (row.Category.Code, row.Category.Colour, row.Category.Capacity, row.Category.WaitlistWhenFull));
    }

    [Fact]
    public async Task Create_InvalidFields_EachErrorNamesItsField()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        var input = new CategoryInput { Code = "Khách VIP", NameVi = "", NameEn = "VIP", Colour = "red", Capacity = 0 };

        var result = await bed.Categories.CreateAsync(bed.EditionId, input, Ct);

        Assert.Equal([CategoryRules.Fields.Code, CategoryRules.Fields.NameVi, CategoryRules.Fields.Colour, CategoryRules.Fields.Capacity],
            result.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Create_ACodeTheEditionHas_IsRefusedAtTheCodeField()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();

        var result = await bed.Categories.CreateAsync(bed.EditionId, Input(RegistrationCategoryDefaults.Press), Ct);

        Assert.Equal((CategoryRules.Fields.Code, "Categories.CodeTaken"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
    }

    [Fact]
    public async Task Delete_ACategorySomeoneIsIn_IsRefusedWithTheCount()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        await bed.AddAsync("Nhà báo", RegistrationCategoryDefaults.Press);
        var press = (await bed.Categories.ListAsync(bed.EditionId, Ct)).Single(r => r.Category.Code == RegistrationCategoryDefaults.Press).Category;
        var visitor = (await bed.Categories.ListAsync(bed.EditionId, Ct)).Single(r => r.Category.Code == RegistrationCategoryDefaults.Visitor).Category;

        var refused = await bed.Categories.DeleteAsync(press.Id, press.Version, Ct);
        var deleted = await bed.Categories.DeleteAsync(visitor.Id, visitor.Version, Ct);

        Assert.Equal("Categories.InUse", Assert.Single(refused.Errors).Code);
        Assert.Equal(1, refused.Errors[0].Arguments[1]);
        Assert.True(deleted.Succeeded);
        Assert.DoesNotContain(await bed.Categories.ListAsync(bed.EditionId, Ct), r => r.Category.Id == visitor.Id);
    }

    [Fact]
    public async Task Update_WithAStaleVersion_IsAConflict()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        var press = (await bed.Categories.ListAsync(bed.EditionId, Ct)).Single(r => r.Category.Code == RegistrationCategoryDefaults.Press).Category;
        var first = CategoryInput.From(press);
        var second = CategoryInput.From(press);
        first.Capacity = 30;

        Assert.True((await bed.Categories.UpdateAsync(press.Id, first, Ct)).Succeeded);
        var conflict = await bed.Categories.UpdateAsync(press.Id, second, Ct);

        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(conflict.Errors).Code);
    }
}
