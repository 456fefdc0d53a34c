using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Registrations.Export;

/// <summary>
/// An edition's registrations as CSV (UTF-8 with BOM, so Excel reads Vietnamese) or XLSX, sorted by name. Text a
/// person typed is neutralised against formula injection. The badge code stays out: it is the badge's secret.
/// Instants are UTC (ISO 8601), days are the edition's day numbers ("1;2").
/// </summary>
public sealed class RegistrationExportService(IDbContextFactory<EventDbContext> dbFactory)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "full_name", "honorific", "organization", "position", "email", "phone", "nationality", "category", "category_vi", "category_en",
        "status", "source", "days", "registered_at", "consent_version", "consent_given_at", "print_count", "last_printed_at",
        "decision_reason", "deletion_requested_at",
    ];

    public async Task<byte[]> CsvAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(editionId, cancellationToken);
        return await CsvDocument.WriteAsync(Columns, rows.Select(r => r.Select(c => c switch
        {
            null => "",
            int number => number.ToString(CultureInfo.InvariantCulture),
            _ => (string)c,
        }).ToList()), cancellationToken);
    }

    public async Task<byte[]> XlsxAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(editionId, cancellationToken);
        var sheet = rows.Select(cells =>
        {
            var record = new Dictionary<string, object?>(Columns.Count);
            for (var i = 0; i < Columns.Count; i++)
            {
                record[Columns[i]] = cells[i];
            }
            return record;
        }).ToList();
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, sheet, sheetName: "Registrations", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return buffer.ToArray();
    }

    private async Task<List<object?[]>> RowsAsync(int editionId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Registrations.AsNoTracking().Where(r => r.EditionId == editionId)
            .OrderBy(r => r.NameKey).ThenBy(r => r.Id)
            .Join(db.RegistrationCategories, r => r.CategoryId, c => c.Id, (r, c) => new
            {
                r.FullName, r.Honorific, r.OrganizationName, r.Position, r.Email, r.Phone, r.Nationality, c.Code, c.Name.Vi, c.Name.En,
                r.Status, r.Source, r.DaysMask, r.RegisteredAt, r.ConsentVersion, r.ConsentGivenAt, r.PrintCount, r.LastPrintedAt,
                r.DecisionReason, r.DeletionRequestedAt,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new object?[]
        {
            Text(r.FullName), r.Honorific.ToString(), Text(r.OrganizationName), Text(r.Position), Text(r.Email), Text(r.Phone), r.Nationality,
            Text(r.Code), Text(r.Vi), Text(r.En), r.Status.ToString(), r.Source.ToString(), Days(r.DaysMask), Instant(r.RegisteredAt),
            Text(r.ConsentVersion), Instant(r.ConsentGivenAt), r.PrintCount, Instant(r.LastPrintedAt), Text(r.DecisionReason),
            Instant(r.DeletionRequestedAt),
        }).ToList();
    }

    private static string Text(string? value) => SpreadsheetSanitizer.Neutralise(value);

    private static string Instant(DateTimeOffset? instant) =>
        instant?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    private static string Days(int mask) =>
        string.Join(';', Enumerable.Range(0, 31).Where(d => (mask & (1 << d)) != 0).Select(d => (d + 1).ToString(CultureInfo.InvariantCulture)));
}
