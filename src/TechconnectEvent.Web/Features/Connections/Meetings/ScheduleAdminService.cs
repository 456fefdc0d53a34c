using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>A round with how many meetings it holds (a round with meetings cannot be deleted).</summary>
public sealed record RoundRow(MeetingRound Round, DateTimeOffset LocalStart, int Meetings);

public sealed record TableRow(MeetingTable Table, int Meetings);

/// <summary>An organisation with meetings: whether it joins online and the rounds it cannot attend.</summary>
public sealed record ParticipantRow(int OrganizationId, string OrganizationName, bool JoinsOnline, IReadOnlySet<int> UnavailableRoundIds, long Version);

/// <summary>
/// The organisers' rounds, tables and participants of an edition's connection meetings. Rounds are renumbered in
/// time order after every change, so "Phiên 2" is always the second.
/// </summary>
public sealed class ScheduleAdminService(MeetingWrites writes)
{
    public async Task<IReadOnlyList<RoundRow>> ListRoundsAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await writes.Database.CreateDbContextAsync(cancellationToken);
        var zone = await ZoneAsync(db, editionId, cancellationToken);
        var rounds = await db.MeetingRounds.AsNoTracking().Where(r => r.EditionId == editionId).ToListAsync(cancellationToken);
        var uses = await db.Meetings.Where(m => m.EditionId == editionId && m.RoundId != null)
            .GroupBy(m => m.RoundId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return rounds.OrderBy(r => r.Number).Select(r => new RoundRow(r, TimeZoneInfo.ConvertTime(r.StartsAt, zone), uses.GetValueOrDefault(r.Id))).ToList();
    }

    public async Task<IReadOnlyList<TableRow>> ListTablesAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await writes.Database.CreateDbContextAsync(cancellationToken);
        var tables = await db.MeetingTables.AsNoTracking().Where(t => t.EditionId == editionId).OrderBy(t => t.Number).ToListAsync(cancellationToken);
        var uses = await db.Meetings.Where(m => m.EditionId == editionId && m.TableId != null)
            .GroupBy(m => m.TableId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return tables.Select(t => new TableRow(t, uses.GetValueOrDefault(t.Id))).ToList();
    }

