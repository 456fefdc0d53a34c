using System.Text;
using CsvHelper;

namespace TechconnectEvent.Web.Infrastructure.Export;

/// <summary>
/// A CSV file as the product writes them: UTF-8 with a BOM, so Excel shows Vietnamese correctly, a header row,
/// then the rows as given. Cells are written as they come; callers neutralise text against formula injection.
/// </summary>
public static class CsvDocument
{
    public static async Task<byte[]> WriteAsync(IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows,
        CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.Preamble);
        await using (var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        await using (var csv = CsvWriter.Create(text, new CsvWriterOptions { HasHeader = false }, leaveOpen: true))
        {
            WriteRecord(csv, header);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                WriteRecord(csv, row);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The same file from rows already in memory.</summary>
    public static Task<byte[]> WriteAsync(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows,
        CancellationToken cancellationToken = default) =>
        WriteAsync(header, rows.ToAsyncEnumerable(), cancellationToken);

    private static void WriteRecord(CsvWriter csv, IEnumerable<string?> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell ?? "");
        }
        csv.EndRecord();
    }
}
