namespace TechconnectEvent.Web.Features.Home.Pages;

/// <summary>One column of a dashboard chart's table; a column <see cref="InChart"/> is also a series of the chart.</summary>
/// <param name="Percent">Values are ratios 0–1, shown as percentages and kept out of the chart's count axis.</param>
public sealed record DashboardColumn(string Name, bool InChart = true, bool Percent = false);

/// <summary>One category of a dashboard chart: a bar group, a point of the line or a slice, and a row of its table.</summary>
public sealed record DashboardRow(string Label, IReadOnlyList<double> Values);