    /// <summary>Every organisation in a meeting that is not cancelled, with its participation (defaults when none).</summary>
    public async Task<IReadOnlyList<ParticipantRow>> ListParticipantsAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await writes.Database.CreateDbContextAsync(cancellationToken);
        var live = db.Meetings.Where(m => m.EditionId == editionId && m.Status != MeetingStatus.Cancelled);
        var ids = await live.Select(m => m.OrganizationAId).Union(live.Select(m => m.OrganizationBId)).ToListAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        var participants = await db.ConnectionParticipants.AsNoTracking().Include(p => p.UnavailableRounds)
            .Where(p => p.EditionId == editionId).ToDictionaryAsync(p => p.OrganizationId, cancellationToken);
        return organizations.OrderBy(o => o.Name.Current, StringComparer.CurrentCulture).Select(o => participants.TryGetValue(o.Id, out var p)
                ? new ParticipantRow(o.Id, o.Name.Current, p.JoinsOnline, p.UnavailableRounds.Select(u => u.RoundId).ToHashSet(), p.Version)
                : new ParticipantRow(o.Id, o.Name.Current, false, new HashSet<int>(), -1))
            .ToList();
    }

    public Task<OperationResult<int>> SaveRoundAsync(int editionId, int? roundId, RoundInput input, CancellationToken cancellationToken = default) =>
        writes.WriteAsync<int>(false, async (db, actor) =>
        {
            MeetingRound round;
            if (roundId is { } id)
            {
                var (loaded, error) = await MeetingWrites.LoadAsync<MeetingRound>(db, actor, id, input.Version, cancellationToken);
                if (error is not null)
                {
                    return MeetingWrites.Refuse<int>(error);
                }
                round = loaded!;
                editionId = round.EditionId;
            }
            else
            {
                if (await Editions.WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } other)
                {
                    return MeetingWrites.Refuse<int>(other);
                }
                round = new MeetingRound { EditionId = editionId, Number = 0 };
            }
            var edition = await db.Editions.FirstOrDefaultAsync(e => e.Id == editionId, cancellationToken);
            if (edition is null)
            {
                return MeetingWrites.Refuse<int>(CommonErrors.NotFound);
            }
            if (ScheduleRules.Validate(input, edition.StartDate, edition.EndDate) is { Count: > 0 } invalid)
            {
                return MeetingWrites.Refuse<int>([.. invalid]);
            }
            var local = input.Day!.Value.ToDateTime(input.Start!.Value);
            var startsAt = new DateTimeOffset(local, edition.TimeZone.GetUtcOffset(local)).ToUniversalTime();
            var others = await db.MeetingRounds.Where(r => r.EditionId == editionId && r.Id != round.Id).ToListAsync(cancellationToken);
            var endsAt = startsAt.AddMinutes(input.Minutes);
            if (others.FirstOrDefault(r => r.StartsAt < endsAt && startsAt < r.EndsAt) is { } overlap)
            {
                return MeetingWrites.Refuse<int>(OperationError.ForField(ScheduleRules.Fields.Start, "Meetings.Rounds.Overlap", overlap.Number));
            }
            var before = round.Id == 0 ? null : Snapshot(round);
            round.StartsAt = startsAt;
            round.Minutes = input.Minutes;
            if (round.Id == 0)
            {
                db.MeetingRounds.Add(round);
            }
            await RenumberAsync(db, [.. others, round], cancellationToken);
            writes.Audit.Add(db, actor, before is null ? "connections.round.created" : "connections.round.updated", nameof(MeetingRound), round.Id, editionId, before, Snapshot(round));
            return MeetingWrites.Done(editionId, round.Id);
        }, cancellationToken);

    /// <summary>Deletes a round no meeting is placed in; otherwise says how many are, so they are moved first.</summary>
    public Task<OperationResult<int>> DeleteRoundAsync(int roundId, long version, CancellationToken cancellationToken = default) =>
        writes.WriteAsync<int>(false, async (db, actor) =>
        {
            var (round, error) = await MeetingWrites.LoadAsync<MeetingRound>(db, actor, roundId, version, cancellationToken);
            if (error is not null)
            {
                return MeetingWrites.Refuse<int>(error);
            }
            if (await db.Meetings.CountAsync(m => m.RoundId == roundId, cancellationToken) is > 0 and var used)
            {
                return MeetingWrites.Refuse<int>(OperationError.Of("Meetings.Rounds.InUse", round!.Number, used));
            }
            db.MeetingRounds.Remove(round!);
            var others = await db.MeetingRounds.Where(r => r.EditionId == round!.EditionId && r.Id != roundId).ToListAsync(cancellationToken);
            await RenumberAsync(db, others, cancellationToken);
            writes.Audit.Add(db, actor, "connections.round.deleted", nameof(MeetingRound), roundId, round!.EditionId, Snapshot(round));
            return MeetingWrites.Done(round.EditionId, roundId);
        }, cancellationToken);

    public Task<OperationResult<int>> SaveTableAsync(int editionId, int? tableId, TableInput input, CancellationToken cancellationToken = default) =>
        writes.WriteAsync<int>(false, async (db, actor) =>
        {
            if (ScheduleRules.Validate(input) is { Count: > 0 } invalid)
            {
                return MeetingWrites.Refuse<int>([.. invalid]);
            }
            MeetingTable table;
            if (tableId is { } id)
            {
                var (loaded, error) = await MeetingWrites.LoadAsync<MeetingTable>(db, actor, id, input.Version, cancellationToken);
                if (error is not null)
                {
                    return MeetingWrites.Refuse<int>(error);
                }
                table = loaded!;
                editionId = table.EditionId;
            }
            else
            {
                if (await Editions.WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } other)
                {
                    return MeetingWrites.Refuse<int>(other);
                }
                table = new MeetingTable { EditionId = editionId };
                db.MeetingTables.Add(table);
            }
            if (await db.MeetingTables.AnyAsync(t => t.EditionId == editionId && t.Number == input.Number && t.Id != table.Id, cancellationToken))
            {
                return MeetingWrites.Refuse<int>(NumberTaken(input.Number));
            }
            var before = table.Id == 0 ? null : Snapshot(table);
            table.Number = input.Number;
            table.IsOnline = input.IsOnline;
            table.MeetingLink = ScheduleRules.Clean(input.MeetingLink) is { Length: > 0 } link ? link : null;
            table.Location = ScheduleRules.Clean(input.Location) is { Length: > 0 } location ? location : null;
            table.IsClosed = input.IsClosed;
            await db.SaveChangesAsync(cancellationToken);
            writes.Audit.Add(db, actor, before is null ? "connections.table.created" : "connections.table.updated", nameof(MeetingTable), table.Id, editionId, before, Snapshot(table));
            return MeetingWrites.Done(editionId, table.Id);
        }, cancellationToken, onConflict: NumberTaken(input.Number));

    /// <summary>Deletes a table no meeting ever used; a used table is closed instead, so its history keeps its number.</summary>
    public Task<OperationResult<int>> DeleteTableAsync(int tableId, long version, CancellationToken cancellationToken = default) =>
        writes.WriteAsync<int>(false, async (db, actor) =>
        {
            var (table, error) = await MeetingWrites.LoadAsync<MeetingTable>(db, actor, tableId, version, cancellationToken);
            if (error is not null)
            {
                return MeetingWrites.Refuse<int>(error);
            }
            if (await db.Meetings.CountAsync(m => m.TableId == tableId, cancellationToken) is > 0 and var used)
            {
                return MeetingWrites.Refuse<int>(OperationError.Of("Meetings.Tables.InUse", table!.Number, used));
            }
            db.MeetingTables.Remove(table!);
            writes.Audit.Add(db, actor, "connections.table.deleted", nameof(MeetingTable), tableId, table!.EditionId, Snapshot(table));
            return MeetingWrites.Done(table.EditionId, tableId);
        }, cancellationToken);

    /// <param name="version">The row's version, or -1 when the organisation had no participation row yet.</param>
    public Task<OperationResult<int>> SaveParticipantAsync(int editionId, int organizationId, bool joinsOnline, IReadOnlySet<int> unavailableRoundIds,
        long version, CancellationToken cancellationToken = default) =>
        writes.WriteAsync<int>(false, async (db, actor) =>
        {
            if (await Editions.WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } other)
            {
                return MeetingWrites.Refuse<int>(other);
            }
            var participant = await db.ConnectionParticipants.Include(p => p.UnavailableRounds)
                .FirstOrDefaultAsync(p => p.EditionId == editionId && p.OrganizationId == organizationId, cancellationToken);
            if ((participant?.Version ?? -1) != version)
            {
                return MeetingWrites.Refuse<int>(CommonErrors.Concurrency);
            }
            var roundIds = await db.MeetingRounds.Where(r => r.EditionId == editionId && unavailableRoundIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
            if (participant is null)
            {
                participant = new ConnectionParticipant { EditionId = editionId, OrganizationId = organizationId };
                db.ConnectionParticipants.Add(participant);
            }
            else
            {
                db.ExpectVersion(participant, version);
            }
            var before = participant.Id == 0 ? null : new { participant.JoinsOnline, Away = participant.UnavailableRounds.Select(u => u.RoundId).Order().ToList() };
            participant.JoinsOnline = joinsOnline;
            participant.UnavailableRounds.RemoveAll(u => !roundIds.Contains(u.RoundId));
            participant.UnavailableRounds.AddRange(roundIds.Where(id => participant.UnavailableRounds.All(u => u.RoundId != id)).Select(id => new ParticipantUnavailability { RoundId = id }));
            writes.Audit.Add(db, actor, "connections.participant.updated", nameof(ConnectionParticipant), organizationId, editionId, before,
                new { participant.JoinsOnline, Away = roundIds.Order().ToList() });
            return MeetingWrites.Done(editionId, organizationId);
        }, cancellationToken);

    private static OperationError NumberTaken(int number) => OperationError.ForField(ScheduleRules.Fields.Number, "Meetings.Tables.NumberTaken", number);

    /// <summary>Numbers the rounds 1, 2, 3 … by start time; through negative numbers, so the unique index never sees two alike.</summary>
    private static async Task RenumberAsync(EventDbContext db, List<MeetingRound> rounds, CancellationToken cancellationToken)
    {
        var ordered = rounds.OrderBy(r => r.StartsAt).ThenBy(r => r.Id).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Number = -(i + 1);
        }
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Number = i + 1;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<TimeZoneInfo> ZoneAsync(EventDbContext db, int editionId, CancellationToken cancellationToken) =>
        TimeZoneInfo.FindSystemTimeZoneById(await db.Editions.Where(e => e.Id == editionId).Select(e => e.TimeZoneId).FirstOrDefaultAsync(cancellationToken)
            ?? Editions.Edition.DefaultTimeZoneId);

    private static object Snapshot(MeetingRound r) => new { r.Number, r.StartsAt, r.Minutes };

    private static object Snapshot(MeetingTable t) => new { t.Number, t.IsOnline, t.MeetingLink, t.Location, t.IsClosed };
}
