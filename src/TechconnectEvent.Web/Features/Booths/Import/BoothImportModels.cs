using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Booths.Import;

/// <summary>
/// One problem of an import file. <paramref name="Row"/> is the spreadsheet row number (the header is row 1);
/// null for a problem of the whole file (encoding, empty, missing column).
/// </summary>
public sealed record ImportProblem(int? Row, string? Column, OperationError Error);

/// <summary>A valid row, ready to become a booth.</summary>
public sealed record ImportedBooth(int Row, string Code, string ZoneCode, BoothSize Size, BoothRect Rect);

/// <summary>Everything found in a file: the rows that would be imported and every problem, row by row.</summary>
public sealed record BoothImportReport(int RowCount, IReadOnlyList<ImportedBooth> Booths, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Booths.Count > 0;

    public static BoothImportReport FileProblem(string code, params object[] arguments) =>
        new(0, [], [new ImportProblem(null, null, OperationError.Of(code, arguments))]);
}

/// <summary>Outcome of an import: the report and, when everything was valid, how many booths were written.</summary>
public sealed record BoothImportResult(BoothImportReport Report, int Imported)
{
    public bool Succeeded => Imported > 0;
}

/// <summary>The cells of an import file as text, by lower-case column name.</summary>
public sealed record SpreadsheetTable(IReadOnlyList<string> Columns, IReadOnlyList<SpreadsheetRow> Rows);

public sealed record SpreadsheetRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string column) => Cells.TryGetValue(column, out var value) ? value : "";
}

public static class ImportColumns
{
    public const string Code = "code";
    public const string Zone = "zone";
    public const string Size = "size";
    public const string X = "x";
    public const string Y = "y";
    public const string Width = "width";
    public const string Height = "height";

    public static readonly IReadOnlyList<string> Required = [Code, Zone, Size, X, Y, Width, Height];

    public const int MaxRows = 2000;
    public const int MaxColumns = 100;
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>An XLSX is a zip: a few kilobytes can unpack to gigabytes, so its unpacked size has a limit of its own.</summary>
    public const long MaxUnpackedBytes = 40 * 1024 * 1024;

    /// <summary>Blank rows are skipped, not counted, but a sheet of nothing but blank rows must still end somewhere.</summary>
    public const int MaxRowsRead = MaxRows * 4;
}
