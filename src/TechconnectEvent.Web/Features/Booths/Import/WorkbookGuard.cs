using System.IO.Compression;
using System.Xml;

namespace TechconnectEvent.Web.Features.Booths.Import;

/// <summary>
/// Looks inside an XLSX package before any spreadsheet parser does. A 20 KB file can unpack to gigabytes (a zip bomb)
/// or declare a million-row sheet; both are refused here with a clear reason, so the parser only ever sees a workbook
/// of a size a booth list can have.
/// </summary>
public static class WorkbookGuard
{
    private const string WorksheetFolder = "xl/worksheets/";

    public static BoothImportReport? Check(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (declared > ImportColumns.MaxUnpackedBytes)
            {
                return TooLarge();
            }
        }
        // The sizes in the zip directory are the sender's word: inflate every part, counting, and stop at the limit.
        long unpacked = 0;
        foreach (var entry in zip.Entries)
        {
            unpacked += UnpackedLength(entry, ImportColumns.MaxUnpackedBytes - unpacked);
            if (unpacked > ImportColumns.MaxUnpackedBytes)
            {
                return TooLarge();
            }
        }
        foreach (var sheet in zip.Entries.Where(IsWorksheet))
        {
            if (DeclaredDimension(sheet) is { } size && (size.Rows > ImportColumns.MaxRows + 1 || size.Columns > ImportColumns.MaxColumns))
            {
                return BoothImportReport.FileProblem("Import.SheetTooLarge", size.Rows, size.Columns, ImportColumns.MaxRows, ImportColumns.MaxColumns);
            }
        }
        return null;
    }

    private static BoothImportReport TooLarge() =>
        BoothImportReport.FileProblem("Import.WorkbookTooLarge", ImportColumns.MaxUnpackedBytes / (1024 * 1024));

    private static bool IsWorksheet(ZipArchiveEntry entry) =>
        entry.FullName.StartsWith(WorksheetFolder, StringComparison.OrdinalIgnoreCase)
        && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Bytes the entry inflates to, reading at most one byte past <paramref name="allowance"/>.</summary>
    private static long UnpackedLength(ZipArchiveEntry entry, long allowance)
    {
        using var stream = entry.Open();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total <= allowance && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
        }
        return total;
    }

    /// <summary>The sheet's own claim of its extent (<c>&lt;dimension ref="A1:G2001"/&gt;</c>), which comes before its data.</summary>
    private static (int Rows, int Columns)? DeclaredDimension(ZipArchiveEntry sheet)
    {
        using var stream = sheet.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (xml.LocalName == "dimension")
            {
                return CellRange.Parse(xml.GetAttribute("ref"));
            }
            if (xml.LocalName == "sheetData")
            {
                return null;
            }
        }
        return null;
    }
}
