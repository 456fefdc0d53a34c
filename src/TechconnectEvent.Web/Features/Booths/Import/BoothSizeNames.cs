using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Booths.Import;

/// <summary>Booth sizes as people write them in a spreadsheet, in English or Vietnamese, with or without accents.</summary>
public static class BoothSizeNames
{
    private static readonly Dictionary<string, BoothSize> Names = new(StringComparer.Ordinal)
    {
        ["standard"] = BoothSize.Standard,
        ["tieu chuan"] = BoothSize.Standard,
        ["double"] = BoothSize.Double,
        ["doi"] = BoothSize.Double,
        ["gian doi"] = BoothSize.Double,
        ["corner"] = BoothSize.Corner,
        ["goc"] = BoothSize.Corner,
        ["gian goc"] = BoothSize.Corner,
        ["island"] = BoothSize.Island,
        ["dao"] = BoothSize.Island,
        ["gian dao"] = BoothSize.Island,
    };

    public static bool TryParse(string? text, out BoothSize size) =>
        Names.TryGetValue(TextFolding.Fold(text), out size);
}
