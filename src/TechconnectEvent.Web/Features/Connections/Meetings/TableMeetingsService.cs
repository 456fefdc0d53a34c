using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Connections.Mous;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>What the staff at the tables record: held or no-show, then the outcome and its notes.</summary>
public sealed class TableMeetingsService(MeetingWrites writes, TimeProvider time)
{
    public async Task<IReadOnlyList<MeetingRow>> ListRoundAsync(int editionId, int roundId, CancellationToken cancellationToken = default)
    {
        await using var db = await writes.Database.CreateDbContextAsync(cancellationToken);
        return await MeetingRows.LoadAsync(db,
            db.Meetings.Where(m => m.EditionId == editionId && m.RoundId == roundId && m.Status != MeetingStatus.Cancelled), cancellationToken);
    }

    /// <summary>The round running now, else the next to start, else the last one: what the staff look at first.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    public static MeetingRound? DefaultRound(IEnumerable<MeetingRound> rounds, DateTimeOffset now)
    {
        var ordered = rounds.OrderBy(r => r.StartsAt).ToList();
        return ordered.FirstOrDefault(r => r.EndsAt > now) ?? ordered.LastOrDefault();
    }

    public Task<OperationResult<int>> MarkAsync(int meetingId, MeetingStatus status, long version, CancellationToken cancellationToken = default) =>
        writes.WriteAsync<int>(true, async (db, actor) =>
        {
            if (status is not (MeetingStatus.Held or MeetingStatus.NoShow or MeetingStatus.Planned))
            {
                return MeetingWrites.Refuse<int>(CommonErrors.Forbidden);
            }
            var (meeting, error) = await MeetingWrites.LoadAsync<Meeting>(db, actor, meetingId, version, cancellationToken);
            if (error is not null)
            {
                return MeetingWrites.Refuse<int>(error);
            }
            if (meeting!.Status == MeetingStatus.Cancelled || meeting.RoundId is null)
            {
                return MeetingWrites.Refuse<int>(OperationError.Of("Meetings.Table.NotScheduled"));
            }
            var before = meeting.Status;
            meeting.Status = status;
            writes.Audit.Add(db, actor, "connections.meeting.marked", nameof(Meeting), meetingId, meeting.EditionId, new { Status = before }, new { meeting.Status });
            return MeetingWrites.Done(meeting.EditionId, meetingId);
        }, cancellationToken);

    /// <summary>
    /// Records the outcome of a held meeting. "MoU planned" creates the draft MoU in the same transaction (once: a
    /// meeting that already has one keeps it); changing the outcome afterwards leaves the MoU in the register.
    /// </summary>
    /// <returns>The id of the meeting's MoU, if it has one.</returns>
    public Task<OperationResult<int?>> SetOutcomeAsync(int meetingId, MeetingOutcome outcome, string? notes, long version, CancellationToken cancellationToken = default) =>
        writes.WriteAsync<int?>(true, async (db, actor) =>
        {
            var cleaned = ScheduleRules.Clean(notes);
            if (cleaned.Length > ConnectionLimits.Notes)
            {
                return MeetingWrites.Refuse<int?>(OperationError.ForField("Notes", "Meetings.TooLong", ConnectionLimits.Notes));
            }
            var (meeting, error) = await MeetingWrites.LoadAsync<Meeting>(db, actor, meetingId, version, cancellationToken);
            if (error is not null)
            {
                return MeetingWrites.Refuse<int?>(error);
            }
            if (meeting!.Status != MeetingStatus.Held)
            {
                return MeetingWrites.Refuse<int?>(OperationError.Of("Meetings.Table.NotHeld"));
            }
            var before = new { meeting.Outcome, meeting.OutcomeNotes };
            var now = time.GetUtcNow();
            (meeting.Outcome, meeting.OutcomeNotes, meeting.OutcomeAt, meeting.OutcomeBy) = (outcome, cleaned.Length > 0 ? cleaned : null, now, actor.UserName);
            if (outcome == MeetingOutcome.MouPlanned && meeting.MouId is null)
            {
                var mou = await DraftAsync(db, meeting, now, cancellationToken);
                db.Mous.Add(mou);
                await db.SaveChangesAsync(cancellationToken);
                meeting.MouId = mou.Id;
                writes.Audit.Add(db, actor, "connections.mou.drafted", nameof(Mou), mou.Id, meeting.EditionId, after: new { MeetingId = meetingId, TitleVi = mou.Title.Vi });
            }
            writes.Audit.Add(db, actor, "connections.meeting.outcome", nameof(Meeting), meetingId, meeting.EditionId, before, new { meeting.Outcome, meeting.OutcomeNotes, meeting.MouId });
            return MeetingWrites.Done(meeting.EditionId, meeting.MouId);
        }, cancellationToken);

    private static async Task<Mou> DraftAsync(Infrastructure.Data.EventDbContext db, Meeting meeting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (meeting.OfferId is { } offerId && await db.TechnologyOffers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken) is { } offer)
        {
            return MouDrafts.FromMeeting(meeting, offer.Title, offer.Field, offer.OrganizationId, now);
        }
        if (meeting.NeedId is { } needId && await db.TechnologyNeeds.AsNoTracking().FirstOrDefaultAsync(n => n.Id == needId, cancellationToken) is { } need)
        {
            return MouDrafts.FromMeeting(meeting, need.Title, need.Field, null, now);
        }
        return MouDrafts.FromMeeting(meeting, null, Exhibitors.TechnologyField.Other, null, now);
    }
}
