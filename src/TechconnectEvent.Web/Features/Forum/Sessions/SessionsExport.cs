using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Forum.Sessions;

/// <summary>The forum sessions page as a file: every session of the working edition in time order, with its chairs.</summary>
public sealed class SessionsExport : ListExport<SessionsExport.Row>
{
    public sealed record Row(ForumSession Session, string? Topic, string? Room, string Chairs, int Speakers);

    public override string Route => "/forum/sessions";
    public override string Policy => Policies.Organisers;
    public override string Name => "sessions";

    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("Export.Col.TitleVi", r => r.Session.Title.Vi),
        new("Export.Col.TitleEn", r => r.Session.Title.En),
        new("Export.Col.Kind", r => ExportLabel.Of("Forum.Sessions.Kind.", r.Session.Kind)),
        new("Export.Col.Topic", r => r.Topic),
        new("Export.Col.Room", r => r.Room),
        new("Export.Col.StartsAt", r => r.Session.StartsAt),
        new("Export.Col.EndsAt", r => r.Session.EndsAt),
        new("Export.Col.Capacity", r => r.Session.Capacity),
        new("Export.Col.Status", r => ExportLabel.Of("Forum.Sessions.Status.", r.Session.Status)),
        new("Export.Col.Chairs", r => r.Chairs),
        new("Export.Col.Speakers", r => r.Speakers),
    ];

    public override async Task<IReadOnlyList<Row>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        var editionId = request.Edition.Id;
        var sessions = await db.ForumSessions.AsNoTracking().Where(s => s.EditionId == editionId)
            .Include(s => s.Chairs).Include(s => s.Speakers).AsSplitQuery().ToListAsync(cancellationToken);
        var topics = await db.Topics.Where(t => t.EditionId == editionId).ToDictionaryAsync(t => t.Id, t => t.Name.Vi, cancellationToken);
        var rooms = await db.Rooms.Where(r => r.EditionId == editionId).ToDictionaryAsync(r => r.Id, r => r.Name.Vi, cancellationToken);
        var chairIds = sessions.SelectMany(s => s.Chairs).Select(c => c.UserId).Distinct().ToList();
        var people = await db.Users.Where(u => chairIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.Id, cancellationToken);
        return sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Select(s => new Row(s,
                s.TopicId is { } topic ? topics.GetValueOrDefault(topic) : null,
                s.RoomId is { } room ? rooms.GetValueOrDefault(room) : null,
                string.Join("; ", s.Chairs.Select(c => people.GetValueOrDefault(c.UserId) ?? c.UserId).Order(StringComparer.CurrentCulture)),
                s.Speakers.Count))
            .ToList();
    }
}
