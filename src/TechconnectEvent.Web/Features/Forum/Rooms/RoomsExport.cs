using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Forum.Rooms;

/// <summary>The rooms of the rooms and topics page as a file, with the sessions each room holds.</summary>
public sealed class RoomsExport : ListExport<RoomsExport.Row>
{
    public sealed record Row(Room Room, int Sessions);

    public override string Route => "/forum/rooms";
    public override string Policy => Policies.Organisers;
    public override string Name => "rooms";

    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("Export.Col.NameVi", r => r.Room.Name.Vi),
        new("Export.Col.NameEn", r => r.Room.Name.En),
        new("Export.Col.Capacity", r => r.Room.Capacity),
        new("Export.Col.Location", r => r.Room.LocationNote),
        new("Export.Col.Sessions", r => r.Sessions),
        new("Export.Col.Archived", r => r.Room.IsArchived),
    ];

    public override async Task<IReadOnlyList<Row>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        var editionId = request.Edition.Id;
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EditionId == editionId)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var counts = await db.ForumSessions.Where(s => s.EditionId == editionId && s.RoomId != null).GroupBy(s => s.RoomId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return rooms.Select(r => new Row(r, counts.GetValueOrDefault(r.Id))).ToList();
    }
}

/// <summary>The topics of the rooms and topics page as a file, with the sessions on each topic.</summary>
public sealed class TopicsExport : ListExport<TopicsExport.Row>
{
    public sealed record Row(Topic Topic, int Sessions);

    public override string Route => "/forum/rooms/topics";
    public override string Policy => Policies.Organisers;
    public override string Name => "topics";

    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("Export.Col.Code", r => r.Topic.Code),
        new("Export.Col.NameVi", r => r.Topic.Name.Vi),
        new("Export.Col.NameEn", r => r.Topic.Name.En),
        new("Export.Col.Sessions", r => r.Sessions),
    ];

    public override async Task<IReadOnlyList<Row>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        var editionId = request.Edition.Id;
        var topics = await db.Topics.AsNoTracking().Where(t => t.EditionId == editionId)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var counts = await db.ForumSessions.Where(s => s.EditionId == editionId && s.TopicId != null).GroupBy(s => s.TopicId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return topics.Select(t => new Row(t, counts.GetValueOrDefault(t.Id))).ToList();
    }
}
