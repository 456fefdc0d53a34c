using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace TechconnectEvent.UnitTests.Booths;

/// <summary>XLSX files shaped by hand: a real workbook whose first sheet is replaced with XML the test writes.</summary>
internal static class CraftedWorkbooks
{
    private const string SheetPath = "xl/worksheets/sheet1.xml";
    private const string SheetStart = "<?xml version=\"1.0\" encoding=\"utf-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

    /// <summary>A valid workbook whose sheet declares <paramref name="dimension"/> but holds only a header and one row.</summary>
    public static byte[] ClaimingDimension(string dimension) => WithSheet(writer =>
    {
        writer.Write(SheetStart);
        writer.Write($"<dimension ref=\"{dimension}\"/><sheetData>");
        writer.Write(Row(1, "code", "zone", "size", "x", "y", "width", "height"));
        writer.Write(Row(2, "AI-02", "AI", "Standard", "3", "0", "3", "3"));
        writer.Write("</sheetData></worksheet>");
    });

    /// <summary>
    /// A zip bomb: the same row written <paramref name="rows"/> times compresses to almost nothing, so a file well
    /// under the upload limit unpacks to hundreds of megabytes.
    /// </summary>
    public static byte[] Bomb(int rows) => WithSheet(writer =>
    {
        writer.Write(SheetStart);
        writer.Write("<sheetData>");
        writer.Write(Row(1, "code", "zone", "size", "x", "y", "width", "height"));
        var filler = Row(null, "AI-02", "AI", "Standard", "3", "0", "3", "3");
        for (var i = 0; i < rows; i++)
        {
            writer.Write(filler);
        }
        writer.Write("</sheetData></worksheet>");
    });

    private static string Row(int? number, params string[] cells)
    {
        var text = new StringBuilder(number is null ? "<row>" : $"<row r=\"{number}\">");
        for (var i = 0; i < cells.Length; i++)
        {
            // Cell references only where the row has a number: the bomb's filler stays one repeated string.
            text.Append(number is null ? "<c" : $"<c r=\"{(char)('A' + i)}{number}\"").Append(" t=\"inlineStr\"><is><t>").Append(cells[i]).Append("</t></is></c>");
        }
        return text.Append("</row>").ToString();
    }

    private static byte[] WithSheet(Action<StreamWriter> writeSheet)
    {
        using var buffer = new MemoryStream();
        MiniExcel.SaveAs(buffer, new[] { new Dictionary<string, object> { ["code"] = "AI-02" } });
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(SheetPath)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(SheetPath, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            writeSheet(writer);
        }
        return buffer.ToArray();
    }
}
