using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Infrastructure.Export;

/// <summary>
/// A list ready to be written as CSV or XLSX: translated headers, then cells that are only strings (neutralised
/// against formula injection), numbers, or local date-times in the edition's zone. Both writers read this one
/// shape, so a CSV and an XLSX of the same list always agree.
/// </summary>
public sealed record ExportTable(IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows)
{
    public static ExportTable Build<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, IEnumerable<TRow> rows,
        IStringLocalizer localizer, TimeZoneInfo zone)
    {
        var headers = columns.Select(c => localizer[c.HeaderKey].Value).ToList();
        var cells = rows.Select(row => columns.Select(c => Cell(c.Value(row), localizer, zone)).ToArray()).ToList();
        return new ExportTable(headers, cells);
    }

    private static object? Cell(object? value, IStringLocalizer localizer, TimeZoneInfo zone) => value switch
    {
        null => null,
        string text => SpreadsheetSanitizer.Neutralise(text),
        LocalizedText text => SpreadsheetSanitizer.Neutralise(text.Current),
        ExportLabel label => Label(label, localizer),
        bool flag => localizer[flag ? "Export.Yes" : "Export.No"].Value,
        DateTimeOffset instant => TimeZoneInfo.ConvertTime(instant, zone).DateTime,
        DateOnly or int or long or double or decimal => value,
        Enum code => code.ToString(),
        _ => SpreadsheetSanitizer.Neutralise(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static string Label(ExportLabel label, IStringLocalizer localizer)
    {
        var text = localizer[label.Key];
        return SpreadsheetSanitizer.Neutralise(text.ResourceNotFound ? label.Code : text.Value);
    }
}
