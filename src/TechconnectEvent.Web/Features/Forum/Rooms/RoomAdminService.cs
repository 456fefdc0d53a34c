using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Forum.Rooms;

/// <summary>A room with how many sessions (any status) take place in it.</summary>
public sealed record RoomRow(Room Room, int Sessions)
{
    /// <summary>A room sessions use is archived, never deleted: their history names it.</summary>
    public bool MayDelete => Sessions == 0;
}

/// <summary>A topic with how many sessions wear it.</summary>
public sealed record TopicRow(Topic Topic, int Sessions)
{
    public bool MayDelete => Sessions == 0;
}

/// <summary>
/// The rooms and topics of an edition, the organisers' to add, edit, archive and delete. Every write is versioned,
/// audited in its own transaction and announced to open boards once committed.
/// </summary>
public sealed class RoomAdminService(
    IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ICurrentActor currentActor, ChangeNotifier<ForumChange> changes)
{
    public const string RoomInUseError = "Forum.Rooms.InUse";
    public const string TopicInUseError = "Forum.Topics.InUse";
    public const string CodeTakenError = "Forum.Topics.CodeTaken";

    public async Task<IReadOnlyList<RoomRow>> ListRoomsAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EditionId == editionId).OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var uses = await db.ForumSessions.Where(s => s.EditionId == editionId && s.RoomId != null)
            .GroupBy(s => s.RoomId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return rooms.Select(r => new RoomRow(r, uses.GetValueOrDefault(r.Id))).ToList();
    }

    public async Task<IReadOnlyList<TopicRow>> ListTopicsAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => t.EditionId == editionId).OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var uses = await db.ForumSessions.Where(s => s.EditionId == editionId && s.TopicId != null)
            .GroupBy(s => s.TopicId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return topics.Select(t => new TopicRow(t, uses.GetValueOrDefault(t.Id))).ToList();
    }

    public Task<OperationResult<int>> CreateRoomAsync(int editionId, RoomInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CreateAsync(editionId, RoomRules.Validate(input), nameof(Room), "forum.room.created", cancellationToken, async db =>
        {
            var room = new Room { EditionId = editionId, Name = RoomRules.Name(input.NameVi, input.NameEn) };
            Apply(room, input);
            db.Rooms.Add(room);
            await db.SaveChangesAsync(cancellationToken);
            return Created(room.Id, Snapshot(room));
        });
    }

    public Task<OperationResult<int>> CreateTopicAsync(int editionId, TopicInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var code = RoomRules.NormaliseCode(input.Code);
        return CreateAsync(editionId, RoomRules.Validate(input), nameof(Topic), "forum.topic.created", cancellationToken, async db =>
        {
            if (await db.Topics.AnyAsync(t => t.EditionId == editionId && t.Code == code, cancellationToken))
            {
                return OperationResult<(int, object)>.Fail(CodeTaken(code));
            }
            var order = await db.Topics.Where(t => t.EditionId == editionId).MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 0;
            var topic = new Topic { EditionId = editionId, Name = RoomRules.Name(input.NameVi, input.NameEn), SortOrder = order + 1 };
            Apply(topic, input);
            db.Topics.Add(topic);
            await db.SaveChangesAsync(cancellationToken);
            return Created(topic.Id, Snapshot(topic));
        }, onConflict: CodeTaken(code));
    }

    public Task<OperationResult<int>> UpdateRoomAsync(int id, RoomInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync<Room>(id, input.Version, "forum.room.updated", Snapshot, cancellationToken, (_, room) =>
        {
            if (RoomRules.Validate(input) is { Count: > 0 } invalid)
            {
                return Task.FromResult(invalid);
            }
            Apply(room, input);
            return Task.FromResult(new List<OperationError>());
        });

    public Task<OperationResult<int>> ArchiveRoomAsync(int id, long version, CancellationToken cancellationToken = default) =>
        SetArchivedAsync(id, version, true, "forum.room.archived", cancellationToken);

    public Task<OperationResult<int>> RestoreRoomAsync(int id, long version, CancellationToken cancellationToken = default) =>
        SetArchivedAsync(id, version, false, "forum.room.restored", cancellationToken);

    /// <summary>Deletes a room no session uses; otherwise says why, so that the organiser archives it instead.</summary>
    public Task<OperationResult<int>> DeleteRoomAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync<Room>(id, version, "forum.room.deleted", Snapshot, cancellationToken, async (db, room) =>
        {
            var sessions = await db.ForumSessions.CountAsync(s => s.RoomId == id, cancellationToken);
            if (sessions > 0)
            {
                return [OperationError.Of(RoomInUseError, room.Name.Current, sessions)];
            }
            db.Rooms.Remove(room);
            return [];
        });

    public Task<OperationResult<int>> UpdateTopicAsync(int id, TopicInput input, CancellationToken cancellationToken = default)
    {
        var code = RoomRules.NormaliseCode(input.Code);
        return ChangeAsync<Topic>(id, input.Version, "forum.topic.updated", Snapshot, cancellationToken, async (db, topic) =>
        {
            if (RoomRules.Validate(input) is { Count: > 0 } invalid)
            {
                return invalid;
            }
            if (await db.Topics.AnyAsync(t => t.EditionId == topic.EditionId && t.Code == code && t.Id != id, cancellationToken))
            {
                return [CodeTaken(code)];
            }
            Apply(topic, input);
            return [];
        }, onConflict: CodeTaken(code));
    }

    /// <summary>Deletes a topic no session wears; a topic in use stays, so that no session loses its colour unnoticed.</summary>
    public Task<OperationResult<int>> DeleteTopicAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync<Topic>(id, version, "forum.topic.deleted", Snapshot, cancellationToken, async (db, topic) =>
        {
            var sessions = await db.ForumSessions.CountAsync(s => s.TopicId == id, cancellationToken);
            if (sessions > 0)
            {
                return [OperationError.Of(TopicInUseError, topic.Name.Current, sessions)];
            }
            db.Topics.Remove(topic);
            return [];
        });

    private Task<OperationResult<int>> SetArchivedAsync(int id, long version, bool archived, string action, CancellationToken cancellationToken) =>
        ChangeAsync<Room>(id, version, action, Snapshot, cancellationToken, (_, room) =>
        {
            room.IsArchived = archived;
            return Task.FromResult(new List<OperationError>());
        });

    private static OperationResult<(int Id, object Detail)> Created(int id, object detail) => OperationResult<(int, object)>.Ok((id, detail));

    /// <param name="add">Adds and saves the row; returns its id and audit snapshot, or the error why not.</param>
    private async Task<OperationResult<int>> CreateAsync(int editionId, List<OperationError> invalid, string entityType, string action,
        CancellationToken cancellationToken, Func<EventDbContext, Task<OperationResult<(int Id, object Detail)>>> add, OperationError? onConflict = null)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        if (invalid.Count > 0)
        {
            return OperationResult<int>.Fail([.. invalid]);
        }
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } otherEdition)
            {
                return OperationResult<int>.Fail(otherEdition);
            }
            if (!await db.Editions.AnyAsync(e => e.Id == editionId, cancellationToken))
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
            var added = await add(db);
            if (!added.Succeeded)
            {
                return OperationResult<int>.Fail([.. added.Errors]);
            }
            var (id, detail) = added.Value;
            audit.Add(db, actor, action, entityType, id, editionId, after: detail);
            return OperationResult<int>.Ok(id);
        }, cancellationToken,
        onConflict: onConflict is null ? null : () => Task.FromResult(OperationResult<int>.Fail(onConflict)),
        publish: _ => changes.Publish(new ForumChange(editionId, null)));
    }

    /// <summary>Load by id, refuse another edition or a stale version, change, audit before and after: one transaction.</summary>
    private async Task<OperationResult<int>> ChangeAsync<TRow>(int id, long version, string action, Func<TRow, object> snapshot,
        CancellationToken cancellationToken, Func<EventDbContext, TRow, Task<List<OperationError>>> change, OperationError? onConflict = null)
        where TRow : class, IVersioned, IEditionScoped
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        var editionId = 0;
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            var row = await db.Set<TRow>().FirstOrDefaultAsync(r => EF.Property<int>(r, "Id") == id, cancellationToken);
            if (row is null)
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
            editionId = row.ScopedEditionId ?? 0;
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } otherEdition)
            {
                return OperationResult<int>.Fail(otherEdition);
            }
            if (row.Version != version)
            {
                return OperationResult<int>.Fail(CommonErrors.Concurrency);
            }
            var before = snapshot(row);
            if (await change(db, row) is { Count: > 0 } refused)
            {
                return OperationResult<int>.Fail([.. refused]);
            }
            var deleted = db.Entry(row).State == EntityState.Deleted;
            db.ExpectVersion(row, version);
            audit.Add(db, actor, action, typeof(TRow).Name, id, editionId, before, deleted ? null : snapshot(row));
            return OperationResult<int>.Ok(id);
        }, cancellationToken,
        onConflict: onConflict is null ? null : () => Task.FromResult(OperationResult<int>.Fail(onConflict)),
        publish: _ => changes.Publish(new ForumChange(editionId, null)));
    }

    private static OperationError CodeTaken(string code) => OperationError.ForField(RoomRules.Fields.Code, CodeTakenError, code);

    private static void Apply(Room room, RoomInput input)
    {
        room.Name = RoomRules.Name(input.NameVi, input.NameEn);
        room.Capacity = input.Capacity;
        room.LocationNote = RoomRules.Clean(input.LocationNote) is { Length: > 0 } note ? note : null;
        room.SortOrder = input.SortOrder;
    }

    private static void Apply(Topic topic, TopicInput input)
    {
        topic.Code = RoomRules.NormaliseCode(input.Code);
        topic.Name = RoomRules.Name(input.NameVi, input.NameEn);
        topic.Colour = RoomRules.NormaliseColour(input.Colour);
    }

    private static object Snapshot(Room r) => new { NameVi = r.Name.Vi, NameEn = r.Name.En, r.Capacity, r.LocationNote, r.SortOrder, r.IsArchived };

    private static object Snapshot(Topic t) => new { t.Code, NameVi = t.Name.Vi, NameEn = t.Name.En, t.Colour };
}
