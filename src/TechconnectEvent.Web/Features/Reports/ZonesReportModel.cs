namespace TechconnectEvent.Web.Features.Reports;

/// <summary>
/// Everything the zones report prints, already translated into the reader's language; the document itself
/// holds no wording of its own.
/// </summary>
/// <param name="Subtitle">Edition name, dates and venue, as one line.</param>
/// <param name="GeneratedAtLabel">e.g. "Lập lúc 30/09/2023 14:05", printed in every footer.</param>
/// <param name="GeneratedAt">Written into the PDF's creation date.</param>
public sealed record ZonesReportModel(
    string Title,
    string Subtitle,
    string GeneratedAtLabel,
    DateTimeOffset GeneratedAt,
    ZonesReportLabels Labels,
    IReadOnlyList<ZonesReportRow> Rows)
{
    /// <summary>Summed from the rows so the printed totals cannot disagree with them.</summary>
    public ZonesReportTotals Totals => new(
        Rows.Sum(row => row.BoothCount),
        Rows.Sum(row => row.AvailableCount),
        Rows.Sum(row => row.AllocatedCount));
}

/// <param name="PageNumberFormat">Footer page number, {0} = page and {1} = page count: "Trang {0}/{1}".</param>
public sealed record ZonesReportLabels(
    string Code,
    string Zone,
    string Kind,
    string Colour,
    string Booths,
    string Available,
    string Allocated,
    string Total,
    string PageNumberFormat);

/// <param name="Colour">The zone's display colour as #RRGGBB.</param>
public sealed record ZonesReportRow(
    string Code,
    string Name,
    string KindLabel,
    string Colour,
    int BoothCount,
    int AvailableCount,
    int AllocatedCount);

public sealed record ZonesReportTotals(int BoothCount, int AvailableCount, int AllocatedCount);
