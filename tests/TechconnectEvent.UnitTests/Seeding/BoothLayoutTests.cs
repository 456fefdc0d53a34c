using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;

namespace TechconnectEvent.UnitTests.Seeding;

public sealed class BoothLayoutTests
{
    private static readonly HashSet<string> Zones = ["AI", "SP"];
    private static readonly HallData SmallHall = new() { Width = 30, Height = 20 };

    private static BoothBlockData Block(string zone = "AI", double x = 1, double y = 1, int rows = 2, int columns = 3,
        string size = "Standard", int firstNumber = 1, bool cornerEnds = false, int allocated = 0) => new()
    {
        Zone = zone, X = x, Y = y, Rows = rows, Columns = columns, Size = size, FirstNumber = firstNumber,
        CornerEnds = cornerEnds, Allocated = allocated,
    };

    private static BoothsFile Layout(IReadOnlyList<BlockedBoothData>? blocked = null, params BoothBlockData[] blocks) =>
        new() { Hall = SmallHall, Blocks = blocks, Blocked = blocked ?? [] };

    [Fact]
    public void Expand_StandardBlockWithCornerEnds_NumbersRowByRowAndMarksRowEnds()
    {
        var booths = BoothLayout.Expand(Layout(null, Block(cornerEnds: true, allocated: 4)), Zones);

        Assert.Equal(
            [
                new PlannedBooth("AI", "AI-01", BoothSize.Corner, 1, 1, 3, 3, BoothStatus.Allocated),
                new PlannedBooth("AI", "AI-02", BoothSize.Standard, 4, 1, 3, 3, BoothStatus.Allocated),
                new PlannedBooth("AI", "AI-03", BoothSize.Corner, 7, 1, 3, 3, BoothStatus.Allocated),
                new PlannedBooth("AI", "AI-04", BoothSize.Corner, 1, 4, 3, 3, BoothStatus.Allocated),
                new PlannedBooth("AI", "AI-05", BoothSize.Standard, 4, 4, 3, 3, BoothStatus.Available),
                new PlannedBooth("AI", "AI-06", BoothSize.Corner, 7, 4, 3, 3, BoothStatus.Available),
            ],
            booths);
    }

    [Fact]
    public void Expand_DoubleAndIslandBlocks_UseTheirSizesAndContinueNumbering()
    {
        var booths = BoothLayout.Expand(Layout(null,
            Block(zone: "SP", rows: 1, columns: 2, size: "Double", firstNumber: 1),
            Block(zone: "SP", x: 15, y: 5, rows: 1, columns: 1, size: "Island", firstNumber: 3) with { Width = 9, Height = 9 }), Zones);

        Assert.Equal(
            [
                new PlannedBooth("SP", "SP-01", BoothSize.Double, 1, 1, 6, 3, BoothStatus.Available),
                new PlannedBooth("SP", "SP-02", BoothSize.Double, 7, 1, 6, 3, BoothStatus.Available),
                new PlannedBooth("SP", "SP-03", BoothSize.Island, 15, 5, 9, 9, BoothStatus.Available),
            ],
            booths);
    }

    [Fact]
    public void Expand_BlockedCode_OverridesAllocation()
    {
        var booths = BoothLayout.Expand(
            Layout([new BlockedBoothData { Code = "AI-02", Reason = "pillar" }], Block(rows: 1, allocated: 3)), Zones);

        Assert.Equal([BoothStatus.Allocated, BoothStatus.Blocked, BoothStatus.Allocated], booths.Select(b => b.Status));
    }

    [Fact]
    public void Expand_OverlappingBlocks_NamesBothBooths()
    {
        var error = Assert.Throws<DemoDataException>(() => BoothLayout.Expand(
            Layout(null, Block(rows: 1), Block(x: 8, rows: 1, firstNumber: 10)), Zones));

        Assert.Equal(DemoDataFolder.BoothsFile, error.File);
        Assert.Contains("AI-10", error.Message);
        Assert.Contains("overlaps booth AI-03", error.Message);
    }

