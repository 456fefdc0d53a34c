namespace TechconnectEvent.Web.Features.Reports;

/// <summary>The booth list PDF's content in the reader's language: one section per zone.</summary>
public sealed record BoothListModel(
    string Title,
    string Subtitle,
    string GeneratedAtLabel,
    DateTimeOffset GeneratedAt,
    BoothListLabels Labels,
    IReadOnlyList<BoothListZone> Zones);

/// <param name="PageNumberFormat">{0} = page, {1} = page count.</param>
public sealed record BoothListLabels(string Code, string Size, string Status, string Exhibitor, string PageNumberFormat, string Empty);

/// <param name="Heading">e.g. "AI · Khu công nghệ trí tuệ nhân tạo (32 gian)".</param>
public sealed record BoothListZone(string Heading, string Colour, IReadOnlyList<BoothListRow> Rows);

public sealed record BoothListRow(string Code, string Size, string Status, string Exhibitor);
