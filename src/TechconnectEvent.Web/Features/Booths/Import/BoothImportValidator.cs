using System.Globalization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Booths.Import;

/// <summary>What an import is checked against: the edition's zones (by code) and booths, and the hall.</summary>
public sealed record ImportContext(
    IReadOnlyDictionary<string, int> ZoneIdsByCode, IReadOnlyList<(string Code, BoothRect Rect)> ExistingBooths, HallSize Hall);

/// <summary>Checks every row of an import file and reports every problem; never stops at the first.</summary>
public static class BoothImportValidator
{
    public static BoothImportReport Validate(SpreadsheetTable table, ImportContext context)
    {
        var missing = ImportColumns.Required.Where(c => !table.Columns.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new BoothImportReport(table.Rows.Count, [],
                missing.Select(c => new ImportProblem(1, c, OperationError.Of("Import.MissingColumn", c))).ToList());
        }
        if (table.Rows.Count == 0)
        {
            return BoothImportReport.FileProblem("Import.NoRows");
        }
        var problems = new List<ImportProblem>();
        var booths = new List<ImportedBooth>();
        var existingCodes = context.ExistingBooths.Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        var firstRowOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            void Problem(string column, string code, params object[] arguments) =>
                problems.Add(new ImportProblem(row.Number, column, OperationError.Of(code, arguments)));

            var code = BoothGeometry.NormaliseCode(row.Get(ImportColumns.Code));
            if (code.Length == 0)
            {
                Problem(ImportColumns.Code, "Import.Required", ImportColumns.Code);
            }
            else if (!BoothGeometry.IsValidCode(code))
            {
                Problem(ImportColumns.Code, "Import.CodeInvalid", code);
            }
            else if (firstRowOfCode.TryGetValue(code, out var firstRow))
            {
                Problem(ImportColumns.Code, "Import.DuplicateInFile", code, firstRow);
            }
            else
            {
                firstRowOfCode[code] = row.Number;
                if (existingCodes.Contains(code))
                {
                    Problem(ImportColumns.Code, "Import.CodeExists", code);
                }
            }

            var zoneCode = row.Get(ImportColumns.Zone).Trim().ToUpperInvariant();
            if (zoneCode.Length == 0)
            {
                Problem(ImportColumns.Zone, "Import.Required", ImportColumns.Zone);
            }
            else if (!context.ZoneIdsByCode.ContainsKey(zoneCode))
            {
                Problem(ImportColumns.Zone, "Import.UnknownZone", zoneCode);
            }

            var sizeText = row.Get(ImportColumns.Size);
            var size = BoothSize.Standard;
            if (sizeText.Length == 0)
            {
                Problem(ImportColumns.Size, "Import.Required", ImportColumns.Size);
            }
            else if (!BoothSizeNames.TryParse(sizeText, out size))
            {
                Problem(ImportColumns.Size, "Import.UnknownSize", sizeText);
            }

            var x = Number(row, ImportColumns.X, allowZero: true, Problem);
            var y = Number(row, ImportColumns.Y, allowZero: true, Problem);
            var width = Number(row, ImportColumns.Width, allowZero: false, Problem);
            var height = Number(row, ImportColumns.Height, allowZero: false, Problem);
            if (x is null || y is null || width is null || height is null)
            {
                continue;
            }
            var rect = new BoothRect(x.Value, y.Value, width.Value, height.Value);
            if (!rect.LiesWithin(context.Hall))
            {
                Problem(ImportColumns.X, "Import.OutsideHall", BoothGeometry.Metres(context.Hall.Width), BoothGeometry.Metres(context.Hall.Height));
            }
            foreach (var other in booths.Where(b => b.Rect.Overlaps(rect)))
            {
                Problem(ImportColumns.X, "Import.OverlapInFile", other.Code, other.Row);
            }
            foreach (var existing in context.ExistingBooths.Where(b => b.Rect.Overlaps(rect)))
            {
                Problem(ImportColumns.X, "Import.OverlapExisting", existing.Code);
            }
            // Rows with other problems still take part in the overlap check of later rows, so every clash is named.
            booths.Add(new ImportedBooth(row.Number, code, zoneCode, size, rect));
        }
        return new BoothImportReport(table.Rows.Count, problems.Count == 0 ? booths : [], problems);
    }

    private static double? Number(SpreadsheetRow row, string column, bool allowZero, Action<string, string, object[]> problem)
    {
        var text = row.Get(column);
        if (text.Length == 0)
        {
            problem(column, "Import.Required", [column]);
            return null;
        }
        // Spreadsheets in Vietnamese write a decimal comma: "4,5" is 4.5 when there is no point.
        var normalised = text.Contains('.', StringComparison.Ordinal) ? text : text.Replace(',', '.');
        if (!double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            problem(column, "Import.NotANumber", [column, text]);
            return null;
        }
        if (value < 0)
        {
            problem(column, "Import.Negative", [column, text]);
            return null;
        }
        if (!allowZero && value == 0)
        {
            problem(column, "Import.ZeroSize", [column]);
            return null;
        }
        return value;
    }
}
