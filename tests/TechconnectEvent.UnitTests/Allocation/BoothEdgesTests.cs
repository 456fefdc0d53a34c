using TechconnectEvent.Web.Features.Allocation.Auto;
using TechconnectEvent.Web.Features.Booths;

namespace TechconnectEvent.UnitTests.Allocation;

public sealed class BoothEdgesTests
{
    private static readonly BoothRect Origin = new(0, 0, 3, 3);

    [Theory]
    [InlineData(3, 0)]     // right, side by side
    [InlineData(-3, 0)]    // left
    [InlineData(0, 3)]     // below, back to back
    [InlineData(0, -3)]    // above
    [InlineData(3, 1.5)]   // right, half the edge shared
    [InlineData(3.005, 0)] // a rounding gap within the tolerance
    public void RectanglesSharingAnEdgeSegment_AreAdjacent(double x, double y)
    {
        var other = new BoothRect(x, y, 3, 3);

        Assert.True(BoothEdges.SharesEdge(Origin, other));
        Assert.True(BoothEdges.SharesEdge(other, Origin));
    }

    [Theory]
    [InlineData(3, 3)]    // touching only at a corner point
    [InlineData(-3, -3)]
    [InlineData(3.5, 0)]  // an aisle between them
    [InlineData(0, 3.2)]
    [InlineData(3, 2.995)] // the shared stretch is shorter than the tolerance
    [InlineData(10, 10)]
    public void RectanglesNotSharingAnEdgeSegment_AreNotAdjacent(double x, double y)
    {
        Assert.False(BoothEdges.SharesEdge(Origin, new BoothRect(x, y, 3, 3)));
    }

    [Fact]
    public void ADoubleBoothBesideTwoStandardBooths_TouchesBoth()
    {
        var doubleBooth = new BoothRect(0, 0, 6, 3);

        Assert.True(BoothEdges.SharesEdge(doubleBooth, new BoothRect(0, 3, 3, 3)));
        Assert.True(BoothEdges.SharesEdge(doubleBooth, new BoothRect(3, 3, 3, 3)));
        Assert.False(BoothEdges.SharesEdge(doubleBooth, new BoothRect(6, 3, 3, 3)));
    }
}
