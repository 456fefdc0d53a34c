using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace TechconnectEvent.Web.Features.Booths.Import;

/// <summary>
/// Reads a CSV (UTF-8, with or without BOM) or XLSX file into text cells. Returns either a table or the one
/// problem that makes the whole file unreadable; row-level checks belong to <see cref="BoothImportValidator"/>.
/// </summary>
public static class BoothFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (SpreadsheetTable? Table, BoothImportReport? Problem) Read(string fileName, byte[] content)
    {
        if (content.Length == 0)
        {
            return (null, BoothImportReport.FileProblem("Import.EmptyFile"));
        }
        if (content.LongLength > ImportColumns.MaxFileBytes)
        {
            return (null, BoothImportReport.FileProblem("Import.FileTooLarge", ImportColumns.MaxFileBytes / (1024 * 1024)));
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        // An XLSX file is a zip archive: "PK" at the start, whatever its name says.
        var isZip = content.Length > 3 && content[0] == (byte)'P' && content[1] == (byte)'K';
        return extension switch
        {
            ".xlsx" or ".xlsm" => isZip ? ReadXlsx(content) : (null, BoothImportReport.FileProblem("Import.Unreadable")),
            ".csv" or ".txt" or "" => isZip ? ReadXlsx(content) : ReadCsv(content),
            _ => (null, BoothImportReport.FileProblem("Import.UnsupportedFormat", extension)),
        };
    }

    private static (SpreadsheetTable?, BoothImportReport?) ReadCsv(byte[] content)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return (null, BoothImportReport.FileProblem("Import.NotUtf8"));
        }
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, BoothImportReport.FileProblem("Import.EmptyFile"));
        }
        var options = new CsvReaderOptions
        {
            // Separator left unset: detected among , ; tab | (Excel set to Vietnamese writes ";").
            HasHeader = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
        };
        try
        {
            using var csv = CsvReader.FromText(text, options);
            if (csv.Headers.Count > ImportColumns.MaxColumns)
            {
                return (null, TooManyColumns(csv.Headers.Count));
            }
            var columns = csv.Headers.Select(Normalise).ToList();
            if (columns.All(c => c.Length == 0))
            {
                return (null, BoothImportReport.FileProblem("Import.EmptyFile"));
            }
            var rows = new List<SpreadsheetRow>();
            while (csv.Read())
            {
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < columns.Count; i++)
                {
                    cells.TryAdd(columns[i], i < csv.FieldCount ? csv.GetString(i).Trim() : "");
                }
                if (cells.Values.Any(v => v.Length > 0))
                {
                    rows.Add(new SpreadsheetRow((int)csv.LineNumber, cells));
                    if (rows.Count > ImportColumns.MaxRows)
                    {
                        return (null, TooManyRows());
                    }
                }
            }
            return (new SpreadsheetTable(columns, rows), null);
        }
        catch (CsvFormatException)
        {
            return (null, BoothImportReport.FileProblem("Import.Unreadable"));
        }
    }

    private static (SpreadsheetTable?, BoothImportReport?) ReadXlsx(byte[] content)
    {
        try
        {
            if (WorkbookGuard.Check(content) is { } refused)
            {
                return (null, refused);
            }
            using var stream = new MemoryStream(content, writable: false);
            // Rows are pulled one at a time, so a sheet longer than the limit is never read to its end.
            var sheet = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>();
            List<(string Letter, string Name)>? letters = null;
            var rows = new List<SpreadsheetRow>();
            var number = 0;
            foreach (var row in sheet)
            {
                number++;
                if (number > ImportColumns.MaxRowsRead)
                {
                    return (null, TooManyRows());
                }
                if (letters is null)
                {
                    // Without a header row MiniExcel names cells by column letter; map letters to our header names.
                    var named = row.Where(c => !string.IsNullOrWhiteSpace(Cell(c.Value))).ToList();
                    if (named.Count > ImportColumns.MaxColumns)
                    {
                        return (null, TooManyColumns(named.Count));
                    }
                    letters = named.Count == 0 ? null : named.Select(c => (Letter: c.Key, Name: Normalise(Cell(c.Value)))).ToList();
                    continue;
                }
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (letter, name) in letters)
                {
                    cells.TryAdd(name, row.TryGetValue(letter, out var value) ? Cell(value) : "");
                }
                if (cells.Values.Any(v => v.Length > 0))
                {
                    rows.Add(new SpreadsheetRow(number, cells));
                    if (rows.Count > ImportColumns.MaxRows)
                    {
                        return (null, TooManyRows());
                    }
                }
            }
            return letters is null
                ? (null, BoothImportReport.FileProblem("Import.EmptyFile"))
                : (new SpreadsheetTable(letters.Select(l => l.Name).ToList(), rows), null);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or InvalidOperationException
            or FormatException or System.Xml.XmlException or ArgumentException or NotSupportedException)
        {
            // A damaged or password-protected workbook: say so rather than fail the request.
            return (null, BoothImportReport.FileProblem("Import.Unreadable"));
        }
    }

    private static BoothImportReport TooManyRows() => BoothImportReport.FileProblem("Import.TooManyRows", ImportColumns.MaxRows);

    private static BoothImportReport TooManyColumns(int count) =>
        BoothImportReport.FileProblem("Import.TooManyColumns", count, ImportColumns.MaxColumns);

    private static string Normalise(string? header) => (header ?? "").Trim().TrimStart('\uFEFF').ToLowerInvariant();

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };
}
