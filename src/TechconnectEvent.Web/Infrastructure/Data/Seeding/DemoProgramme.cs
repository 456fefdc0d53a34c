using System.Globalization;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

internal sealed record ProgrammeFile
{
    public required IReadOnlyList<ProgrammeRoomData> Rooms { get; init; }
    public required IReadOnlyList<ProgrammeSessionData> Sessions { get; init; }
}

internal sealed record ProgrammeRoomData
{
    public required string Key { get; init; }
    public required TextData Name { get; init; }
    public required int Capacity { get; init; }
    public string? Location { get; init; }
}

internal sealed record ProgrammeSessionData
{
    public required DateOnly Date { get; init; }
    public required string Start { get; init; }
    public required string End { get; init; }
    public required string Kind { get; init; }
    public required string Room { get; init; }
    public string? Topic { get; init; }
    public required string Status { get; init; }
    public required TextData Title { get; init; }
    public TextData? Description { get; init; }
    public IReadOnlyList<ProgrammeSpeakerData> Speakers { get; init; } = [];
}

internal sealed record ProgrammeSpeakerData
{
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Organization { get; init; }
    public string? TalkTitle { get; init; }
    public required int Minutes { get; init; }
}

/// <summary>A session of the programme before its room and topic are tied to ids.</summary>
internal sealed record PlannedSession(ForumSession Session, string RoomKey, string? TopicCode);

/// <summary>
/// The forum programme of a demo edition (<c>programme.json</c>, optional: an earlier edition without one gets no
/// sessions): its rooms, and its sessions at local times of the edition's days, validated before anything is written.
/// </summary>
internal sealed record DemoProgramme(IReadOnlyDictionary<string, Room> Rooms, IReadOnlyList<PlannedSession> Sessions)
{
    public const string FileName = "programme.json";

    public static DemoProgramme? Load(DemoDataFolder folder, DateOnly firstDay, DateOnly lastDay, string timeZoneId, DateTimeOffset createdAt,
        IReadOnlySet<string> topicCodes)
    {
        if (!File.Exists(Path.Combine(folder.Path, FileName)))
        {
            return null;
        }
        var file = DemoDataLoader.Read<ProgrammeFile>(folder, FileName);

        var rooms = new Dictionary<string, Room>(StringComparer.Ordinal);
        foreach (var (item, index) in file.Rooms.Select((r, i) => (r, i)))
        {
            var entry = $"room #{index + 1} ({item.Key})";
            if (rooms.ContainsKey(item.Key))
            {
                throw new DemoDataException(FileName, entry, "the key is used twice.");
            }
            if (item.Capacity <= 0)
            {
                throw new DemoDataException(FileName, entry, "capacity must be at least 1.");
            }
            rooms.Add(item.Key, new Room
            {
                Name = DemoDataValidation.Text(item.Name, FileName, entry, "name"),
                Capacity = item.Capacity,
                LocationNote = DemoDataValidation.Clean(item.Location),
                SortOrder = index + 1,
            });
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var sessions = new List<PlannedSession>();
        foreach (var (item, index) in file.Sessions.Select((s, i) => (s, i)))
        {
            var entry = $"session #{index + 1} ({item.Title.Vi})";
            if (!rooms.ContainsKey(item.Room))
            {
                throw new DemoDataException(FileName, entry, $"room '{item.Room}' is not one of the rooms.");
            }
            if (item.Topic is not null && !topicCodes.Contains(item.Topic))
            {
                throw new DemoDataException(FileName, entry, $"topic '{item.Topic}' is not one of {string.Join(", ", topicCodes)}.");
            }
            if (item.Date < firstDay || item.Date > lastDay)
            {
                throw new DemoDataException(FileName, entry, $"{item.Date:yyyy-MM-dd} is not a day of the edition.");
            }
            var startsAt = Instant(item.Date, item.Start, zone, entry);
            var endsAt = Instant(item.Date, item.End, zone, entry);
            if (endsAt <= startsAt)
            {
                throw new DemoDataException(FileName, entry, "it must end after it starts.");
            }
            var status = DemoDataValidation.ParseName<SessionStatus>(item.Status, FileName, entry, "status");
            var session = new ForumSession
            {
                Title = DemoDataValidation.Text(item.Title, FileName, entry, "title"),
                Kind = DemoDataValidation.ParseName<SessionKind>(item.Kind, FileName, entry, "kind"),
                StartsAt = startsAt,
                EndsAt = endsAt,
                Description = item.Description is null ? new LocalizedText("", "") : DemoDataValidation.Text(item.Description, FileName, entry, "description"),
                Status = status,
                CreatedAt = createdAt,
                UpdatedAt = createdAt,
                PublishedAt = status == SessionStatus.Published ? createdAt : null,
                Speakers = [.. item.Speakers.Select((p, order) => new Speaker
                {
                    Name = DemoDataValidation.Clean(p.Name) ?? throw new DemoDataException(FileName, entry, $"speaker #{order + 1} has no name."),
                    Title = DemoDataValidation.Clean(p.Title),
                    Organization = DemoDataValidation.Clean(p.Organization),
                    TalkTitle = DemoDataValidation.Clean(p.TalkTitle),
                    Minutes = p.Minutes,
                    SortOrder = order + 1,
                })],
            };
            if (session.Speakers.Sum(p => p.Minutes) > session.Length.TotalMinutes)
            {
                throw new DemoDataException(FileName, entry, "the speakers' minutes exceed the session's length.");
            }
            sessions.Add(new PlannedSession(session, item.Room, item.Topic));
        }
        return new DemoProgramme(rooms, sessions);
    }

    private static DateTimeOffset Instant(DateOnly date, string time, TimeZoneInfo zone, string entry)
    {
        if (!TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new DemoDataException(FileName, entry, $"time '{time}' is not HH:mm.");
        }
        var wall = date.ToDateTime(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, zone.GetUtcOffset(wall)).ToUniversalTime();
    }
}
