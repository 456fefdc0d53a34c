using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>A meeting as the scheduler sees it; placed when it has both a round and a table.</summary>
public sealed record SlotMeeting(int Id, int OrganizationAId, int OrganizationBId, string? PersonA, string? PersonB,
    bool IsMutual, DateTimeOffset CreatedAt, int? RoundId = null, int? TableId = null)
{
    public bool IsPlaced => RoundId is not null && TableId is not null;

    /// <summary>The person's account id, else the folded contact name: "Lê Thị Mai" and "LE THI MAI" are one person.</summary>
    public static string? PersonKey(string? userId, string? contactName) =>
        !string.IsNullOrWhiteSpace(userId) ? "user:" + userId
        : TextFolding.Key(contactName) is { Length: > 0 } folded ? "name:" + folded
        : null;
}

public sealed record SlotRound(int Id, int Number, DateTimeOffset StartsAt);

public sealed record SlotTable(int Id, int Number, bool IsOnline, bool IsClosed);

/// <summary>Everything the scheduler needs about an edition: rounds, tables, meetings and who joins online or is away when.</summary>
public sealed record SchedulerInput(
    IReadOnlyList<SlotRound> Rounds,
    IReadOnlyList<SlotTable> Tables,
    IReadOnlyList<SlotMeeting> Meetings,
    IReadOnlySet<int> OnlineOrganizations,
    IReadOnlyDictionary<int, IReadOnlySet<int>> UnavailableRounds);

public sealed record Placement(int MeetingId, int RoundId, int TableId);

public sealed record NotPlaced(int MeetingId, UnplacedReason Reason);

public sealed record SchedulerResult(IReadOnlyList<Placement> Placed, IReadOnlyList<NotPlaced> NotPlaced);

/// <summary>
/// Places the unscheduled meetings into round × table slots around the placements already made. Pure and
/// deterministic: the input's order does not matter, so the same meetings always get the same slots and a re-run
/// after a few changes moves nothing that was placed.
/// </summary>
public static class MeetingScheduler
{
    public static SchedulerResult Run(SchedulerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rounds = input.Rounds.OrderBy(r => r.StartsAt).ThenBy(r => r.Number).ThenBy(r => r.Id).ToList();
        var tables = input.Tables.OrderBy(t => t.Number).ThenBy(t => t.Id).ToList();
        var board = new SlotBoard(input);
        foreach (var placed in input.Meetings.Where(m => m.IsPlaced))
        {
            board.Take(placed, placed.RoundId!.Value, placed.TableId!.Value);
        }

        var placements = new List<Placement>();
        var notPlaced = new List<NotPlaced>();
        var waiting = input.Meetings.Where(m => !m.IsPlaced)
            .OrderByDescending(m => m.IsMutual).ThenBy(m => m.CreatedAt).ThenBy(m => m.Id);
        foreach (var meeting in waiting)
        {
            if (rounds.Count == 0)
            {
                notPlaced.Add(new NotPlaced(meeting.Id, UnplacedReason.NoRounds));
                continue;
            }
            var online = board.NeedsOnline(meeting);
            var suitable = tables.Where(t => !t.IsClosed && t.IsOnline == online).ToList();
            if (suitable.Count == 0)
            {
                notPlaced.Add(new NotPlaced(meeting.Id, online ? UnplacedReason.NoOnlineTable : UnplacedReason.NoOnsiteTable));
                continue;
            }
            var anyFreeRound = false;
            Placement? found = null;
            foreach (var round in rounds)
            {
                if (board.PartyClash(meeting, round.Id) is not null)
                {
                    continue;
                }
                anyFreeRound = true;
                if (suitable.FirstOrDefault(t => board.Occupant(round.Id, t.Id) is null) is { } table)
                {
                    found = new Placement(meeting.Id, round.Id, table.Id);
                    break;
                }
            }
            if (found is null)
            {
                notPlaced.Add(new NotPlaced(meeting.Id, anyFreeRound ? UnplacedReason.NoFreeTable : UnplacedReason.NoCommonFreeRound));
                continue;
            }
            board.Take(meeting, found.RoundId, found.TableId);
            placements.Add(found);
        }
        return new SchedulerResult(placements, notPlaced);
    }

