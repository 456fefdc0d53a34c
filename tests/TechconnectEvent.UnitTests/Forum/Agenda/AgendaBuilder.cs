using System.Globalization;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Agenda;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Forum.Agenda;

/// <summary>An edition with two rooms and a topic, and sessions added at local times of 29–30 September 2023.</summary>
internal sealed class AgendaBuilder
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);
    private readonly List<ForumSession> sessions = [];

    public Edition Edition { get; } = new()
    {
        Id = 1, Year = 2023, Name = new LocalizedText("Techconnect 2023", "Techconnect 2023"), Theme = new LocalizedText("", ""),
        Venue = new LocalizedText("Hạ Long", "Ha Long"), Province = new LocalizedText("Quảng Ninh", "Quang Ninh"),
        StartDate = new DateOnly(2023, 9, 29), EndDate = new DateOnly(2023, 9, 30),
    };

    public List<Room> Rooms { get; } =
    [
        new() { Id = 10, EditionId = 1, Name = new LocalizedText("Hội trường", "Hall"), SortOrder = 1 },
        new() { Id = 11, EditionId = 1, Name = new LocalizedText("Phòng 1", "Room 1"), SortOrder = 2 },
    ];

    public List<Topic> Topics { get; } = [.. TopicDefaults.For(1).Select((t, i) => { t.Id = 20 + i; return t; })];

    public AgendaBuilder Add(string title, int day, string start, string end, int? roomId = 10, string? topic = null,
        SessionStatus status = SessionStatus.Published, params Speaker[] speakers)
    {
        sessions.Add(new ForumSession
        {
            Id = 100 + sessions.Count,
            EditionId = 1,
            Title = new LocalizedText(title, title + " (en)"),
            RoomId = roomId,
            TopicId = topic is null ? null : Topics.Single(t => t.Code == topic).Id,
            StartsAt = At(day, start),
            EndsAt = At(day, end),
            Status = status,
            Speakers = [.. speakers],
        });
        return this;
    }

    public AgendaModel Build(string culture = "vi-VN") =>
        AgendaService.Assemble(Edition, new CultureInfo(culture), sessions, Enumerable.Empty<(int, string)>().ToLookup(x => x.Item1, x => x.Item2), Rooms, Topics);

    private static DateTimeOffset At(int day, string time) =>
        new(new DateOnly(2023, 9, day).ToDateTime(TimeOnly.Parse(time, CultureInfo.InvariantCulture)), Offset);
}
