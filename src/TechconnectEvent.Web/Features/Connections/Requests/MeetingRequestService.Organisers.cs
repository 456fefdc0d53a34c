using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Requests;

public sealed partial class MeetingRequestService
{
    /// <summary>
    /// An organiser sets up a meeting between two organisations directly: recorded as a request born accepted
    /// (<see cref="MeetingRequest.CreatedByOrganiser"/>) together with its meeting. Nobody is e-mailed here: each
    /// side hears of it with its schedule.
    /// </summary>
    public async Task<OperationResult<int>> CreateMeetingAsync(int editionId, DirectMeetingInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        var contactA = TextRules.Clean(input.ContactA) ?? "";
        var contactB = TextRules.Clean(input.ContactB) ?? "";
        var note = TextRules.Clean(input.Note) ?? "";
        var errors = new List<OperationError>();
        if (input.OrganizationAId is null)
        {
            errors.Add(RequestErrors.OrganizationMissing(RequestErrors.Fields.OrganizationA));
        }
        if (input.OrganizationBId is null)
        {
            errors.Add(RequestErrors.OrganizationMissing(RequestErrors.Fields.OrganizationB));
        }
        else if (input.OrganizationBId == input.OrganizationAId)
        {
            errors.Add(OperationError.ForField(RequestErrors.Fields.OrganizationB, RequestErrors.SameOrganization.Code));
        }
        errors.AddRange(PersonErrors(contactA, RequestErrors.Fields.ContactA));
        errors.AddRange(PersonErrors(contactB, RequestErrors.Fields.ContactB));
        if (note.Length > ConnectionLimits.Message)
        {
            errors.Add(RequestErrors.MessageTooLong);
        }
        if (errors.Count > 0)
        {
            return OperationResult<int>.Fail([.. errors]);
        }
        var (a, b) = (input.OrganizationAId!.Value, input.OrganizationBId!.Value);
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } other)
            {
                return OperationResult<int>.Fail(other);
            }
            if (await db.Organizations.CountAsync(o => o.Id == a || o.Id == b, cancellationToken) != 2)
            {
                return OperationResult<int>.Fail(RequestErrors.OrganizationMissing(RequestErrors.Fields.OrganizationB));
            }
            var cited = await CitedAsync(db, editionId, input.OfferId, input.NeedId, publishedOnly: false, cancellationToken);
            if (cited is null)
            {
                return OperationResult<int>.Fail(RequestErrors.CitedUnavailable);
            }
            if (cited.Any(owner => owner != a && owner != b))
            {
                return OperationResult<int>.Fail(RequestErrors.CitedNotBetween);
            }
            var now = time.GetUtcNow();
            var request = new MeetingRequest
            {
                EditionId = editionId, FromOrganizationId = a, ToOrganizationId = b, OfferId = input.OfferId, NeedId = input.NeedId,
                Message = note, FromContactName = contactA, ToContactName = contactB, Status = MeetingRequestStatus.Accepted,
                CreatedByOrganiser = true, CreatedAt = now, RespondedAt = now,
            };
            var meeting = NewMeeting(request, actor, now);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(cancellationToken);
            request.MeetingId = meeting.Id;
            db.MeetingRequests.Add(request);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, actor, MeetingCreatedAction, nameof(Meeting), meeting.Id, editionId, after: State(meeting));
            audit.Add(db, actor, AcceptedAction, nameof(MeetingRequest), request.Id, editionId, after: State(request));
            return OperationResult<int>.Ok(meeting.Id);
        }, cancellationToken, publish: _ => Publish(editionId, meetings: true));
    }

    /// <summary>
    /// An organiser calls off a meeting that has not taken place, with the reason in the audit log; its round and
    /// table are freed for another meeting.
    /// </summary>
    public async Task<OperationResult> CancelMeetingAsync(int meetingId, long version, string? reason, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        var cleaned = TextRules.Clean(reason);
        if (cleaned is null)
        {
            return OperationResult.Fail(RequestErrors.ReasonRequired);
        }
        if (cleaned.Length > ConnectionLimits.Reason)
        {
            return OperationResult.Fail(RequestErrors.ReasonTooLong);
        }
        var result = await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
            if (meeting is null)
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, meeting.EditionId, cancellationToken) is { } other)
            {
                return OperationResult<int>.Fail(other);
            }
            if (meeting.Version != version)
            {
                return OperationResult<int>.Fail(CommonErrors.Concurrency);
            }
            if (meeting.Status != MeetingStatus.Planned)
            {
                return OperationResult<int>.Fail(RequestErrors.MeetingNotCancellable);
            }
            db.ExpectVersion(meeting, version);
            var before = State(meeting);
            meeting.Status = MeetingStatus.Cancelled;
            meeting.RoundId = null;
            meeting.TableId = null;
            meeting.Unplaced = null;
            audit.Add(db, actor, MeetingCancelledAction, nameof(Meeting), meeting.Id, meeting.EditionId, before, State(meeting), details: cleaned);
            return OperationResult<int>.Ok(meeting.EditionId);
        }, cancellationToken, publish: editionId => Publish(editionId, meetings: true));
        return result.Succeeded ? OperationResult.Ok() : OperationResult.Fail([.. result.Errors]);
    }

    private static IEnumerable<OperationError> PersonErrors(string name, string field)
    {
        if (name.Length == 0)
        {
            yield return RequestErrors.NameRequired(field);
        }
        else if (name.Length > ConnectionLimits.PersonName)
        {
            yield return RequestErrors.NameTooLong(field);
        }
    }
}
