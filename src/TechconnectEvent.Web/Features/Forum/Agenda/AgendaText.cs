using System.Globalization;

namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>The few ways the agenda writes a session's parts, the same on the page, in calendars and in the PDF.</summary>
public static class AgendaText
{
    /// <summary>"Nguyễn Văn A, Thứ trưởng, Bộ KH&amp;CN — Talk title"; parts left out when missing.</summary>
    public static string Speaker(AgendaSpeaker speaker)
    {
        var who = string.Join(", ", new[] { speaker.Name, speaker.Title, speaker.Organization }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return string.IsNullOrWhiteSpace(speaker.TalkTitle) ? who : $"{who} — {speaker.TalkTitle}";
    }

    /// <summary>"08:30 – 10:00" in the culture's short time.</summary>
    public static string Times(AgendaSession session, CultureInfo culture) =>
        $"{session.StartsAt.ToString("t", culture)} – {session.EndsAt.ToString("t", culture)}";

    /// <summary>The day as the culture writes it in full ("Thứ Sáu, 29 tháng 9, 2023").</summary>
    public static string Day(DateOnly day, CultureInfo culture) => day.ToString("D", culture);

    /// <summary>A topic colour goes into a style attribute: only a plain "#RRGGBB" is written there.</summary>
    public static string SafeColour(string? colour) =>
        colour is { Length: 7 } && colour[0] == '#' && colour.Skip(1).All(char.IsAsciiHexDigit) ? colour : "#455A64";
}
