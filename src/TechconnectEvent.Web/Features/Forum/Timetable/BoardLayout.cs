namespace TechconnectEvent.Web.Features.Forum.Timetable;

/// <summary>
/// Where a session sits in its room's column: its first 15-minute row and how many rows it covers, and — when it
/// overlaps others in the same room — which of the side-by-side lanes it takes.
/// </summary>
public sealed record BoardBlock(BoardSession Session, int Row, int Rows, int Lane, int Lanes, bool Clashing);

/// <summary>The rows of one day of the board and the blocks in each room's column.</summary>
public sealed record BoardLayout(int FirstMinute, int SlotCount, IReadOnlyDictionary<int, IReadOnlyList<BoardBlock>> Columns)
{
    public const int DayStartMinute = 8 * 60;
    public const int DayEndMinute = 18 * 60;
    private const int Slot = ForumLimits.SlotMinutes;

    /// <summary>The local time of day a row starts at.</summary>
    public TimeOnly RowTime(int row) => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(FirstMinute + row * Slot));

    public static BoardLayout For(TimetableView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(view.TimeZoneId);
        var spans = view.Placed.Select(s => (Session: s, Start: BoardPlacement.LocalMinute(s.StartsAt, view.Day, zone), End: BoardPlacement.LocalMinute(s.EndsAt, view.Day, zone))).ToList();
        // At least the working day; stretched to whole rows around the earliest and the latest session.
        var first = Math.Min(DayStartMinute, spans.Count == 0 ? DayStartMinute : spans.Min(s => s.Start) / Slot * Slot);
        var last = Math.Max(DayEndMinute, spans.Count == 0 ? DayEndMinute : (spans.Max(s => s.End) + Slot - 1) / Slot * Slot);
        var columns = view.Rooms.ToDictionary(r => r.Id, r => (IReadOnlyList<BoardBlock>)Lay(
            spans.Where(s => s.Session.RoomId == r.Id).OrderBy(s => s.Start).ThenBy(s => s.Session.Id).ToList(), first));
        return new BoardLayout(first, (last - first) / Slot, columns);
    }

    /// <summary>
    /// Sessions of one room, in start order, grouped into runs that overlap one another; each run shares the column
    /// width between as many lanes as it needs. Back-to-back sessions do not overlap.
    /// </summary>
    private static List<BoardBlock> Lay(List<(BoardSession Session, int Start, int End)> sessions, int first)
    {
        var blocks = new List<BoardBlock>();
        var index = 0;
        while (index < sessions.Count)
        {
            var run = new List<(BoardSession Session, int Start, int End, int Lane)>();
            var laneEnds = new List<int>();
            var runEnd = sessions[index].End;
            while (index < sessions.Count && (run.Count == 0 || sessions[index].Start < runEnd))
            {
                var (session, start, end) = sessions[index++];
                var lane = laneEnds.FindIndex(e => e <= start);
                if (lane < 0)
                {
                    lane = laneEnds.Count;
                    laneEnds.Add(end);
                }
                else
                {
                    laneEnds[lane] = end;
                }
                run.Add((session, start, end, lane));
                runEnd = Math.Max(runEnd, end);
            }
            foreach (var (session, start, end, lane) in run)
            {
                var clashing = session.Status != SessionStatus.Cancelled && run.Any(o => !ReferenceEquals(o.Session, session)
                    && o.Session.Status != SessionStatus.Cancelled && o.Start < end && start < o.End);
                var row = (start - first) / Slot;
                var rows = Math.Max(1, (end - first + Slot - 1) / Slot - row);
                blocks.Add(new BoardBlock(session, row, rows, lane, laneEnds.Count, clashing));
            }
        }
        return blocks;
    }
}
