using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Export;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.Web.Features.Administration;

/// <summary>
/// The outbox page as a file: every message, newest first, like the page (the outbox is not per edition). Bodies and
/// attachments stay out; they are personal and the page opens them one at a time.
/// </summary>
public sealed class OutboxExport : ListExport<OutboxRow>
{
    public override string Route => "/admin/outbox";
    public override string Policy => Policies.Organisers;
    public override string Name => "outbox";

    public override IReadOnlyList<ExportColumn<OutboxRow>> Columns { get; } =
    [
        new("Export.Col.CreatedAt", m => m.CreatedAt),
        new("Export.Col.Email", m => m.ToAddress),
        new("Export.Col.Name", m => m.ToName),
        new("Export.Col.Subject", m => m.Subject),
        new("Export.Col.Template", m => m.Template),
        new("Export.Col.Status", m => ExportLabel.Of("OutboxStatus.", m.Status)),
        new("Export.Col.Attempts", m => m.Attempts),
        new("Export.Col.SentAt", m => m.SentAt),
        new("Export.Col.LastError", m => m.LastError),
    ];

    public override async Task<IReadOnlyList<OutboxRow>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        var rows = await db.Outbox.AsNoTracking()
            .Select(m => new OutboxRow(m.Id, m.ToAddress, m.ToName, m.Subject, m.Template, m.Status, m.Attempts, m.LastError,
                m.CreatedAt, m.SentAt, m.NextAttemptAt, m.Version))
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).ToList();
    }
}
