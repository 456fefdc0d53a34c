using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.FloorPlan;

namespace TechconnectEvent.UnitTests.FloorPlan;

public sealed class BoothColoursTests
{
    [Theory]
    [InlineData("#FFFFFF", 1.0)]
    [InlineData("#000000", 0.0)]
    [InlineData("#808080", 0.2159)]
    public void Luminance_FollowsWcag(string hex, double expected) =>
        Assert.Equal(expected, BoothColours.Luminance(BoothColours.Parse(hex)), 3);

    [Theory]
    [InlineData("#4A148C")] // AI zone, dark purple
    [InlineData("#0277BD")]
    [InlineData("#FBC02D")] // yellow
    [InlineData("#AED581")] // light green
    [InlineData("#777777")] // the hardest mid grey
    [InlineData("#FF0000")]
    public void TextOnAnyFill_HasAtLeastAaContrast(string hex)
    {
        var fill = BoothColours.Parse(hex);

        var ink = BoothColours.TextOn(fill);

        Assert.True(BoothColours.Contrast(fill, ink) >= 4.5, $"{hex} with {ink.Hex}: {BoothColours.Contrast(fill, ink):0.00}");
    }

    [Fact]
    public void DarkFill_GetsWhiteText_LightFill_GetsDarkText()
    {
        Assert.Equal(BoothColours.White, BoothColours.TextOn(BoothColours.Parse("#4A148C")));
        Assert.Equal(BoothColours.Black, BoothColours.TextOn(BoothColours.Parse("#FFF59D")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("purple")]
    [InlineData("#12345")]
    [InlineData("#GG0000")]
    public void UnreadableColour_FallsBackToGrey(string? hex) =>
        Assert.Equal(BoothColours.Unknown, BoothColours.Parse(hex));

    [Fact]
    public void Fill_IsTheZoneColourOnlyWhenAllocated_AndGreyWhenBlocked()
    {
        var zone = BoothColours.Parse("#4A148C");

        Assert.Equal(zone, BoothColours.Fill(BoothStatus.Allocated, zone));
        Assert.Equal(BoothColours.BlockedFill, BoothColours.Fill(BoothStatus.Blocked, zone));
        Assert.True(BoothColours.Luminance(BoothColours.Fill(BoothStatus.Available, zone)) > 0.8);
        Assert.True(BoothColours.Luminance(BoothColours.Fill(BoothStatus.Held, zone)) > 0.5);
    }
}
