using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>A meeting as the schedule page and the table view list it.</summary>
public sealed record MeetingRow(Meeting Meeting, string OrganizationA, string OrganizationB, string? Subject, int? RoundNumber, int? TableNumber);

/// <summary>What a scheduler run did: how many it placed and, for each one it could not, why.</summary>
public sealed record SchedulerRun(int Placed, IReadOnlyList<(MeetingRow Meeting, UnplacedReason Reason)> NotPlaced);

/// <summary>Runs the scheduler and moves meetings by hand, both under the scheduler's own slot rules.</summary>
public sealed class MeetingPlacementService(MeetingWrites writes)
{
    public const string ClashError = "Meetings.Move.Clash";

    public async Task<IReadOnlyList<MeetingRow>> ListAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await writes.Database.CreateDbContextAsync(cancellationToken);
        return await MeetingRows.LoadAsync(db, db.Meetings.Where(m => m.EditionId == editionId), cancellationToken);
    }

    public Task<OperationResult<SchedulerRun>> RunAsync(int editionId, CancellationToken cancellationToken = default) =>
        writes.WriteAsync<SchedulerRun>(false, async (db, actor) =>
        {
            if (await Editions.WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } other)
            {
                return MeetingWrites.Refuse<SchedulerRun>(other);
            }
            var input = await LoadInputAsync(db, editionId, cancellationToken);
            var result = MeetingScheduler.Run(input);
            var meetings = await db.Meetings.Where(m => m.EditionId == editionId && m.Status == MeetingStatus.Planned && m.RoundId == null)
                .ToDictionaryAsync(m => m.Id, cancellationToken);
            foreach (var placement in result.Placed)
            {
                var meeting = meetings[placement.MeetingId];
                (meeting.RoundId, meeting.TableId, meeting.Unplaced) = (placement.RoundId, placement.TableId, null);
                meeting.Touch();
            }
            foreach (var notPlaced in result.NotPlaced)
            {
                var meeting = meetings[notPlaced.MeetingId];
                meeting.Unplaced = notPlaced.Reason;
                meeting.Touch();
            }
            writes.Audit.Add(db, actor, "connections.scheduler.run", "MeetingSchedule", editionId, editionId,
                after: new { Placed = result.Placed.Count, NotPlaced = result.NotPlaced.Count });
            await db.SaveChangesAsync(cancellationToken);
            var rows = (await MeetingRows.LoadAsync(db, db.Meetings.Where(m => m.EditionId == editionId && m.Unplaced != null), cancellationToken))
                .ToDictionary(r => r.Meeting.Id);
            return MeetingWrites.Done(editionId, new SchedulerRun(result.Placed.Count,
                result.NotPlaced.Select(n => (rows[n.MeetingId], n.Reason)).ToList()));
        }, cancellationToken);

    /// <summary>Puts a planned meeting into a round at a table, refused with a sentence naming the meeting it would clash with.</summary>
    public Task<OperationResult<int>> MoveAsync(int meetingId, int roundId, int tableId, long version, CancellationToken cancellationToken = default) =>
        writes.WriteAsync<int>(false, async (db, actor) =>
        {
            var (meeting, error) = await MeetingWrites.LoadAsync<Meeting>(db, actor, meetingId, version, cancellationToken);
            if (error is not null)
            {
                return MeetingWrites.Refuse<int>(error);
            }
            if (meeting!.Status != MeetingStatus.Planned)
            {
                return MeetingWrites.Refuse<int>(OperationError.Of("Meetings.Move.NotPlanned"));
            }
            var input = await LoadInputAsync(db, meeting.EditionId, cancellationToken);
            var self = input.Meetings.First(m => m.Id == meetingId);
            if (MeetingScheduler.Check(input, self, roundId, tableId) is { } clash)
            {
                return MeetingWrites.Refuse<int>(await DescribeAsync(db, clash, cancellationToken));
            }
            var before = new { meeting.RoundId, meeting.TableId };
            (meeting.RoundId, meeting.TableId, meeting.Unplaced) = (roundId, tableId, null);
            writes.Audit.Add(db, actor, "connections.meeting.moved", nameof(Meeting), meetingId, meeting.EditionId, before, new { meeting.RoundId, meeting.TableId });
            return MeetingWrites.Done(meeting.EditionId, meetingId);
        }, cancellationToken, onConflict: OperationError.Of("Meetings.Move.Raced"));

    public Task<OperationResult<int>> UnscheduleAsync(int meetingId, long version, CancellationToken cancellationToken = default) =>
        writes.WriteAsync<int>(false, async (db, actor) =>
        {
            var (meeting, error) = await MeetingWrites.LoadAsync<Meeting>(db, actor, meetingId, version, cancellationToken);
            if (error is not null)
            {
                return MeetingWrites.Refuse<int>(error);
            }
            if (meeting!.Status != MeetingStatus.Planned)
            {
                return MeetingWrites.Refuse<int>(OperationError.Of("Meetings.Move.NotPlanned"));
            }
            var before = new { meeting.RoundId, meeting.TableId };
            (meeting.RoundId, meeting.TableId) = (null, null);
            writes.Audit.Add(db, actor, "connections.meeting.unscheduled", nameof(Meeting), meetingId, meeting.EditionId, before);
            return MeetingWrites.Done(meeting.EditionId, meetingId);
        }, cancellationToken);

    /// <summary>The edition as the scheduler sees it: every meeting not cancelled, placed or waiting.</summary>
    public static async Task<SchedulerInput> LoadInputAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var rounds = await db.MeetingRounds.Where(r => r.EditionId == editionId).Select(r => new SlotRound(r.Id, r.Number, r.StartsAt)).ToListAsync(cancellationToken);
        var tables = await db.MeetingTables.Where(t => t.EditionId == editionId).Select(t => new SlotTable(t.Id, t.Number, t.IsOnline, t.IsClosed)).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.EditionId == editionId && m.Status != MeetingStatus.Cancelled && (m.RoundId != null || m.Status == MeetingStatus.Planned))
            .ToListAsync(cancellationToken);
        var participants = await db.ConnectionParticipants.AsNoTracking().Include(p => p.UnavailableRounds).Where(p => p.EditionId == editionId).ToListAsync(cancellationToken);
        return new SchedulerInput(rounds, tables,
            meetings.Select(m => new SlotMeeting(m.Id, m.OrganizationAId, m.OrganizationBId, SlotMeeting.PersonKey(m.UserAId, m.ContactA),
                SlotMeeting.PersonKey(m.UserBId, m.ContactB), m.IsMutual, m.CreatedAt, m.RoundId, m.RoundId is null ? null : m.TableId)).ToList(),
            participants.Where(p => p.JoinsOnline).Select(p => p.OrganizationId).ToHashSet(),
            participants.ToDictionary(p => p.OrganizationId, p => (IReadOnlySet<int>)p.UnavailableRounds.Select(u => u.RoundId).ToHashSet()));
    }

    /// <summary>The clash as a sentence: "Bàn 3 đã có cuộc gặp Viện A – Công ty B trong phiên này."</summary>
    private static async Task<OperationError> DescribeAsync(EventDbContext db, SlotClash clash, CancellationToken cancellationToken)
    {
        var names = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name.Current, cancellationToken);
        var meeting = clash.MeetingId is { } id ? await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken) : null;
        var label = meeting is null ? "" : $"{names.GetValueOrDefault(meeting.OrganizationAId)} – {names.GetValueOrDefault(meeting.OrganizationBId)}";
        var organization = clash.OrganizationId is { } organizationId ? names.GetValueOrDefault(organizationId) ?? "" : "";
        return OperationError.Of($"{ClashError}.{clash.Kind}", label, organization);
    }
}