    [Fact]
    public void Expand_BlocksThatOnlyTouch_AreAccepted()
    {
        var booths = BoothLayout.Expand(Layout(null, Block(rows: 1), Block(x: 10, rows: 1, firstNumber: 4)), Zones);

        Assert.Equal(6, booths.Count);
    }

    [Fact]
    public void Expand_BoothPastTheHallWall_IsRejected()
    {
        var error = Assert.Throws<DemoDataException>(() => BoothLayout.Expand(Layout(null, Block(x: 25, rows: 1)), Zones));

        Assert.Contains("booth AI-02", error.Message);
        Assert.Contains("outside the 30×20 m hall", error.Message);
    }

    [Fact]
    public void Expand_TwoBlocksWithTheSameNumbers_IsRejected()
    {
        var error = Assert.Throws<DemoDataException>(() => BoothLayout.Expand(
            Layout(null, Block(rows: 1), Block(y: 10, rows: 1)), Zones));

        Assert.Contains("booth AI-01", error.Message);
    }

    [Theory]
    [InlineData("XX", "Standard", false, "block #1 (zone XX)")]
    [InlineData("AI", "Triple", false, "size 'Triple' is unknown")]
    [InlineData("AI", "Double", true, "cornerEnds applies to Standard blocks only")]
    [InlineData("AI", "Island", false, "needs width and height")]
    public void Expand_InvalidBlock_ExplainsWhatIsWrong(string zone, string size, bool cornerEnds, string expected)
    {
        var error = Assert.Throws<DemoDataException>(() => BoothLayout.Expand(
            Layout(null, Block(zone: zone, size: size, cornerEnds: cornerEnds)), Zones));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Expand_UnknownBlockedCode_IsRejected()
    {
        var error = Assert.Throws<DemoDataException>(() => BoothLayout.Expand(
            Layout([new BlockedBoothData { Code = "AI-99", Reason = "pillar" }], Block()), Zones));

        Assert.Contains("blocked entry #1 (AI-99)", error.Message);
    }

    [Fact]
    public void ShippedLayout_HasTheRightCountNoOverlapsAndStaysInTheHall()
    {
        var data = DemoDataLoader.Load(DemoDataFolder.Default);
        var booths = data.Booths;

        Assert.InRange(booths.Count, 200, 250);
        Assert.Equal(booths.Count, booths.Select(b => b.Code).Distinct(StringComparer.Ordinal).Count());
        foreach (var booth in booths)
        {
            Assert.True(booth.X >= 0 && booth.Y >= 0 && booth.X + booth.Width <= data.Hall.Width && booth.Y + booth.Height <= data.Hall.Height,
                $"{booth.Code} lies outside the hall");
            Assert.StartsWith(booth.ZoneCode + "-", booth.Code, StringComparison.Ordinal);
        }
        for (var i = 0; i < booths.Count; i++)
        {
            for (var j = i + 1; j < booths.Count; j++)
            {
                var (a, b) = (booths[i], booths[j]);
                var overlap = a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
                Assert.False(overlap, $"{a.Code} overlaps {b.Code}");
            }
        }
    }

    [Fact]
    public void ShippedLayout_HasEverySizeMostlyAllocatedAndAFewBlocked()
    {
        var booths = DemoDataLoader.Load(DemoDataFolder.Default).Booths;

        Assert.All(Enum.GetValues<BoothSize>(), size => Assert.Contains(booths, b => b.Size == size));
        Assert.Contains(booths, b => b.Size == BoothSize.Island && b.Width == 9 && b.Height == 9);
        Assert.Contains(booths, b => b.Size == BoothSize.Island && b.Width == 6 && b.Height == 6);
        Assert.All(booths.Where(b => b.Size == BoothSize.Island), b => Assert.Equal("SP", b.ZoneCode));
        var blocked = booths.Count(b => b.Status == BoothStatus.Blocked);
        Assert.InRange(blocked, 1, 10);
        Assert.True(booths.Count(b => b.Status == BoothStatus.Allocated) > booths.Count / 2);
        Assert.Equal(booths.Count, booths.Count(b => b.Status is BoothStatus.Allocated or BoothStatus.Available or BoothStatus.Blocked));
    }
}
