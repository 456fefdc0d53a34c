using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Forum.Scheduling;

/// <summary>The edition's days, as the clash rules need them.</summary>
public sealed record EditionDays(DateOnly StartDate, DateOnly EndDate, string TimeZoneId);

/// <summary>A chair of a session: an account, with the name the clash message shows.</summary>
public sealed record ChairFact(string UserId, string Name);

/// <summary>A speaker of a session: known by account when they have one, else by name and organisation.</summary>
public sealed record SpeakerFact(string Name, string? Organization, string? UserId, int Minutes);

/// <summary>
/// A session as the clash rules see it. <paramref name="Seats"/> is what it may hold (its own capacity, else its
/// room's); <paramref name="ExpectedAudience"/> the people who named it among their sessions of interest.
/// </summary>
public sealed record SessionFact(
    int Id,
    LocalizedText Title,
    int? RoomId,
    int? Seats,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<ChairFact> Chairs,
    IReadOnlyList<SpeakerFact> Speakers,
    int ExpectedAudience = 0);

/// <summary>
/// The rules of a clash-free timetable, on plain facts so the board, the dialogs, the chairs' proposals and the
/// conflicts panel all judge alike. Cancelled sessions are the caller's to leave out.
/// </summary>
public static class ClashRules
{
    /// <summary>The clashes of <paramref name="candidate"/> (as it would be saved) against every other session.</summary>
    public static IReadOnlyList<Clash> Check(EditionDays days, SessionFact candidate, IEnumerable<SessionFact> others)
    {
        var clashes = new List<Clash>();
        var window = Window.Of(days);
        AddOwnClashes(clashes, window, candidate);
        if (candidate.StartsAt < candidate.EndsAt)
        {
            var people = Persons.Of(candidate);
            foreach (var other in others)
            {
                if (other.Id != candidate.Id && Overlap(candidate, other))
                {
                    AddPairClashes(clashes, candidate, people, other, Persons.Of(other));
                }
            }
        }
        return clashes;
    }

    /// <summary>Every clash of the edition, each pair once (named from the earlier session), in time order.</summary>
    public static IReadOnlyList<Clash> CheckAll(EditionDays days, IEnumerable<SessionFact> sessions)
    {
        var clashes = new List<Clash>();
        var window = Window.Of(days);
        var sorted = sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToArray();
        var people = new Persons?[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var session = sorted[i];
            AddOwnClashes(clashes, window, session);
            if (session.StartsAt >= session.EndsAt)
            {
                continue;
            }
            // Sorted by start, only the sessions that begin before this one ends can overlap it.
            for (var j = i + 1; j < sorted.Length && sorted[j].StartsAt < session.EndsAt; j++)
            {
                var other = sorted[j];
                if (other.StartsAt < other.EndsAt)
                {
                    AddPairClashes(clashes, session, people[i] ??= Persons.Of(session), other, people[j] ??= Persons.Of(other));
                }
            }
        }
        return clashes;
    }

    /// <summary>Strict overlap: a session that starts the minute another ends does not clash with it.</summary>
    public static bool Overlap(SessionFact a, SessionFact b) => a.StartsAt < b.EndsAt && b.StartsAt < a.EndsAt;

    private static void AddOwnClashes(List<Clash> clashes, Window window, SessionFact session)
    {
        if (session.EndsAt <= session.StartsAt)
        {
            clashes.Add(new Clash(ClashKind.EndsBeforeStart, ClashSeverity.Blocking, session.Id, session.Title));
        }
        if (session.StartsAt < window.Start || session.EndsAt > window.End)
        {
            clashes.Add(new Clash(ClashKind.OutsideEditionDays, ClashSeverity.Blocking, session.Id, session.Title));
        }
        var length = (int)Math.Floor((session.EndsAt - session.StartsAt).TotalMinutes);
        var minutes = session.Speakers.Sum(s => s.Minutes);
        if (session.EndsAt > session.StartsAt && minutes > length)
        {
            clashes.Add(new Clash(ClashKind.SpeakerMinutesExceedLength, ClashSeverity.Blocking, session.Id, session.Title,
                Planned: minutes, Available: length));
        }
        if (session.Seats is { } seats && session.ExpectedAudience > seats)
        {
            clashes.Add(new Clash(ClashKind.AudienceAboveCapacity, ClashSeverity.Warning, session.Id, session.Title,
                Planned: session.ExpectedAudience, Available: seats));
        }
    }

    private static void AddPairClashes(List<Clash> clashes, SessionFact session, Persons people, SessionFact other, Persons otherPeople)
    {
        if (session.RoomId is { } room && room == other.RoomId)
        {
            clashes.Add(new Clash(ClashKind.RoomDoubleBooked, ClashSeverity.Blocking, session.Id, session.Title, other.Id, other.Title));
        }
        foreach (var person in people.Shared(otherPeople))
        {
            clashes.Add(new Clash(ClashKind.PersonDoubleBooked, ClashSeverity.Blocking, session.Id, session.Title, other.Id, other.Title, person));
        }
    }

    /// <summary>The edition's days as instants: from the first day's local midnight to the local midnight after the last.</summary>
    private readonly record struct Window(DateTimeOffset Start, DateTimeOffset End)
    {
        public static Window Of(EditionDays days)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(days.TimeZoneId);
            return new Window(Midnight(days.StartDate, zone), Midnight(days.EndDate.AddDays(1), zone));
        }

        private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone) =>
            new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
    }

    /// <summary>
    /// The people of a session, each with the keys that identify them: their account, and for speakers also their
    /// folded name and organisation, so the same person typed twice (with or without diacritics) is still found.
    /// </summary>
    private sealed class Persons
    {
        private readonly List<(string Name, string[] Keys)> people = [];
        private readonly HashSet<string> keys = new(StringComparer.Ordinal);

        public static Persons Of(SessionFact session)
        {
            var persons = new Persons();
            foreach (var chair in session.Chairs)
            {
                persons.Add(chair.Name, ["u:" + chair.UserId]);
            }
            foreach (var speaker in session.Speakers)
            {
                var byName = "n:" + TextFolding.Fold(speaker.Name) + "\n" + TextFolding.Fold(speaker.Organization);
                persons.Add(speaker.Name, speaker.UserId is { } id ? ["u:" + id, byName] : [byName]);
            }
            return persons;
        }

        /// <summary>The names of this session's people who are also in the other, each person once.</summary>
        public IEnumerable<string> Shared(Persons other)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, personKeys) in people)
            {
                var isAnotherPerson = !personKeys.Any(seen.Contains);
                seen.UnionWith(personKeys);
                if (isAnotherPerson && personKeys.Any(other.keys.Contains))
                {
                    yield return name;
                }
            }
        }

        private void Add(string name, string[] personKeys)
        {
            people.Add((name, personKeys));
            keys.UnionWith(personKeys);
        }
    }
}
