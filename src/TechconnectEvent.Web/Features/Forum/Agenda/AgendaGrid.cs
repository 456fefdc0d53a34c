namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <param name="Column">1-based CSS grid column; column 1 holds the times.</param>
/// <param name="RowStart">CSS grid line where the session starts; line 1 is above the room names.</param>
public sealed record AgendaGridCell(AgendaSession Session, int Column, int RowStart, int RowEnd);

/// <summary>
/// One day of the agenda laid out for a wide screen: a column per room, a row between each two moments at which a
/// session starts or ends, so rows follow the programme rather than a fixed slot and parallel sessions sit side by
/// side. Cells keep the sessions' time order, which is the order a phone reads them in.
/// </summary>
/// <param name="Rooms">The columns after the times; null is the column of sessions not given a room yet.</param>
/// <param name="Times">The moments that begin each row, in the edition's time zone.</param>
public sealed record AgendaGrid(IReadOnlyList<AgendaRoom?> Rooms, IReadOnlyList<DateTimeOffset> Times, IReadOnlyList<AgendaGridCell> Cells)
{
    public const int FirstRoomColumn = 2;
    public const int FirstTimeLine = 2;

    public static AgendaGrid For(IReadOnlyList<AgendaSession> sessions, IReadOnlyList<AgendaRoom> rooms)
    {
        List<AgendaRoom?> columns = [.. rooms.Where(r => sessions.Any(s => s.Room?.Id == r.Id))];
        if (sessions.Any(s => s.Room is null))
        {
            columns.Add(null);
        }
        var moments = sessions.SelectMany(s => new[] { s.StartsAt, s.EndsAt }).Distinct().Order().ToList();
        var line = moments.Select((moment, index) => (moment, index)).ToDictionary(x => x.moment, x => x.index + FirstTimeLine);
        var cells = sessions
            .Select(s => new AgendaGridCell(
                s,
                columns.FindIndex(r => r?.Id == s.Room?.Id) + FirstRoomColumn,
                line[s.StartsAt],
                Math.Max(line[s.EndsAt], line[s.StartsAt] + 1)))
            .ToList();
        return new AgendaGrid(columns, moments.Count > 0 ? moments[..^1] : [], cells);
    }
}
