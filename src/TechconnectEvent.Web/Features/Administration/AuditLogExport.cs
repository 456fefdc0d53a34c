using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Administration;

/// <summary>
/// The audit log as XLSX (<c>/admin/audit/export.xlsx</c>, the page's filters): the CSV's columns with translated
/// headers and real times in the edition's zone. The CSV keeps its machine-readable header for scripts.
/// </summary>
public static class AuditLogExport
{
    public const string XlsxPath = "/admin/audit/export.xlsx";

    public static readonly IReadOnlyList<ExportColumn<AuditLogRow>> Columns =
    [
        new("Export.Col.At", r => r.At),
        new("Export.Col.Person", r => r.UserName),
        new("Export.Col.Action", r => r.Action),
        new("Export.Col.RecordKind", r => r.EntityType),
        new("Export.Col.RecordId", r => r.EntityId),
        new("Export.Col.Before", r => r.Before),
        new("Export.Col.After", r => r.After),
        new("Export.Col.Details", r => r.Details),
    ];

    public static async Task<List<AuditLogRow>> RowsAsync(AuditLogQuery query, AuditLogFilter filter, CancellationToken cancellationToken)
    {
        var rows = new List<AuditLogRow>();
        await foreach (var row in query.AllAsync(filter, cancellationToken))
        {
            rows.Add(row);
        }
        return rows;
    }
}
