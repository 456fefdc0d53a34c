using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.FloorPlan;

namespace TechconnectEvent.UnitTests.FloorPlan;

public sealed class BoothLabelTests
{
    [Theory]
    [InlineData("AI-01", 3, 3)]
    [InlineData("HX-12", 3, 3)]
    [InlineData("SP-01", 6, 6)]
    [InlineData("DM-100", 2, 2)]
    public void Code_FitsInsideTheBoothWidth(string code, double width, double height)
    {
        var booth = PlanBuilder.Booth(1, code, PlanBuilder.Ai, 0) with { Width = width, Height = height };

        var label = BoothLabel.For(booth);

        Assert.True(code.Length * 0.66 * label.CodeSize <= width * 0.8 + 1e-9);
        Assert.InRange(label.CodeY, booth.Y, booth.Y + height);
    }

    [Fact]
    public void AllocatedBooth_HasItsExhibitorsInitialsBelowTheCode()
    {
        var exhibitor = PlanBuilder.Exhibitor(1, "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Vietnam Academy of Science and Technology", "VAST");
        var booth = PlanBuilder.Booth(1, "AI-01", PlanBuilder.Ai, 0, BoothStatus.Allocated, exhibitor);

        var label = BoothLabel.For(booth);

        Assert.Equal("VAST", label.Initials);
        Assert.True(label.InitialsY > label.CodeY);
        Assert.True(label.InitialsSize < label.CodeSize);
        Assert.InRange(label.InitialsY, booth.Y, booth.Y + booth.Height);
    }

    [Fact]
    public void AvailableBooth_HasOnlyItsCode() =>
        Assert.Null(BoothLabel.For(PlanBuilder.Booth(1, "AI-01", PlanBuilder.Ai, 0)).Initials);

    [Theory]
    [InlineData("VNPT", "VNPT")]
    [InlineData("UBND tỉnh Quảng Ninh", "UTQN")]
    [InlineData(null, "ĐHBK")]
    public void Initials_UseAOneWordShortNameOrTheWordsFirstLetters(string? shortName, string expected)
    {
        var exhibitor = PlanBuilder.Exhibitor(1, "Đại học Bách khoa Hà Nội", "Đại học Bách khoa Hà Nội", shortName);

        Assert.Equal(expected, exhibitor.Initials);
    }
}
