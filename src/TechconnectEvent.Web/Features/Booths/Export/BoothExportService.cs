using System.Globalization;
using MiniExcelLibs;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Booths.Export;

/// <summary>
/// The booth list as CSV (UTF-8 with BOM, so Excel reads Vietnamese) or XLSX. The first seven columns are the
/// import format, so an export can be edited and imported into another edition. Text cells are neutralised
/// against formula injection; numbers are written as numbers.
/// </summary>
public sealed class BoothExportService(BoothService booths)
{
    public static readonly IReadOnlyList<string> Columns =
        ["code", "zone", "size", "x", "y", "width", "height", "zone_name_vi", "zone_name_en", "status", "exhibitor", "price_vnd"];

    public async Task<byte[]> CsvAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var rows = await booths.QueryAsync(editionId, BoothFilter.None, cancellationToken);
        return await CsvDocument.WriteAsync(Columns, rows.Select(row => Cells(row).Select(CsvCell).ToList()), cancellationToken);
    }

    private static string? CsvCell(object? cell) => cell switch
    {
        double number => number.ToString("0.###", CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        null => "",
        _ => (string)cell,
    };

    public async Task<byte[]> XlsxAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var rows = await booths.QueryAsync(editionId, BoothFilter.None, cancellationToken);
        var sheet = rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(Columns.Count);
            var cells = Cells(row);
            for (var i = 0; i < Columns.Count; i++)
            {
                record[Columns[i]] = cells[i];
            }
            return record;
        }).ToList();
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, sheet, sheetName: "Booths", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>One row's cells; text already neutralised.</summary>
    private static object?[] Cells(BoothRow row) =>
    [
        SpreadsheetSanitizer.Neutralise(row.Code),
        SpreadsheetSanitizer.Neutralise(row.ZoneCode),
        row.Size.ToString(),
        row.X, row.Y, row.Width, row.Height,
        SpreadsheetSanitizer.Neutralise(row.ZoneName.Vi),
        SpreadsheetSanitizer.Neutralise(row.ZoneName.En),
        row.Status.ToString(),
        SpreadsheetSanitizer.Neutralise(row.Exhibitor?.Vi),
        row.PriceVnd,
    ];
}