    /// <summary>
    /// Whether <paramref name="meeting"/> may go to this round and table, by the rules the scheduler places by; the
    /// meeting's own current placement does not count against it. Null when it may.
    /// </summary>
    public static SlotClash? Check(SchedulerInput input, SlotMeeting meeting, int roundId, int tableId)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(meeting);
        var board = new SlotBoard(input);
        foreach (var placed in input.Meetings.Where(m => m.IsPlaced && m.Id != meeting.Id))
        {
            board.Take(placed, placed.RoundId!.Value, placed.TableId!.Value);
        }
        var table = input.Tables.FirstOrDefault(t => t.Id == tableId);
        if (table is null || input.Rounds.All(r => r.Id != roundId))
        {
            return new SlotClash(SlotClashKind.NoSuchSlot, null, null);
        }
        if (table.IsClosed)
        {
            return new SlotClash(SlotClashKind.TableClosed, null, null);
        }
        var online = board.NeedsOnline(meeting);
        if (table.IsOnline != online)
        {
            return new SlotClash(online ? SlotClashKind.NeedsOnlineTable : SlotClashKind.NeedsOnsiteTable, null, null);
        }
        if (board.Occupant(roundId, tableId) is { } occupant)
        {
            return new SlotClash(SlotClashKind.TableTaken, occupant, null);
        }
        return board.PartyClash(meeting, roundId);
    }
}

public enum SlotClashKind
{
    NoSuchSlot = 0,
    TableClosed = 1,
    NeedsOnlineTable = 2,
    NeedsOnsiteTable = 3,
    TableTaken = 4,
    OrganizationBusy = 5,
    PersonBusy = 6,
    OrganizationUnavailable = 7,
}

/// <summary>Why a slot is refused: the meeting already there or the organisation concerned, when there is one.</summary>
public sealed record SlotClash(SlotClashKind Kind, int? MeetingId, int? OrganizationId);

/// <summary>Who is where in each round while the scheduler fills it.</summary>
internal sealed class SlotBoard(SchedulerInput input)
{
    private readonly Dictionary<(int Round, int Table), int> tables = [];
    private readonly Dictionary<(int Round, int Organization), int> organizations = [];
    private readonly Dictionary<(int Round, string Person), int> people = [];

    public bool NeedsOnline(SlotMeeting meeting) =>
        input.OnlineOrganizations.Contains(meeting.OrganizationAId) || input.OnlineOrganizations.Contains(meeting.OrganizationBId);

    public int? Occupant(int roundId, int tableId) => tables.TryGetValue((roundId, tableId), out var id) ? id : null;

    public void Take(SlotMeeting meeting, int roundId, int tableId)
    {
        tables[(roundId, tableId)] = meeting.Id;
        organizations[(roundId, meeting.OrganizationAId)] = meeting.Id;
        organizations[(roundId, meeting.OrganizationBId)] = meeting.Id;
        foreach (var person in People(meeting))
        {
            people[(roundId, person)] = meeting.Id;
        }
    }

    /// <summary>The first reason either side cannot meet in this round: away, or already in another meeting.</summary>
    public SlotClash? PartyClash(SlotMeeting meeting, int roundId)
    {
        foreach (var organization in new[] { meeting.OrganizationAId, meeting.OrganizationBId })
        {
            if (input.UnavailableRounds.TryGetValue(organization, out var away) && away.Contains(roundId))
            {
                return new SlotClash(SlotClashKind.OrganizationUnavailable, null, organization);
            }
            if (organizations.TryGetValue((roundId, organization), out var other))
            {
                return new SlotClash(SlotClashKind.OrganizationBusy, other, organization);
            }
        }
        foreach (var person in People(meeting))
        {
            if (people.TryGetValue((roundId, person), out var other))
            {
                return new SlotClash(SlotClashKind.PersonBusy, other, null);
            }
        }
        return null;
    }

    private static IEnumerable<string> People(SlotMeeting meeting) =>
        new[] { meeting.PersonA, meeting.PersonB }.OfType<string>().Distinct(StringComparer.Ordinal);
}
