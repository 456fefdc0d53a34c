using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>
/// The public agenda of the current edition (or of an earlier year's): only sessions that were published — drafts
/// never leave this class — in time order, with their rooms, topics, chairs and speakers.
/// </summary>
public sealed class AgendaService(IDbContextFactory<EventDbContext> dbFactory, EditionService editions, AgendaCache cache)
{
    /// <summary>Published, or published and then cancelled (it stays listed, marked): never a draft.</summary>
    internal static readonly Expression<Func<ForumSession, bool>> IsPublic =
        s => s.Status == SessionStatus.Published || (s.Status == SessionStatus.Cancelled && s.PublishedAt != null);

    private static readonly Func<ForumSession, bool> IsPublicSession = IsPublic.Compile();

    /// <param name="year">Another edition's year; null for the current edition.</param>
    /// <returns>Null when there is no such public edition.</returns>
    public async Task<AgendaModel?> GetAsync(int? year = null, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetPublicAsync(year, cancellationToken);
        if (edition is null)
        {
            return null;
        }
        var language = culture ?? CultureInfo.CurrentUICulture;
        return await cache.GetOrBuildAsync(edition.Id, language, () => BuildAsync(edition, language, cancellationToken));
    }

    public async Task<AgendaModel> BuildAsync(Edition edition, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sessions = await db.ForumSessions.AsNoTracking()
            .Where(s => s.EditionId == edition.Id)
            .Where(IsPublic)
            .Include(s => s.Speakers)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var chairs = (await (
                from c in db.SessionChairs
                where ids.Contains(c.SessionId)
                join u in db.Users on c.UserId equals u.Id
                where u.DisplayName != null && u.DisplayName != ""
                select new { c.SessionId, u.DisplayName })
            .ToListAsync(cancellationToken))
            .ToLookup(c => c.SessionId, c => c.DisplayName!);
        var rooms = (await db.Rooms.AsNoTracking().Where(r => r.EditionId == edition.Id).ToListAsync(cancellationToken))
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToList();
        var topics = (await db.Topics.AsNoTracking().Where(t => t.EditionId == edition.Id).ToListAsync(cancellationToken))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToList();
        return Assemble(edition, culture, sessions, chairs, rooms, topics);
    }

    internal static AgendaModel Assemble(
        Edition edition, CultureInfo culture, IReadOnlyList<ForumSession> sessions, ILookup<int, string> chairs,
        IReadOnlyList<Room> rooms, IReadOnlyList<Topic> topics)
    {
        var zone = edition.TimeZone;
        var roomById = rooms.ToDictionary(r => r.Id, r => new AgendaRoom(r.Id, r.Name.For(culture), r.LocationNote));
        var topicById = topics.ToDictionary(t => t.Id, t => new AgendaTopic(t.Id, t.Code, t.Name.For(culture), t.Colour));
        var roomOrder = rooms.Select((r, index) => (r.Id, index)).ToDictionary(x => x.Id, x => x.index);
        var names = StringComparer.Create(culture, ignoreCase: true);

        var entries = sessions
            .Where(IsPublicSession)
            .OrderBy(s => s.StartsAt)
            .ThenBy(s => s.RoomId is { } room && roomOrder.TryGetValue(room, out var order) ? order : int.MaxValue)
            .ThenBy(s => s.Id)
            .Select(s =>
            {
                var speakers = s.Speakers.OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
                    .Select(p => new AgendaSpeaker(p.Name, p.Title, p.Organization, p.TalkTitle, p.Minutes))
                    .ToList();
                var searchKey = TextFolding.Key(
                    [s.Title.Vi, s.Title.En, s.Description.Vi, s.Description.En,
                     .. speakers.SelectMany(p => new[] { p.Name, p.Organization, p.TalkTitle })]);
                return new AgendaSession(
                    s.Id,
                    s.Title.For(culture),
                    s.Description.For(culture),
                    s.Kind,
                    s.TopicId is { } topic ? topicById.GetValueOrDefault(topic) : null,
                    s.RoomId is { } room ? roomById.GetValueOrDefault(room) : null,
                    TimeZoneInfo.ConvertTime(s.StartsAt, zone),
                    TimeZoneInfo.ConvertTime(s.EndsAt, zone),
                    s.Status == SessionStatus.Cancelled,
                    s.Status == SessionStatus.Cancelled ? s.CancellationReason : null,
                    s.ChangedAfterPublishAt is { } changed ? TimeZoneInfo.ConvertTime(changed, zone) : null,
                    s.Sequence,
                    chairs[s.Id].Order(names).ToList(),
                    speakers,
                    searchKey);
            })
            .ToList();

        var usedRooms = entries.Where(s => s.Room is not null).Select(s => s.Room!.Id).ToHashSet();
        var usedTopics = entries.Where(s => s.Topic is not null).Select(s => s.Topic!.Id).ToHashSet();
        return new AgendaModel(
            new AgendaEdition(edition.Id, edition.Year, edition.Name.For(culture), edition.Venue.For(culture),
                edition.StartDate, edition.EndDate, edition.TimeZoneId),
            rooms.Where(r => usedRooms.Contains(r.Id)).Select(r => roomById[r.Id]).ToList(),
            topics.Where(t => usedTopics.Contains(t.Id)).Select(t => topicById[t.Id]).ToList(),
            entries,
            entries.Select(s => s.Day).Distinct().Order().ToList());
    }
}
