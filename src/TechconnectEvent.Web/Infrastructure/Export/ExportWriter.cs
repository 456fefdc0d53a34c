using System.Globalization;
using MiniExcelLibs;

namespace TechconnectEvent.Web.Infrastructure.Export;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// Writes an <see cref="ExportTable"/>: CSV through <see cref="CsvDocument"/> (UTF-8 with BOM, RFC 4180 quoting), XLSX
/// through MiniExcel with real numbers and dates. Text cells arrive neutralised already.
/// </summary>
public static class ExportWriter
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string ContentType(ExportFormat format) => format == ExportFormat.Csv ? CsvContentType : XlsxContentType;

    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "xlsx";

    public static Task<byte[]> WriteAsync(ExportTable table, ExportFormat format, string sheetName, CancellationToken cancellationToken = default) =>
        format == ExportFormat.Csv ? CsvAsync(table, cancellationToken) : XlsxAsync(table, sheetName, cancellationToken);

    public static Task<byte[]> CsvAsync(ExportTable table, CancellationToken cancellationToken = default) =>
        CsvDocument.WriteAsync(table.Headers, table.Rows.Select(row => row.Select(CsvCell).ToList()), cancellationToken);

    private static string? CsvCell(object? cell) => cell switch
    {
        null => "",
        string text => text,
        DateTime local => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    public static async Task<byte[]> XlsxAsync(ExportTable table, string sheetName, CancellationToken cancellationToken = default)
    {
        // The header goes in as the first data row, keyed by position: an empty list still gets its header row, and
        // two columns may share a caption.
        var sheet = new List<Dictionary<string, object?>>(table.Rows.Count + 1) { Record(table.Headers.ToArray<object?>()) };
        sheet.AddRange(table.Rows.Select(Record));
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, sheet, printHeader: false, sheetName: sheetName, excelType: ExcelType.XLSX,
            cancellationToken: cancellationToken);
        return buffer.ToArray();
    }

    private static Dictionary<string, object?> Record(object?[] cells)
    {
        var record = new Dictionary<string, object?>(cells.Length);
        for (var i = 0; i < cells.Length; i++)
        {
            record[i.ToString(CultureInfo.InvariantCulture)] = cells[i] is DateOnly day ? day.ToDateTime(TimeOnly.MinValue) : cells[i];
        }
        return record;
    }
}
