using System.Globalization;
using TechconnectEvent.Web.Features.Booths;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>
/// Expands the compact booth blocks of booths.json into individual booths, deterministically: numbered row by
/// row, left to right, from each block's first number. Rejects layouts with overlapping booths, booths outside
/// the hall or duplicate codes.
/// </summary>
internal static class BoothLayout
{
    private const string File = DemoDataFolder.BoothsFile;

    public static IReadOnlyList<PlannedBooth> Expand(BoothsFile layout, IReadOnlySet<string> zoneCodes)
    {
        if (layout.Hall.Width <= 0 || layout.Hall.Height <= 0)
        {
            throw new DemoDataException(File, "hall", "width and height must be positive.");
        }

        var booths = new List<PlannedBooth>();
        for (var i = 0; i < layout.Blocks.Count; i++)
        {
            booths.AddRange(ExpandBlock(layout.Blocks[i], $"block #{i + 1} (zone {layout.Blocks[i].Zone})", zoneCodes));
        }

        var blocked = BlockedCodes(layout.Blocked, booths);
        var result = booths.Select(b => blocked.TryGetValue(b.Code, out var reason) ? b with { Status = BoothStatus.Blocked, BlockReason = reason } : b).ToList();
        CheckPlacement(result, layout.Hall);
        return result;
    }

    private static IEnumerable<PlannedBooth> ExpandBlock(BoothBlockData block, string entry, IReadOnlySet<string> zoneCodes)
    {
        if (!zoneCodes.Contains(block.Zone))
        {
            throw new DemoDataException(File, entry, $"zone '{block.Zone}' is not defined in {DemoDataFolder.ZonesFile}.");
        }
        if (block.Rows < 1 || block.Columns < 1)
        {
            throw new DemoDataException(File, entry, "rows and columns must be at least 1.");
        }
        if (block.FirstNumber < 1)
        {
            throw new DemoDataException(File, entry, "firstNumber must be at least 1.");
        }
        var count = block.Rows * block.Columns;
        if (block.Allocated < 0 || block.Allocated > count)
        {
            throw new DemoDataException(File, entry, $"allocated must be between 0 and the block's {count} booths.");
        }
        var (size, width, height) = Dimensions(block, entry);

        for (var row = 0; row < block.Rows; row++)
        {
            for (var column = 0; column < block.Columns; column++)
            {
                var index = row * block.Columns + column;
                var isEnd = column == 0 || column == block.Columns - 1;
                yield return new PlannedBooth(
                    block.Zone,
                    Code(block.Zone, block.FirstNumber + index),
                    block.CornerEnds && isEnd ? BoothSize.Corner : size,
                    block.X + column * width,
                    block.Y + row * height,
                    width,
                    height,
                    index < block.Allocated ? BoothStatus.Allocated : BoothStatus.Available);
            }
        }
    }

    public static string Code(string zoneCode, int number) =>
        $"{zoneCode}-{number.ToString("00", CultureInfo.InvariantCulture)}";

    private static (BoothSize Size, double Width, double Height) Dimensions(BoothBlockData block, string entry)
    {
        (BoothSize Size, double Width, double Height) defaults = block.Size switch
        {
            nameof(BoothSize.Standard) => (BoothSize.Standard, 3, 3),
            nameof(BoothSize.Double) => (BoothSize.Double, 6, 3),
            nameof(BoothSize.Island) => (BoothSize.Island, 0, 0),
            _ => throw new DemoDataException(File, entry,
                $"size '{block.Size}' is unknown; use Standard, Double or Island (corners come from cornerEnds)."),
        };
        if (defaults.Size == BoothSize.Island && (block.Width is null || block.Height is null))
        {
            throw new DemoDataException(File, entry, "an Island block needs width and height.");
        }
        if (block.CornerEnds && defaults.Size != BoothSize.Standard)
        {
            throw new DemoDataException(File, entry, "cornerEnds applies to Standard blocks only.");
        }
        var width = block.Width ?? defaults.Width;
        var height = block.Height ?? defaults.Height;
        if (width <= 0 || height <= 0)
        {
            throw new DemoDataException(File, entry, "booth width and height must be positive.");
        }
        return (defaults.Size, width, height);
    }

    private static Dictionary<string, string> BlockedCodes(IReadOnlyList<BlockedBoothData> blocked, List<PlannedBooth> booths)
    {
        var known = booths.Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < blocked.Count; i++)
        {
            var entry = $"blocked entry #{i + 1} ({blocked[i].Code})";
            if (!known.Contains(blocked[i].Code))
            {
                throw new DemoDataException(File, entry, "no booth of the layout has this code.");
            }
            if (string.IsNullOrWhiteSpace(blocked[i].Reason))
            {
                throw new DemoDataException(File, entry, "give the reason the booth is blocked.");
            }
            if (!codes.TryAdd(blocked[i].Code, blocked[i].Reason.Trim()))
            {
                throw new DemoDataException(File, entry, "the booth is listed twice.");
            }
        }
        return codes;
    }

    private static void CheckPlacement(List<PlannedBooth> booths, HallData hall)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < booths.Count; i++)
        {
            var booth = booths[i];
            if (!codes.Add(booth.Code))
            {
                throw new DemoDataException(File, $"booth {booth.Code}", "two blocks produce this code; check their firstNumber.");
            }
            if (!booth.LiesWithin(hall))
            {
                throw new DemoDataException(File, $"booth {booth.Code}", string.Create(CultureInfo.InvariantCulture,
                    $"the booth at ({booth.X}, {booth.Y}) size {booth.Width}×{booth.Height} m lies outside the {hall.Width}×{hall.Height} m hall."));
            }
            for (var j = 0; j < i; j++)
            {
                if (booth.Overlaps(booths[j]))
                {
                    throw new DemoDataException(File, $"booth {booth.Code}", $"overlaps booth {booths[j].Code}.");
                }
            }
        }
    }
}
