using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Connections.Requests;

/// <summary>The meeting requests page (organisers) as a file: every request of the working edition, newest first.</summary>
public sealed class RequestsExport : ListExport<RequestsExport.Row>
{
    public sealed record Row(MeetingRequest Request, string? From, string? To);

    public override string Route => "/connections/requests";
    public override string Policy => Policies.Organisers;
    public override string Name => "meeting-requests";

    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("Export.Col.FromOrganization", r => r.From),
        new("Export.Col.FromContact", r => r.Request.FromContactName),
        new("Export.Col.ToOrganization", r => r.To),
        new("Export.Col.ToContact", r => r.Request.ToContactName),
        new("Export.Col.Status", r => ExportLabel.Of("Requests.Status.", r.Request.Status)),
        new("Export.Col.Message", r => r.Request.Message),
        new("Export.Col.Reason", r => r.Request.DeclineReason),
        new("Export.Col.CreatedAt", r => r.Request.CreatedAt),
        new("Export.Col.RespondedAt", r => r.Request.RespondedAt),
        new("Export.Col.ByOrganiser", r => r.Request.CreatedByOrganiser),
    ];

    public override async Task<IReadOnlyList<Row>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        var editionId = request.Edition.Id;
        var requests = await db.MeetingRequests.AsNoTracking().Where(r => r.EditionId == editionId).ToListAsync(cancellationToken);
        var ids = requests.SelectMany(r => new[] { r.FromOrganizationId, r.ToOrganizationId }).Distinct().ToList();
        var names = await db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name.Vi, cancellationToken);
        return requests.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new Row(r, names.GetValueOrDefault(r.FromOrganizationId), names.GetValueOrDefault(r.ToOrganizationId))).ToList();
    }
}
