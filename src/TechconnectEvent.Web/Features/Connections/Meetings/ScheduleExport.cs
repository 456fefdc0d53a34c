using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>The meeting schedule page as a file: every meeting by round and table, unplaced ones last, with its outcome.</summary>
public sealed class ScheduleExport : ListExport<ScheduleExport.Row>
{
    public sealed record Row(Meeting Meeting, MeetingRound? Round, MeetingTable? Table, string? OrganizationA, string? OrganizationB);

    public override string Route => "/connections/schedule";
    public override string Policy => Policies.Organisers;
    public override string Name => "meetings";

    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("Export.Col.Round", r => r.Round?.Number),
        new("Export.Col.StartsAt", r => r.Round?.StartsAt),
        new("Export.Col.Table", r => r.Table?.Number),
        new("Export.Col.Online", r => r.Table?.IsOnline),
        new("Export.Col.OrganizationA", r => r.OrganizationA),
        new("Export.Col.ContactA", r => r.Meeting.ContactA),
        new("Export.Col.OrganizationB", r => r.OrganizationB),
        new("Export.Col.ContactB", r => r.Meeting.ContactB),
        new("Export.Col.Status", r => ExportLabel.Of("Meetings.Status.", r.Meeting.Status)),
        new("Export.Col.Outcome", r => ExportLabel.Of("Meetings.Outcome.", r.Meeting.Outcome)),
        new("Export.Col.Notes", r => r.Meeting.OutcomeNotes),
    ];

    public override async Task<IReadOnlyList<Row>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        var editionId = request.Edition.Id;
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.EditionId == editionId).ToListAsync(cancellationToken);
        var rounds = await db.MeetingRounds.AsNoTracking().Where(r => r.EditionId == editionId).ToDictionaryAsync(r => r.Id, cancellationToken);
        var tables = await db.MeetingTables.AsNoTracking().Where(t => t.EditionId == editionId).ToDictionaryAsync(t => t.Id, cancellationToken);
        var ids = meetings.SelectMany(m => new[] { m.OrganizationAId, m.OrganizationBId }).Distinct().ToList();
        var names = await db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name.Vi, cancellationToken);
        return meetings
            .Select(m => new Row(m, m.RoundId is { } round ? rounds.GetValueOrDefault(round) : null,
                m.TableId is { } table ? tables.GetValueOrDefault(table) : null,
                names.GetValueOrDefault(m.OrganizationAId), names.GetValueOrDefault(m.OrganizationBId)))
            .OrderBy(r => r.Round is null).ThenBy(r => r.Round?.Number).ThenBy(r => r.Table?.Number).ThenBy(r => r.Meeting.Id)
            .ToList();
    }
}
