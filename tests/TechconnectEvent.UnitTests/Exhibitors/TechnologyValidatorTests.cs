using TechconnectEvent.Web.Features.Exhibitors;

namespace TechconnectEvent.UnitTests.Exhibitors;

public sealed class TechnologyValidatorTests
{
    private static TechnologyInput Valid() => new() { TitleVi = "Robot hàn ống", TitleEn = "Pipe welding robot", ReadinessLevel = 7 };

    [Fact]
    public void Validate_AValidTechnology_HasNoErrors() => Assert.Empty(TechnologyValidator.Validate(Valid()));

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Validate_ReadinessOutsideOneToNine_Fails(int level)
    {
        var input = Valid();
        input.ReadinessLevel = level;
        var error = Assert.Single(TechnologyValidator.Validate(input));
        Assert.Equal(("Technology.ReadinessRange", "ReadinessLevel"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_NoVietnameseTitle_Fails(string? title)
    {
        var input = Valid();
        input.TitleVi = title;
        Assert.Equal("Technology.TitleRequired", Assert.Single(TechnologyValidator.Validate(input)).Code);
    }

    [Fact]
    public void Validate_UndefinedFieldOfferOrLongDescription_FailEach()
    {
        var input = Valid();
        input.Field = (TechnologyField)55;
        input.OfferType = (TechnologyOfferType)55;
        input.Description = new string('a', 4001);
        Assert.Equal(["Field", "OfferType", "Description"], TechnologyValidator.Validate(input).Select(e => e.Field));
    }

    [Fact]
    public void ApplyTo_NoEnglishTitle_FallsBackToTheVietnamese()
    {
        var technology = new Technology { Title = new("", "") };
        new TechnologyInput { TitleVi = " Vật liệu nano ", Field = TechnologyField.NewMaterials, ReadinessLevel = 4 }.ApplyTo(technology);
        Assert.Equal(("Vật liệu nano", "Vật liệu nano"), (technology.Title.Vi, technology.Title.En));
    }
}
