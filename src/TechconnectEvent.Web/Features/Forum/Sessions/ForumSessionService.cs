using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum.Scheduling;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Forum.Sessions;

/// <summary>
/// Creating, editing, publishing, cancelling and deleting sessions, and the chairs' content and time proposals.
/// Every write checks here, not in the page, that the actor may change that very session: organisers everything,
/// the session's own chairs its content (title, descriptions, speakers) and a proposed time.
/// </summary>
public sealed class ForumSessionService(
    IDbContextFactory<EventDbContext> dbFactory,
    ICurrentActor actors,
    AuditTrail audit,
    TimeProvider time,
    ChangeNotifier<ForumChange> changes)
{
    public const string CreatedAction = "forum.session.created";
    public const string ChangedAction = "forum.session.changed";
    public const string PublishedAction = "forum.session.published";
    public const string CancelledAction = "forum.session.cancelled";
    public const string DeletedAction = "forum.session.deleted";
    public const string ProposedAction = "forum.session.proposed";
    public const string ProposalAcceptedAction = "forum.session.proposal-accepted";
    public const string ProposalDismissedAction = "forum.session.proposal-dismissed";

    private const string ProposalField = "Proposal";

    // Rolls a write back whose answer is its clashes, not an error.
    private const string ClashesCode = "Forum.Clash.Found";

    public async Task<IReadOnlyList<SessionRow>> ListAsync(int editionId, CancellationToken cancellationToken = default)
    {
        if (!(await actors.GetAsync()).IsOrganiser)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RowsAsync(db, db.ForumSessions.Where(s => s.EditionId == editionId), cancellationToken);
    }

    /// <summary>The sessions the signed-in chair chairs in the edition.</summary>
    public async Task<IReadOnlyList<SessionRow>> MySessionsAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        if (actor.UserId is not { } userId)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RowsAsync(db, db.ForumSessions.Where(s => s.EditionId == editionId && s.Chairs.Any(c => c.UserId == userId)), cancellationToken);
    }

    public async Task<OperationResult<SessionEditor>> GetEditorAsync(int sessionId, CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.ForumSessions.AsNoTracking().Include(s => s.Chairs).Include(s => s.Speakers)
            .FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return OperationResult<SessionEditor>.Fail(CommonErrors.NotFound);
        }
        var access = AccessOf(actor, session);
        if (access == SessionAccess.None)
        {
            return OperationResult<SessionEditor>.Fail(CommonErrors.Forbidden);
        }
        var timeZoneId = await db.Editions.Where(e => e.Id == session.EditionId).Select(e => e.TimeZoneId).FirstAsync(cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var start = TimeZoneInfo.ConvertTime(session.StartsAt, zone);
        var end = TimeZoneInfo.ConvertTime(session.EndsAt, zone);
        var form = new SessionForm
        {
            TitleVi = session.Title.Vi,
            TitleEn = session.Title.En,
            DescriptionVi = session.Description.Vi,
            DescriptionEn = session.Description.En,
            Kind = session.Kind,
            TopicId = session.TopicId,
            RoomId = session.RoomId,
            Day = start.Date,
            Start = start.TimeOfDay,
            End = end.TimeOfDay,
            Capacity = session.Capacity,
            ChairIds = [.. session.Chairs.Select(c => c.UserId).Order(StringComparer.Ordinal)],
            Speakers = [.. session.Speakers.OrderBy(p => p.SortOrder).Select(p => new SpeakerForm
            {
                Name = p.Name, Title = p.Title, Organization = p.Organization, TalkTitle = p.TalkTitle, Minutes = p.Minutes, UserId = p.UserId,
            })],
            Version = session.Version,
        };
        var proposal = session.ProposedStartsAt is { } proposedStart && session.ProposedEndsAt is { } proposedEnd
            ? new ProposalView(proposedStart, proposedEnd, session.ProposedBy, session.ProposedAt, session.ProposalNote)
            : null;
        var audience = await db.SessionInterests.CountAsync(i => i.SessionId == sessionId, cancellationToken);
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EditionId == session.EditionId && (!r.IsArchived || r.Id == session.RoomId))
            .OrderBy(r => r.SortOrder).Select(r => new SessionOption(r.Id, r.Name, null)).ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => t.EditionId == session.EditionId)
            .OrderBy(t => t.SortOrder).Select(t => new SessionOption(t.Id, t.Name, t.Colour)).ToListAsync(cancellationToken);
        var candidates = access == SessionAccess.Everything ? await ChairCandidatesAsync(db, cancellationToken) : [];
        return OperationResult<SessionEditor>.Ok(new SessionEditor(session.Id, session.EditionId, timeZoneId, access, session.Status, form,
            session.PublishedAt, session.CancellationReason, proposal, audience, rooms, topics, candidates));
    }

    /// <summary>The rooms, topics and chair accounts a new session may use (organisers only).</summary>
    public async Task<SessionEditor?> NewAsync(int editionId, CancellationToken cancellationToken = default)
    {
        if (!(await actors.GetAsync()).IsOrganiser)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == editionId, cancellationToken);
        if (edition is null)
        {
            return null;
        }
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EditionId == editionId && !r.IsArchived)
            .OrderBy(r => r.SortOrder).Select(r => new SessionOption(r.Id, r.Name, null)).ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => t.EditionId == editionId)
            .OrderBy(t => t.SortOrder).Select(t => new SessionOption(t.Id, t.Name, t.Colour)).ToListAsync(cancellationToken);
        var form = new SessionForm { Day = edition.StartDate.ToDateTime(TimeOnly.MinValue), Start = TimeSpan.FromHours(9), End = TimeSpan.FromHours(10) };
        return new SessionEditor(0, editionId, edition.TimeZoneId, SessionAccess.Everything, SessionStatus.Draft, form, null, null, null, 0,
            rooms, topics, await ChairCandidatesAsync(db, cancellationToken));
    }

    public async Task<SessionWriteOutcome> CreateAsync(int editionId, SessionForm form, bool acceptWarnings = false, CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsOrganiser)
        {
            return SessionWriteOutcome.Failed(CommonErrors.Forbidden);
        }
        IReadOnlyList<Clash> clashes = [];
        var result = await dbFactory.WriteAsync<EventDbContext, ForumSession>(async db =>
        {
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } other)
            {
                return OperationResult<ForumSession>.Fail(other);
            }
            var edition = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == editionId, cancellationToken);
            if (edition is null)
            {
                return OperationResult<ForumSession>.Fail(CommonErrors.NotFound);
            }
            var now = time.GetUtcNow();
            var session = new ForumSession { EditionId = editionId, Title = new LocalizedText("", ""), CreatedAt = now, UpdatedAt = now };
            var errors = await ApplyAsync(db, session, form, SessionAccess.Everything, edition.TimeZoneId, cancellationToken);
            if (errors.Count > 0)
            {
                return OperationResult<ForumSession>.Fail([.. errors]);
            }
            clashes = await ClashesAsync(db, session, cancellationToken);
            if (Blocks(clashes, acceptWarnings))
            {
                return OperationResult<ForumSession>.Fail(OperationError.Of(ClashesCode));
            }
            db.ForumSessions.Add(session);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, actor, CreatedAction, nameof(ForumSession), session.Id, editionId, after: State(session));
            return OperationResult<ForumSession>.Ok(session);
        }, cancellationToken, publish: s => changes.Publish(new ForumChange(s.EditionId, s.Id)));
        return Outcome(result, clashes);
    }

    /// <summary>
    /// Saves the form: every field for organisers; for the session's chairs only its content (title, descriptions,
    /// speakers) — the rest of the form is ignored, never applied.
    /// </summary>
    public Task<SessionWriteOutcome> SaveAsync(int sessionId, SessionForm form, bool acceptWarnings = false, CancellationToken cancellationToken = default) =>
        ChangeAsync(sessionId, form.Version, SessionAccess.Content, ChangedAction, async (db, session, access, timeZoneId) =>
        {
            var errors = await ApplyAsync(db, session, form, access, timeZoneId, cancellationToken);
            return errors.Count > 0 ? errors : null;
        }, checkClashes: true, acceptWarnings, cancellationToken);

    public Task<SessionWriteOutcome> PublishAsync(int sessionId, long version, bool acceptWarnings = false, CancellationToken cancellationToken = default) =>
        ChangeAsync(sessionId, version, SessionAccess.Everything, PublishedAction, (_, session, _, _) =>
        {
            if (session.Status != SessionStatus.Draft)
            {
                return Errors(OperationError.Of(SessionErrors.OnlyDraftsPublished));
            }
            if (session.RoomId is null)
            {
                return Errors(OperationError.ForField(nameof(SessionForm.RoomId), SessionErrors.RoomRequired));
            }
            session.Status = SessionStatus.Published;
            session.PublishedAt = time.GetUtcNow();
            session.Sequence = 0;
            return Errors();
        }, checkClashes: true, acceptWarnings, cancellationToken);

    /// <summary>
    /// Cancels a published session: it stays in the public agenda, marked, with the reason, and calendars get the
    /// cancellation. There is no way back to draft once published, because subscribed calendars would keep a ghost.
    /// </summary>
    public Task<SessionWriteOutcome> CancelAsync(int sessionId, long version, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(sessionId, version, SessionAccess.Everything, CancelledAction, (_, session, _, _) =>
        {
            var text = reason?.Trim().Normalize() ?? "";
            if (session.Status != SessionStatus.Published)
            {
                return Errors(OperationError.Of(SessionErrors.OnlyPublishedCancelled));
            }
            if (text.Length == 0)
            {
                return Errors(OperationError.ForField("Reason", SessionErrors.Required));
            }
            if (text.Length > ForumLimits.Reason)
            {
                return Errors(OperationError.ForField("Reason", SessionErrors.TooLong, ForumLimits.Reason));
            }
            session.Status = SessionStatus.Cancelled;
            session.CancellationReason = text;
            return Errors();
        }, checkClashes: false, acceptWarnings: false, cancellationToken);

    /// <summary>
    /// A chair (or an organiser) proposes another time: checked like a move and kept for the organisers, not applied.
    /// A time with a hard clash is not kept (the organisers could not accept it); warnings are kept and returned.
    /// </summary>
    public async Task<SessionWriteOutcome> ProposeTimeAsync(int sessionId, long version, DateTime? day, TimeSpan? start, TimeSpan? end, string? note,
        CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        IReadOnlyList<Clash> proposed = [];
        var outcome = await ChangeAsync(sessionId, version, SessionAccess.Content, ProposedAction, async (db, session, _, timeZoneId) =>
        {
            var errors = new List<OperationError>();
            var times = Times(day, start, end, timeZoneId, errors);
            var text = note?.Trim().Normalize();
            if (text?.Length > ForumLimits.ProposalNote)
            {
                errors.Add(OperationError.ForField("Note", SessionErrors.TooLong, ForumLimits.ProposalNote));
            }
            if (errors.Count > 0 || times is not var (from, to))
            {
                return errors;
            }
            proposed = await ClashesAsync(db, session, cancellationToken, from, to);
            if (proposed.Any(c => c.Severity == ClashSeverity.Blocking))
            {
                return [OperationError.Of(ClashesCode)];
            }
            session.ProposedStartsAt = from;
            session.ProposedEndsAt = to;
            session.ProposedBy = actor.UserName;
            session.ProposedAt = time.GetUtcNow();
            session.ProposalNote = string.IsNullOrEmpty(text) ? null : text;
            return null;
        }, checkClashes: false, acceptWarnings: false, cancellationToken);
        return outcome.Errors.Count == 0 ? outcome with { Clashes = proposed } : outcome;
    }

    /// <summary>Organisers apply the chair's proposed time, through the same clash check as any other move.</summary>
    public Task<SessionWriteOutcome> AcceptProposalAsync(int sessionId, long version, bool acceptWarnings = false, CancellationToken cancellationToken = default) =>
        ChangeAsync(sessionId, version, SessionAccess.Everything, ProposalAcceptedAction, (_, session, _, _) =>
        {
            if (session.ProposedStartsAt is not { } from || session.ProposedEndsAt is not { } to)
            {
                return Errors(OperationError.Of(SessionErrors.NoProposal));
            }
            session.StartsAt = from;
            session.EndsAt = to;
            ClearProposal(session);
            return Errors();
        }, checkClashes: true, acceptWarnings, cancellationToken);

    public Task<SessionWriteOutcome> DismissProposalAsync(int sessionId, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(sessionId, version, SessionAccess.Everything, ProposalDismissedAction, (_, session, _, _) =>
        {
            if (session.ProposedStartsAt is null)
            {
                return Errors(OperationError.Of(SessionErrors.NoProposal));
            }
            ClearProposal(session);
            return Errors();
        }, checkClashes: false, acceptWarnings: false, cancellationToken);

    /// <summary>Deletes a draft; a published session is cancelled instead, so the public sees what happened to it.</summary>
    public async Task<SessionWriteOutcome> DeleteAsync(int sessionId, long version, CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsOrganiser)
        {
            return SessionWriteOutcome.Failed(CommonErrors.Forbidden);
        }
        var result = await dbFactory.WriteAsync<EventDbContext, ForumSession>(async db =>
        {
            var session = await db.ForumSessions.Include(s => s.Chairs).Include(s => s.Speakers).FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null)
            {
                return OperationResult<ForumSession>.Fail(CommonErrors.NotFound);
            }
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, session.EditionId, cancellationToken) is { } other)
            {
                return OperationResult<ForumSession>.Fail(other);
            }
            if (session.Version != version)
            {
                return OperationResult<ForumSession>.Fail(CommonErrors.Concurrency);
            }
            if (session.Status != SessionStatus.Draft)
            {
                return OperationResult<ForumSession>.Fail(SessionErrors.OnlyDraftsDeleted);
            }
            db.ExpectVersion(session, version);
            audit.Add(db, actor, DeletedAction, nameof(ForumSession), session.Id, session.EditionId, before: State(session));
            db.ForumSessions.Remove(session);
            return OperationResult<ForumSession>.Ok(session);
        }, cancellationToken, publish: s => changes.Publish(new ForumChange(s.EditionId, s.Id)));
        return Outcome(result, []);
    }

    public static SessionAccess AccessOf(Actor actor, ForumSession session) =>
        actor.IsOrganiser ? SessionAccess.Everything
        : actor.IsInRole(Roles.SessionChair) && actor.UserId is { } userId && session.Chairs.Any(c => c.UserId == userId) ? SessionAccess.Content
        : SessionAccess.None;

    private delegate Task<IReadOnlyList<OperationError>?> Change(EventDbContext db, ForumSession session, SessionAccess access, string timeZoneId);

    private static Task<IReadOnlyList<OperationError>?> Errors(params OperationError[] errors) =>
        Task.FromResult<IReadOnlyList<OperationError>?>(errors.Length == 0 ? null : errors);

    /// <summary>
    /// The one shape of a change to an existing session: load it fresh in the write transaction, check that the actor
    /// may change it (<paramref name="needed"/>) and the version, apply, check the clashes, audit the changed fields,
    /// and on a published session raise SEQUENCE and mark it updated.
    /// </summary>
    private async Task<SessionWriteOutcome> ChangeAsync(int sessionId, long version, SessionAccess needed, string action, Change change,
        bool checkClashes, bool acceptWarnings, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        IReadOnlyList<Clash> clashes = [];
        var result = await dbFactory.WriteAsync<EventDbContext, ForumSession>(async db =>
        {
            var session = await db.ForumSessions.Include(s => s.Chairs).Include(s => s.Speakers).FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null)
            {
                return OperationResult<ForumSession>.Fail(CommonErrors.NotFound);
            }
            var access = AccessOf(actor, session);
            if (access < needed)
            {
                return OperationResult<ForumSession>.Fail(CommonErrors.Forbidden);
            }
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, session.EditionId, cancellationToken) is { } other)
            {
                return OperationResult<ForumSession>.Fail(other);
            }
            if (session.Version != version)
            {
                return OperationResult<ForumSession>.Fail(CommonErrors.Concurrency);
            }
            var timeZoneId = await db.Editions.Where(e => e.Id == session.EditionId).Select(e => e.TimeZoneId).FirstAsync(cancellationToken);
            var before = State(session);
            var errors = await change(db, session, access, timeZoneId);
            if (errors is { Count: > 0 })
            {
                return OperationResult<ForumSession>.Fail([.. errors]);
            }
            if (checkClashes && session.Status != SessionStatus.Cancelled)
            {
                clashes = await ClashesAsync(db, session, cancellationToken);
                if (Blocks(clashes, acceptWarnings))
                {
                    return OperationResult<ForumSession>.Fail(OperationError.Of(ClashesCode));
                }
            }
            var after = State(session);
            var changed = after.Keys.Where(k => !Equals(before.GetValueOrDefault(k), after[k])).ToList();
            var now = time.GetUtcNow();
            // A proposal is the organisers' business until accepted: calendars see only what the public sees.
            if (action != PublishedAction && before[nameof(ForumSession.Status)] is not nameof(SessionStatus.Draft) && changed.Any(k => k != ProposalField))
            {
                session.Sequence++;
                session.ChangedAfterPublishAt = now;
            }
            session.UpdatedAt = now;
            db.ExpectVersion(session, version);
            audit.Add(db, actor, action, nameof(ForumSession), session.Id, session.EditionId,
                changed.ToDictionary(k => k, k => before.GetValueOrDefault(k)), changed.ToDictionary(k => k, k => after[k]),
                details: session.ProposalNote);
            return OperationResult<ForumSession>.Ok(session);
        }, cancellationToken, publish: s => changes.Publish(new ForumChange(s.EditionId, s.Id)));
        return Outcome(result, clashes);
    }

    private static SessionWriteOutcome Outcome(OperationResult<ForumSession> result, IReadOnlyList<Clash> clashes) =>
        result.Succeeded
            ? new SessionWriteOutcome(true, result.Value!.Id, result.Value.Version, clashes, [])
            : result.Errors[0].Code == ClashesCode
                ? new SessionWriteOutcome(false, 0, 0, clashes, [])
                : new SessionWriteOutcome(false, 0, 0, [], result.Errors);

    private static bool Blocks(IReadOnlyList<Clash> clashes, bool acceptWarnings) =>
        clashes.Any(c => c.Severity == ClashSeverity.Blocking || !acceptWarnings);

    private static void ClearProposal(ForumSession session)
    {
        session.ProposedStartsAt = null;
        session.ProposedEndsAt = null;
        session.ProposedBy = null;
        session.ProposedAt = null;
        session.ProposalNote = null;
    }

    /// <summary>The session's clashes as it now stands in memory (or at another time), against the edition's others.</summary>
    private static async Task<IReadOnlyList<Clash>> ClashesAsync(EventDbContext db, ForumSession session, CancellationToken cancellationToken,
        DateTimeOffset? startsAt = null, DateTimeOffset? endsAt = null)
    {
        var snapshot = await ForumSnapshot.LoadAsync(db, session.EditionId, cancellationToken);
        if (snapshot is null)
        {
            return [];
        }
        var chairs = await ForumSnapshot.ChairsAsync(db, [.. session.Chairs.Select(c => c.UserId)], cancellationToken);
        var audience = session.Id == 0 ? 0 : snapshot.Find(session.Id)?.ExpectedAudience
            ?? await db.SessionInterests.CountAsync(i => i.SessionId == session.Id, cancellationToken);
        return snapshot.Check(new SessionFact(session.Id, session.Title, session.RoomId, snapshot.SeatsOf(session.Capacity, session.RoomId),
            startsAt ?? session.StartsAt, endsAt ?? session.EndsAt, chairs,
            [.. session.Speakers.Select(p => new SpeakerFact(p.Name, p.Organization, p.UserId, p.Minutes))], audience));
    }

    /// <summary>Validates the form and copies what <paramref name="access"/> allows onto the session.</summary>
    private async Task<IReadOnlyList<OperationError>> ApplyAsync(EventDbContext db, ForumSession session, SessionForm form, SessionAccess access,
        string timeZoneId, CancellationToken cancellationToken)
    {
        var errors = new List<OperationError>();
        var titleVi = Text(form.TitleVi, nameof(SessionForm.TitleVi), ForumLimits.Title, required: true, errors);
        var titleEn = Text(form.TitleEn, nameof(SessionForm.TitleEn), ForumLimits.Title, required: true, errors);
        var descriptionVi = Text(form.DescriptionVi, nameof(SessionForm.DescriptionVi), ForumLimits.Description, required: false, errors);
        var descriptionEn = Text(form.DescriptionEn, nameof(SessionForm.DescriptionEn), ForumLimits.Description, required: false, errors);
        if (form.Speakers.Count > ForumLimits.MaxSpeakers)
        {
            errors.Add(OperationError.ForField(nameof(SessionForm.Speakers), SessionErrors.TooManySpeakers, ForumLimits.MaxSpeakers));
        }
        var speakers = new List<Speaker>();
        for (var i = 0; i < form.Speakers.Count; i++)
        {
            var input = form.Speakers[i];
            var field = $"{nameof(SessionForm.Speakers)}[{i}].";
            if (input.Minutes < 0)
            {
                errors.Add(OperationError.ForField(field + nameof(SpeakerForm.Minutes), SessionErrors.MinutesRange));
            }
            speakers.Add(new Speaker
            {
                Name = Text(input.Name, field + nameof(SpeakerForm.Name), ForumLimits.PersonName, required: true, errors),
                Title = Optional(Text(input.Title, field + nameof(SpeakerForm.Title), ForumLimits.PersonTitle, required: false, errors)),
                Organization = Optional(Text(input.Organization, field + nameof(SpeakerForm.Organization), ForumLimits.Organization, required: false, errors)),
                TalkTitle = Optional(Text(input.TalkTitle, field + nameof(SpeakerForm.TalkTitle), ForumLimits.TalkTitle, required: false, errors)),
                Minutes = input.Minutes,
                UserId = string.IsNullOrWhiteSpace(input.UserId) ? null : input.UserId,
                SortOrder = i + 1,
            });
        }
        if (access == SessionAccess.Everything)
        {
            await ApplyPlacementAsync(db, session, form, timeZoneId, errors, cancellationToken);
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        session.Title = new LocalizedText(titleVi, titleEn);
        session.Description = new LocalizedText(descriptionVi, descriptionEn);
        if (!SameSpeakers(session.Speakers, speakers))
        {
            session.Speakers.Clear();
            session.Speakers.AddRange(speakers);
        }
        return errors;
    }

    /// <summary>The organisers' part of the form: kind, topic, room, times, seats and chairs.</summary>
    private static async Task ApplyPlacementAsync(EventDbContext db, ForumSession session, SessionForm form, string timeZoneId,
        List<OperationError> errors, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(form.Kind))
        {
            errors.Add(OperationError.ForField(nameof(SessionForm.Kind), SessionErrors.Required));
        }
        if (form.TopicId is { } topicId && !await db.Topics.AnyAsync(t => t.Id == topicId && t.EditionId == session.EditionId, cancellationToken))
        {
            errors.Add(OperationError.ForField(nameof(SessionForm.TopicId), SessionErrors.TopicUnknown));
        }
        if (form.RoomId is { } roomId && roomId != session.RoomId
            && !await db.Rooms.AnyAsync(r => r.Id == roomId && r.EditionId == session.EditionId && !r.IsArchived, cancellationToken))
        {
            errors.Add(OperationError.ForField(nameof(SessionForm.RoomId), SchedulingErrors.RoomUnknown));
        }
        if (form.Capacity is < 1)
        {
            errors.Add(OperationError.ForField(nameof(SessionForm.Capacity), SessionErrors.CapacityRange));
        }
        var chairIds = form.ChairIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        var chairRole = await db.Roles.Where(r => r.Name == Roles.SessionChair).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var known = await db.UserRoles.Where(r => r.RoleId == chairRole && chairIds.Contains(r.UserId)).Select(r => r.UserId).ToListAsync(cancellationToken);
        if (known.Count != chairIds.Count)
        {
            errors.Add(OperationError.ForField(nameof(SessionForm.ChairIds), SessionErrors.NotAChair));
        }
        var times = Times(form.Day, form.Start, form.End, timeZoneId, errors);
        if (errors.Count > 0 || times is not var (from, to))
        {
            return;
        }
        session.Kind = form.Kind;
        session.TopicId = form.TopicId;
        session.RoomId = form.RoomId;
        session.Capacity = form.Capacity;
        session.StartsAt = from;
        session.EndsAt = to;
        session.Chairs.RemoveAll(c => !chairIds.Contains(c.UserId));
        session.Chairs.AddRange(chairIds.Where(id => session.Chairs.All(c => c.UserId != id)).Select(id => new SessionChair { UserId = id }));
    }

    /// <summary>A local day and clock times in the edition's time zone as UTC instants; field errors when missing or reversed.</summary>
    private static (DateTimeOffset From, DateTimeOffset To)? Times(DateTime? day, TimeSpan? start, TimeSpan? end, string timeZoneId, List<OperationError> errors)
    {
        if (day is null)
        {
            errors.Add(OperationError.ForField(nameof(SessionForm.Day), SessionErrors.Required));
        }
        if (start is null)
        {
            errors.Add(OperationError.ForField(nameof(SessionForm.Start), SessionErrors.Required));
        }
        if (end is null)
        {
            errors.Add(OperationError.ForField(nameof(SessionForm.End), SessionErrors.Required));
        }
        if (day is not { } date || start is not { } from || end is not { } to)
        {
            return null;
        }
        if (to <= from)
        {
            errors.Add(OperationError.ForField(nameof(SessionForm.End), SessionErrors.EndBeforeStart));
            return null;
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        DateTimeOffset Instant(TimeSpan clock) =>
            new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date.Date + clock, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
        return (Instant(from), Instant(to));
    }

    private static string Text(string? value, string field, int limit, bool required, List<OperationError> errors)
    {
        var text = (value ?? "").Trim().Normalize();
        if (required && text.Length == 0)
        {
            errors.Add(OperationError.ForField(field, SessionErrors.Required));
        }
        else if (text.Length > limit)
        {
            errors.Add(OperationError.ForField(field, SessionErrors.TooLong, limit));
        }
        return text;
    }

    private static string? Optional(string text) => text.Length == 0 ? null : text;

    private static bool SameSpeakers(List<Speaker> stored, List<Speaker> edited) =>
        stored.Count == edited.Count && stored.OrderBy(p => p.SortOrder).Zip(edited).All(pair =>
            pair.First.Name == pair.Second.Name && pair.First.Title == pair.Second.Title && pair.First.Organization == pair.Second.Organization
            && pair.First.TalkTitle == pair.Second.TalkTitle && pair.First.Minutes == pair.Second.Minutes && pair.First.UserId == pair.Second.UserId);

    /// <summary>The fields an audit row and the "updated" mark compare, as a person reads them.</summary>
    private static Dictionary<string, string?> State(ForumSession session) => new()
    {
        ["TitleVi"] = session.Title.Vi,
        ["TitleEn"] = session.Title.En,
        ["DescriptionVi"] = session.Description.Vi,
        ["DescriptionEn"] = session.Description.En,
        [nameof(ForumSession.Kind)] = session.Kind.ToString(),
        [nameof(ForumSession.TopicId)] = session.TopicId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [nameof(ForumSession.RoomId)] = session.RoomId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [nameof(ForumSession.StartsAt)] = session.StartsAt.ToString("O"),
        [nameof(ForumSession.EndsAt)] = session.EndsAt.ToString("O"),
        [nameof(ForumSession.Capacity)] = session.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [nameof(ForumSession.Status)] = session.Status.ToString(),
        [nameof(ForumSession.CancellationReason)] = session.CancellationReason,
        [nameof(ForumSession.Chairs)] = string.Join(", ", session.Chairs.Select(c => c.UserId).Order(StringComparer.Ordinal)),
        [nameof(ForumSession.Speakers)] = string.Join("; ", session.Speakers.OrderBy(p => p.SortOrder).Select(p => $"{p.Name} ({p.Organization}) {p.Minutes}'")),
        [ProposalField] = session.ProposedStartsAt is { } p ? $"{p:O} – {session.ProposedEndsAt:O}" : null,
    };

    private static async Task<List<ChairOption>> ChairCandidatesAsync(EventDbContext db, CancellationToken cancellationToken)
    {
        var chairRole = await db.Roles.Where(r => r.Name == Roles.SessionChair).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return (await (from ur in db.UserRoles
                       join u in db.Users on ur.UserId equals u.Id
                       where ur.RoleId == chairRole
                       select new { u.Id, Name = u.DisplayName ?? u.Email ?? u.UserName }).ToListAsync(cancellationToken))
            .Select(u => new ChairOption(u.Id, u.Name ?? u.Id)).OrderBy(u => u.Name, StringComparer.CurrentCulture).ToList();
    }

    private static async Task<IReadOnlyList<SessionRow>> RowsAsync(EventDbContext db, IQueryable<ForumSession> sessions, CancellationToken cancellationToken)
    {
        var rows = await sessions.AsNoTracking()
            .Select(s => new
            {
                s.Id, s.Title, s.Kind, s.TopicId, s.RoomId, s.StartsAt, s.EndsAt, s.Status,
                Speakers = s.Speakers.Count,
                Audience = db.SessionInterests.Count(i => i.SessionId == s.Id),
                HasProposal = s.ProposedStartsAt != null,
            })
            .ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => sessions.Any(s => s.TopicId == t.Id))
            .ToDictionaryAsync(t => t.Id, t => new SessionOption(t.Id, t.Name, t.Colour), cancellationToken);
        var rooms = await db.Rooms.AsNoTracking().Where(r => sessions.Any(s => s.RoomId == r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        return rows.OrderBy(r => r.StartsAt).ThenBy(r => r.Id)
            .Select(r => new SessionRow(r.Id, r.Title, r.Kind, r.TopicId is { } t ? topics.GetValueOrDefault(t) : null,
                r.RoomId is { } room ? rooms.GetValueOrDefault(room) : null, r.StartsAt, r.EndsAt, r.Status, r.Speakers, r.Audience, r.HasProposal, r.TopicId))
            .ToList();
    }
}
