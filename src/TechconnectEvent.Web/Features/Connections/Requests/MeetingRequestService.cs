using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Requests;

/// <summary>
/// Meeting requests between organisations: a contact asks, withdraws, or answers a request made to their
/// organisation; an accepted request becomes a meeting (two organisations asking each other share one, mutual).
/// Every call checks the actor against the record; every write is one transaction with its audit row and e-mails.
/// </summary>
public sealed partial class MeetingRequestService(
    IDbContextFactory<EventDbContext> dbFactory, ICurrentActor currentActor, AuditTrail audit, RequestMails mails,
    ChangeNotifier<ConnectionChange> changes, TimeProvider time)
{
    public const string AskedAction = "meeting_request.created";
    public const string WithdrawnAction = "meeting_request.withdrawn";
    public const string AcceptedAction = "meeting_request.accepted";
    public const string DeclinedAction = "meeting_request.declined";
    public const string MeetingCreatedAction = "meeting.created";
    public const string MeetingCancelledAction = "meeting.cancelled";
    public const string MeetingMutualAction = "meeting.mutual";

    /// <summary>A contact asks another organisation of the edition for a 1:1 meeting.</summary>
    public async Task<OperationResult<int>> AskAsync(int editionId, RequestInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (RequestAccess.ContactOrganization(actor) is not { } own)
        {
            return OperationResult<int>.Fail(actor.IsOrganiser ? CommonErrors.Forbidden : RequestErrors.NoOrganization);
        }
        var message = input.Message?.Trim() ?? "";
        var name = TextRules.Clean(input.ContactName) ?? TextRules.Clean(RequestAccess.DisplayName(actor)) ?? "";
        var errors = new List<OperationError>();
        if (message.Length == 0)
        {
            errors.Add(RequestErrors.MessageRequired);
        }
        else if (message.Length > ConnectionLimits.Message)
        {
            errors.Add(RequestErrors.MessageTooLong);
        }
        if (name.Length > ConnectionLimits.PersonName)
        {
            errors.Add(RequestErrors.NameTooLong(RequestErrors.Fields.ContactName));
        }
        if (input.OfferId is null && input.NeedId is null)
        {
            errors.Add(RequestErrors.NothingCited);
        }
        if (errors.Count > 0)
        {
            return OperationResult<int>.Fail([.. errors]);
        }
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } other)
            {
                return OperationResult<int>.Fail(other);
            }
            var cited = await CitedAsync(db, editionId, input.OfferId, input.NeedId, publishedOnly: true, cancellationToken);
            if (cited is null)
            {
                return OperationResult<int>.Fail(RequestErrors.CitedUnavailable);
            }
            var to = input.ToOrganizationId ?? cited.FirstOrDefault(owner => owner != own);
            if (to == own)
            {
                return OperationResult<int>.Fail(RequestErrors.SameOrganization);
            }
            if (to == 0 || !await db.Organizations.AnyAsync(o => o.Id == to, cancellationToken))
            {
                return OperationResult<int>.Fail(RequestErrors.OrganizationMissing(RequestErrors.Fields.Organization));
            }
            // What is cited belongs to one of the two, and at least one thing to the organisation asked: its offer or
            // need, or our offer for its need.
            if (cited.Any(owner => owner != own && owner != to) || !cited.Contains(to))
            {
                return OperationResult<int>.Fail(RequestErrors.CitedNotBetween);
            }
            var open = await db.MeetingRequests.AsNoTracking()
                .Where(r => r.EditionId == editionId && r.Status == MeetingRequestStatus.Pending && r.OfferId == input.OfferId && r.NeedId == input.NeedId
                    && ((r.FromOrganizationId == own && r.ToOrganizationId == to) || (r.FromOrganizationId == to && r.ToOrganizationId == own)))
                .Select(r => (int?)r.FromOrganizationId).FirstOrDefaultAsync(cancellationToken);
            if (open is { } asker)
            {
                return OperationResult<int>.Fail(asker == own ? RequestErrors.AlreadyAsked : RequestErrors.AlreadyAskedByThem);
            }
            var request = new MeetingRequest
            {
                EditionId = editionId, FromOrganizationId = own, ToOrganizationId = to, OfferId = input.OfferId, NeedId = input.NeedId,
                Message = message, FromContactName = name, FromUserId = actor.UserId, CreatedAt = time.GetUtcNow(),
            };
            db.MeetingRequests.Add(request);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, actor, AskedAction, nameof(MeetingRequest), request.Id, editionId, after: State(request));
            await mails.AddRequestedAsync(db, request, cancellationToken);
            return OperationResult<int>.Ok(request.Id);
        }, cancellationToken, publish: _ => changes.Publish(new ConnectionChange(editionId, ConnectionArea.Requests)));
    }

    /// <summary>The asking side takes back a request nobody has answered yet.</summary>
    public Task<OperationResult> WithdrawAsync(int requestId, long version, CancellationToken cancellationToken = default) =>
        AnswerAsync(requestId, version, asking: true, async (db, actor, request) =>
        {
            request.Status = MeetingRequestStatus.Withdrawn;
            request.RespondedAt = time.GetUtcNow();
            audit.Add(db, actor, WithdrawnAction, nameof(MeetingRequest), request.Id, request.EditionId, after: State(request));
            await Task.CompletedTask;
            return false;
        }, cancellationToken);

    /// <summary>
    /// A contact of the organisation asked accepts: the request becomes a meeting in the same transaction. When that
    /// organisation had itself asked the other (still open, or accepted), both requests share one mutual meeting.
    /// </summary>
    public Task<OperationResult> AcceptAsync(int requestId, long version, CancellationToken cancellationToken = default) =>
        AnswerAsync(requestId, version, asking: false, async (db, actor, request) =>
        {
            var now = time.GetUtcNow();
            Answer(request, actor, MeetingRequestStatus.Accepted, now);
            var reverse = await db.MeetingRequests
                .Where(r => r.EditionId == request.EditionId && r.FromOrganizationId == request.ToOrganizationId && r.ToOrganizationId == request.FromOrganizationId
                    && (r.Status == MeetingRequestStatus.Pending || r.Status == MeetingRequestStatus.Accepted))
                .OrderBy(r => r.Status == MeetingRequestStatus.Accepted ? 0 : 1).ThenBy(r => r.Id)
                .ToListAsync(cancellationToken);
            var reverseMeetingIds = reverse.Where(r => r.MeetingId is not null).Select(r => r.MeetingId!.Value).ToList();
            var shared = await db.Meetings.Where(m => reverseMeetingIds.Contains(m.Id) && m.Status != MeetingStatus.Cancelled)
                .OrderBy(m => m.Id).FirstOrDefaultAsync(cancellationToken);
            if (shared is null)
            {
                shared = NewMeeting(request, actor, now);
                shared.IsMutual = reverse.Count > 0;
                db.Meetings.Add(shared);
                await db.SaveChangesAsync(cancellationToken);
                audit.Add(db, actor, MeetingCreatedAction, nameof(Meeting), shared.Id, request.EditionId, after: State(shared));
            }
            else if (!shared.IsMutual)
            {
                shared.IsMutual = true;
                shared.Touch();
                audit.Add(db, actor, MeetingMutualAction, nameof(Meeting), shared.Id, request.EditionId, after: State(shared));
            }
            request.MeetingId = shared.Id;
            foreach (var theirs in reverse.Where(r => r.Status == MeetingRequestStatus.Pending))
            {
                // Our own open request to them is answered by their having asked us: it joins the same meeting.
                theirs.Status = MeetingRequestStatus.Accepted;
                theirs.ToContactName = request.FromContactName;
                theirs.ToUserId = request.FromUserId;
                theirs.RespondedAt = now;
                theirs.MeetingId = shared.Id;
                theirs.Touch();
                audit.Add(db, actor, AcceptedAction, nameof(MeetingRequest), theirs.Id, theirs.EditionId, after: State(theirs));
            }
            audit.Add(db, actor, AcceptedAction, nameof(MeetingRequest), request.Id, request.EditionId, after: State(request));
            await mails.AddAnsweredAsync(db, request, cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>A contact of the organisation asked declines, with an optional reason told to the person who asked.</summary>
    public async Task<OperationResult> DeclineAsync(int requestId, long version, string? reason, CancellationToken cancellationToken = default)
    {
        var cleaned = TextRules.Clean(reason);
        if (cleaned is { Length: > ConnectionLimits.Reason })
        {
            return OperationResult.Fail(RequestErrors.ReasonTooLong);
        }
        return await AnswerAsync(requestId, version, asking: false, async (db, actor, request) =>
        {
            Answer(request, actor, MeetingRequestStatus.Declined, time.GetUtcNow());
            request.DeclineReason = cleaned;
            audit.Add(db, actor, DeclinedAction, nameof(MeetingRequest), request.Id, request.EditionId, after: State(request));
            await mails.AddAnsweredAsync(db, request, cancellationToken);
            return false;
        }, cancellationToken);
    }

    /// <summary>
    /// Loads a pending request for one side to act on: only a contact of the asking organisation (withdraw) or of the
    /// asked one (accept, decline) may; everybody else is refused before anything is read out.
    /// </summary>
    /// <param name="act">Changes the request; returns whether a meeting was made or changed.</param>
    private async Task<OperationResult> AnswerAsync(int requestId, long version, bool asking,
        Func<EventDbContext, Actor, MeetingRequest, Task<bool>> act, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync();
        if (RequestAccess.ContactOrganization(actor) is not { } own)
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        var meetings = false;
        var result = await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            var request = await db.MeetingRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            if (request is null)
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
            if ((asking ? request.FromOrganizationId : request.ToOrganizationId) != own)
            {
                return OperationResult<int>.Fail(CommonErrors.Forbidden);
            }
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, request.EditionId, cancellationToken) is { } other)
            {
                return OperationResult<int>.Fail(other);
            }
            if (request.Version != version)
            {
                return OperationResult<int>.Fail(CommonErrors.Concurrency);
            }
            if (request.Status != MeetingRequestStatus.Pending)
            {
                return OperationResult<int>.Fail(RequestErrors.NotPending);
            }
            db.ExpectVersion(request, version);
            meetings = await act(db, actor, request);
            return OperationResult<int>.Ok(request.EditionId);
        }, cancellationToken, publish: editionId => Publish(editionId, meetings));
        return result.Succeeded ? OperationResult.Ok() : OperationResult.Fail([.. result.Errors]);
    }

    private static void Answer(MeetingRequest request, Actor actor, MeetingRequestStatus status, DateTimeOffset now)
    {
        request.Status = status;
        request.ToContactName = TextRules.Clean(RequestAccess.DisplayName(actor));
        request.ToUserId = actor.UserId;
        request.RespondedAt = now;
    }

    private static Meeting NewMeeting(MeetingRequest request, Actor actor, DateTimeOffset now) => new()
    {
        EditionId = request.EditionId,
        OrganizationAId = request.FromOrganizationId, ContactA = request.FromContactName, UserAId = request.FromUserId,
        OrganizationBId = request.ToOrganizationId, ContactB = request.ToContactName ?? RequestAccess.DisplayName(actor), UserBId = request.ToUserId,
        OfferId = request.OfferId, NeedId = request.NeedId, CreatedByOrganiser = request.CreatedByOrganiser, CreatedAt = now,
    };

    /// <summary>
    /// The owners of the cited offer and need, when each exists in the edition (and is published, for contacts);
    /// null when one does not.
    /// </summary>
    private static async Task<IReadOnlyList<int>?> CitedAsync(EventDbContext db, int editionId, int? offerId, int? needId, bool publishedOnly,
        CancellationToken cancellationToken)
    {
        var owners = new List<int>();
        if (offerId is { } o)
        {
            var owner = await db.TechnologyOffers.AsNoTracking().Where(x => x.Id == o && x.EditionId == editionId && (x.IsPublished || !publishedOnly))
                .Select(x => (int?)x.OrganizationId).FirstOrDefaultAsync(cancellationToken);
            if (owner is null)
            {
                return null;
            }
            owners.Add(owner.Value);
        }
        if (needId is { } n)
        {
            var owner = await db.TechnologyNeeds.AsNoTracking().Where(x => x.Id == n && x.EditionId == editionId && (x.IsPublished || !publishedOnly))
                .Select(x => (int?)x.OrganizationId).FirstOrDefaultAsync(cancellationToken);
            if (owner is null)
            {
                return null;
            }
            owners.Add(owner.Value);
        }
        return owners;
    }

    private void Publish(int editionId, bool meetings)
    {
        changes.Publish(new ConnectionChange(editionId, ConnectionArea.Requests));
        if (meetings)
        {
            changes.Publish(new ConnectionChange(editionId, ConnectionArea.Meetings));
        }
    }

    private static object State(MeetingRequest r) => new
    {
        r.FromOrganizationId, r.ToOrganizationId, r.OfferId, r.NeedId, r.FromContactName, r.ToContactName,
        Status = r.Status.ToString(), r.DeclineReason, r.MeetingId, r.CreatedByOrganiser,
    };

    private static object State(Meeting m) => new
    {
        m.OrganizationAId, m.ContactA, m.OrganizationBId, m.ContactB, m.OfferId, m.NeedId, m.IsMutual,
        Status = m.Status.ToString(), m.RoundId, m.TableId, m.CreatedByOrganiser,
    };
}
