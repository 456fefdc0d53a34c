using System.Globalization;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>What a visitor asked the agenda for, from the query string; every part optional, never an error.</summary>
/// <param name="Day">Null for every day.</param>
public sealed record AgendaFilter(DateOnly? Day, string? TopicCode, SessionKind? Kind, string? Query)
{
    public const int MaxQueryLength = 100;
    public const string DayFormat = "yyyy-MM-dd";
    public const string AllDays = "all";

    public bool HasSearch => TopicCode is not null || Kind is not null || !string.IsNullOrWhiteSpace(Query);

    /// <summary>
    /// Without a day, a visitor who only opened the page sees the first day; one who searched sees every day, so a
    /// match on another day is not hidden. A day outside the agenda reads as that default.
    /// </summary>
    public static AgendaFilter FromQuery(string? day, string? topic, string? kind, string? query, IReadOnlyList<DateOnly> days)
    {
        var text = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        if (text is { Length: > MaxQueryLength })
        {
            text = text[..MaxQueryLength];
        }
        SessionKind? parsedKind = Enum.TryParse<SessionKind>(kind, ignoreCase: true, out var value)
            && Enum.IsDefined(value) && !int.TryParse(kind, out _)
            ? value
            : null;
        var filter = new AgendaFilter(null, string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(), parsedKind, text);
        if (DateOnly.TryParseExact(day, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen) && days.Contains(chosen))
        {
            return filter with { Day = chosen };
        }
        var everyDay = string.Equals(day, AllDays, StringComparison.OrdinalIgnoreCase) || filter.HasSearch;
        return everyDay || days.Count == 0 ? filter : filter with { Day = days[0] };
    }

    public IReadOnlyList<AgendaSession> Apply(AgendaModel agenda)
    {
        var words = TextFolding.Words(Query);
        return agenda.Sessions
            .Where(s => Day is null || s.Day == Day)
            .Where(s => TopicCode is null || string.Equals(s.Topic?.Code, TopicCode, StringComparison.OrdinalIgnoreCase))
            .Where(s => Kind is null || s.Kind == Kind)
            .Where(s => words.All(word => s.SearchKey.Contains(word, StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>The agenda's address with this filter, on <paramref name="day"/> (or every day when null).</summary>
    public string LinkFor(DateOnly? day)
    {
        var parts = new List<string>(4)
        {
            "day=" + (day is null ? AllDays : day.Value.ToString(DayFormat, CultureInfo.InvariantCulture)),
        };
        Add(parts, "topic", TopicCode);
        Add(parts, "kind", Kind?.ToString());
        Add(parts, "q", Query);
        return "agenda?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
