namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>
/// The public agenda of one edition in one language, built once and cached until the forum changes: every public
/// session (published, or published and then cancelled) with its texts resolved and its times in the edition's zone.
/// </summary>
/// <param name="Days">The edition's days that have sessions, in order.</param>
public sealed record AgendaModel(
    AgendaEdition Edition,
    IReadOnlyList<AgendaRoom> Rooms,
    IReadOnlyList<AgendaTopic> Topics,
    IReadOnlyList<AgendaSession> Sessions,
    IReadOnlyList<DateOnly> Days)
{
    public AgendaSession? Find(int id) => Sessions.FirstOrDefault(s => s.Id == id);
}

public sealed record AgendaEdition(int Id, int Year, string Name, string Venue, DateOnly StartDate, DateOnly EndDate, string TimeZoneId);

public sealed record AgendaRoom(int Id, string Name, string? LocationNote);

public sealed record AgendaTopic(int Id, string Code, string Name, string Colour);

/// <param name="StartsAt">In the edition's time zone.</param>
/// <param name="UpdatedAt">When it changed after publishing, in the edition's time zone; null when it never did.</param>
/// <param name="SearchKey">Folded title, description (both languages), speakers' names and organisations.</param>
public sealed record AgendaSession(
    int Id,
    string Title,
    string Description,
    SessionKind Kind,
    AgendaTopic? Topic,
    AgendaRoom? Room,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool IsCancelled,
    string? CancellationReason,
    DateTimeOffset? UpdatedAt,
    int Sequence,
    IReadOnlyList<string> Chairs,
    IReadOnlyList<AgendaSpeaker> Speakers,
    string SearchKey)
{
    public DateOnly Day => DateOnly.FromDateTime(StartsAt.DateTime);
}

public sealed record AgendaSpeaker(string Name, string? Title, string? Organization, string? TalkTitle, int Minutes);
