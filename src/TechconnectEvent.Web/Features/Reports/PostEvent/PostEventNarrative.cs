using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports.PostEvent;

/// <summary>
/// The paragraph that opens each chapter, the text a secretariat would otherwise write by hand: figures in words and
/// numbers of the given culture, from resource format strings, with its own sentence for each empty case.
/// </summary>
public sealed class PostEventNarrative(IStringLocalizer<SharedResource> text, CultureInfo culture)
{
    public string Attendance(AttendanceFigures figures, int dayCount)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Registered == 0 && figures.CheckedIn == 0)
        {
            return text["PostEvent.Empty.Attendance"];
        }
        if (figures.Peak is not { } peak)
        {
            return Format("PostEvent.Narrative.AttendanceNoCheckIns", Number(figures.Registered));
        }
        var days = dayCount == 1 ? text["PostEvent.Days.One"].Value : Format("PostEvent.Days.Many", Number(dayCount));
        return Format("PostEvent.Narrative.Attendance", Number(figures.Registered), Number(figures.CheckedIn), days,
            Number(figures.Admissions), Time(peak.Start), Time(peak.End), DayMonth(peak.Date), Number(peak.Admissions));
    }

    public string Exhibition(ExhibitionFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Booths == 0)
        {
            return text["PostEvent.Empty.Exhibition"];
        }
        if (figures.AllocatedBooths == 0)
        {
            return Format("PostEvent.Narrative.ExhibitionNoneAllocated", Number(figures.Booths));
        }
        var places = figures.ExhibitorsByProvince.Count(p => p.Province is not null);
        return Format("PostEvent.Narrative.Exhibition", Number(figures.AllocatedBooths), Number(figures.Booths),
            Percent(figures.OccupancyRate), Number(figures.Exhibitors), Number(places), Number(figures.Technologies));
    }

    public string Forum(ForumFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.SessionsHeld == 0)
        {
            return text["PostEvent.Empty.Forum"];
        }
        if (figures.Attendance == 0)
        {
            return Format("PostEvent.Narrative.ForumNoAttendance", Number(figures.SessionsHeld));
        }
        var top = figures.ByTopic.Where(t => t.Name is not null && t.Attendance > 0)
            .OrderByDescending(t => t.Attendance).FirstOrDefault();
        return top is null
            ? Format("PostEvent.Narrative.ForumNoTopic", Number(figures.SessionsHeld), Number(figures.Attendance))
            : Format("PostEvent.Narrative.Forum", Number(figures.SessionsHeld), Number(figures.Attendance),
                top.Name!.For(culture), Number(top.Attendance));
    }

    public string Connections(ConnectionFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Meetings == 0 && figures.MousSigned == 0)
        {
            return text["PostEvent.Empty.Connections"];
        }
        return Format("PostEvent.Narrative.Connections", Number(figures.Held), Number(figures.Meetings), Number(figures.NoShow),
            Number(figures.Organizations), Number(figures.MousSigned));
    }

    public string Comparison(HeadlineFigures current, PreviousEditionFigures? previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (previous is null)
        {
            return text["PostEvent.Empty.Comparison"];
        }
        var before = previous.Headlines;
        return Format("PostEvent.Narrative.Comparison", previous.Name.For(culture),
            Change(before.CheckedIn, current.CheckedIn), Change(before.Exhibitors, current.Exhibitors),
            Change(before.MousSigned, current.MousSigned));
    }

    /// <summary>"up 12.5%" against a non-zero figure; against zero a share means nothing, so the difference itself.</summary>
    public string Change(int before, int now)
    {
        if (before == now)
        {
            return text["PostEvent.Change.Same"];
        }
        var amount = before == 0 ? Number(Math.Abs(now - before)) : Percent(Math.Abs(now - before) / (double)before);
        return Format(now > before ? "PostEvent.Change.Up" : "PostEvent.Change.Down", amount);
    }

    public string Number(int value) => value.ToString("N0", culture);

    /// <summary>One decimal at most, and no space before the sign, as both languages write it in running text.</summary>
    public string Percent(double share) => (share * 100).ToString("0.#", culture) + "%";

    public string DayMonth(DateOnly date) => date.ToString(text["PostEvent.DayMonthFormat"], culture);

    public string Time(TimeOnly time) => time.ToString("H:mm", culture);

    private string Format(string key, params object[] arguments) => string.Format(culture, text[key], arguments);
}
