using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.FloorPlan;

namespace TechconnectEvent.Web.Features.Reports;

/// <summary>
/// The floor-plan PDF's content, already in the reader's language: the document holds no wording of its own.
/// </summary>
/// <param name="GeneratedAtLabel">"Lập lúc 29/09/2023 08:00", printed in every footer.</param>
/// <param name="Zones">Zones shown in the legend, with names in the reader's language.</param>
/// <param name="StatusLabels">Name of each booth status, for the legend.</param>
/// <param name="Initials">Initials written on allocated booths, by booth id.</param>
public sealed record FloorPlanReportModel(
    string Title,
    string Subtitle,
    string GeneratedAtLabel,
    DateTimeOffset GeneratedAt,
    string PageNumberFormat,
    string LegendZonesTitle,
    string LegendStatusesTitle,
    IReadOnlyList<FloorPlanReportZone> Zones,
    IReadOnlyDictionary<BoothStatus, string> StatusLabels,
    IReadOnlyDictionary<int, string> Initials,
    FloorPlanData Plan);

public sealed record FloorPlanReportZone(string Code, string Name, string Colour);
