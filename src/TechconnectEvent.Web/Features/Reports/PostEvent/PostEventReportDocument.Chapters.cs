using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Infrastructure.Pdf.Charts;

namespace TechconnectEvent.Web.Features.Reports.PostEvent;

public sealed partial class PostEventReportDocument
{
    private void Attendance()
    {
        var attendance = figures.Attendance;
        Chapter("PostEvent.Chapter.Attendance", narrative.Attendance(attendance, figures.Edition.DayCount));
        if (attendance.Registered == 0 && attendance.CheckedIn == 0)
        {
            return;
        }
        var registered = text["PostEvent.Column.Registered"].Value;
        var checkedIn = text["PostEvent.Column.CheckedIn"].Value;
        var categories = attendance.ByCategory.Where(c => c.Registered > 0 || c.CheckedIn > 0).ToList();
        Section("PostEvent.Section.ByCategory", group => group
            .Table(
                [
                    new(text["PostEvent.Column.Category"], PdfColumnWidth.Relative(2)),
                    new(registered, PdfColumnWidth.Fixed(70), PdfAlignment.Right),
                    new(checkedIn, PdfColumnWidth.Fixed(70), PdfAlignment.Right),
                    new(text["PostEvent.Column.Rate"], PdfColumnWidth.Fixed(60), PdfAlignment.Right),
                ],
                [
                    .. categories.Select(c => new PdfTableRow(
                        PdfTableCell.WithSwatch(Colour(c.Colour), c.Name.For(culture)), N(c.Registered), N(c.CheckedIn), Rate(c.CheckedIn, c.Registered))),
                    Total(N(attendance.Registered), N(attendance.CheckedIn), Rate(attendance.CheckedIn, attendance.Registered)),
                ])
            .Spacer(6)
            .BarChart(new PdfBarChart(
                categories.Select(c => c.Name.For(culture)).ToList(),
                [
                    new PdfChartSeries(registered, categories.Select(c => (double)c.Registered).ToList(), PdfChartPalette.At(0)),
                    new PdfChartSeries(checkedIn, categories.Select(c => (double)c.CheckedIn).ToList(), PdfChartPalette.At(1)),
                ],
                text["PostEvent.NoData"]) { ShowValues = true }));
        Section("PostEvent.Section.ByDay", group => group.Table(
            [
                new(text["PostEvent.Column.Day"], PdfColumnWidth.Relative(2)),
                new(registered, PdfColumnWidth.Fixed(70), PdfAlignment.Right),
                new(checkedIn, PdfColumnWidth.Fixed(70), PdfAlignment.Right),
                new(text["PostEvent.Column.Rate"], PdfColumnWidth.Fixed(60), PdfAlignment.Right),
            ],
            attendance.ByDay.Select(d => new PdfTableRow(narrative.DayMonth(d.Date), N(d.Registered), N(d.CheckedIn), Rate(d.CheckedIn, d.Registered))).ToList()));
        var hours = attendance.ByHour.Select(h => h.Hour).Distinct().Order().ToList();
        Section("PostEvent.Section.ByHour", group => group.LineChart(new PdfLineChart(
            hours.Select(h => new TimeOnly(h, 0).ToString("H:mm", culture)).ToList(),
            attendance.ByHour.GroupBy(h => h.Date).Select((day, index) => new PdfChartSeries(
                narrative.DayMonth(day.Key),
                hours.Select(h => (double)(day.FirstOrDefault(x => x.Hour == h)?.Admissions ?? 0)).ToList(),
                PdfChartPalette.At(index))).ToList(),
            text["PostEvent.NoData"])));
    }

    private void Exhibition()
    {
        var exhibition = figures.Exhibition;
        Chapter("PostEvent.Chapter.Exhibition", narrative.Exhibition(exhibition));
        if (exhibition.Booths == 0)
        {
            return;
        }
        var booths = text["PostEvent.Column.Booths"].Value;
        var allocated = text["PostEvent.Column.Allocated"].Value;
        Section("PostEvent.Section.Zones", group => group
            .Table(
                [
                    new(text["PostEvent.Column.Zone"], PdfColumnWidth.Relative(2)),
                    new(booths, PdfColumnWidth.Fixed(64), PdfAlignment.Right),
                    new(allocated, PdfColumnWidth.Fixed(70), PdfAlignment.Right),
                    new(text["PostEvent.Column.Occupancy"], PdfColumnWidth.Fixed(60), PdfAlignment.Right),
                ],
                [
                    .. exhibition.Zones.Select(z => new PdfTableRow(
                        PdfTableCell.WithSwatch(Colour(z.Colour), $"{z.Code} – {z.Name.For(culture)}"), N(z.Booths), N(z.AllocatedBooths),
                        narrative.Percent(z.OccupancyRate))),
                    Total(N(exhibition.Booths), N(exhibition.AllocatedBooths), narrative.Percent(exhibition.OccupancyRate)),
                ])
            .Spacer(6)
            .BarChart(new PdfBarChart(
                exhibition.Zones.Select(z => z.Code).ToList(),
                [
                    new PdfChartSeries(booths, exhibition.Zones.Select(z => (double)z.Booths).ToList(), PdfChartPalette.At(0)),
                    new PdfChartSeries(allocated, exhibition.Zones.Select(z => (double)z.AllocatedBooths).ToList(), PdfChartPalette.At(1)),
                ],
                text["PostEvent.NoData"]) { ShowValues = true }));
        Section("PostEvent.Section.ExhibitorTypes", group => group.PieChart(new PdfPieChart(
            exhibition.ExhibitorsByType.Select((t, index) => new PdfPieSlice(text[$"OrganizationType.{t.Type}"], t.Count, PdfChartPalette.At(index))).ToList(),
            text["PostEvent.NoData"])));
        if (exhibition.ExhibitorsByProvince.Count > 0)
        {
            composer.Heading(text["PostEvent.Section.Provinces"], 2).Table(
                [
                    new(text["PostEvent.Column.Province"], PdfColumnWidth.Relative(2)),
                    new(text["PostEvent.Column.Exhibitors"], PdfColumnWidth.Fixed(80), PdfAlignment.Right),
                ],
                exhibition.ExhibitorsByProvince.Select(p => new PdfTableRow(p.Province ?? text["PostEvent.UnknownProvince"], N(p.Count))).ToList());
        }
        Section("PostEvent.Section.Fields", group => group.BarChart(new PdfBarChart(
            exhibition.TechnologiesByField.Select(f => text[$"TechnologyField.{f.Field}"].Value).ToList(),
            [new PdfChartSeries(text["PostEvent.Column.Technologies"], exhibition.TechnologiesByField.Select(f => (double)f.Count).ToList(), PdfChartPalette.At(2))],
            text["PostEvent.NoData"]) { ShowValues = true }));
    }

    private void Forum()
    {
        var forum = figures.Forum;
        Chapter("PostEvent.Chapter.Forum", narrative.Forum(forum));
        if (forum.SessionsHeld == 0)
        {
            return;
        }
        var attendance = text["PostEvent.Column.Attendance"].Value;
        var topics = forum.ByTopic.Select(t => t.Name?.For(culture) ?? text["PostEvent.NoTopic"]).ToList();
        Section("PostEvent.Section.Topics", group => group
            .Table(
                [
                    new(text["PostEvent.Column.Topic"], PdfColumnWidth.Relative(2)),
                    new(text["PostEvent.Column.Sessions"], PdfColumnWidth.Fixed(60), PdfAlignment.Right),
                    new(attendance, PdfColumnWidth.Fixed(80), PdfAlignment.Right),
                ],
                [
                    .. forum.ByTopic.Select((t, index) => new PdfTableRow(PdfTableCell.WithSwatch(Colour(t.Colour), topics[index]), N(t.Sessions), N(t.Attendance))),
                    Total(N(forum.SessionsHeld), N(forum.Attendance)),
                ])
            .Spacer(6)
            .BarChart(new PdfBarChart(topics,
                [new PdfChartSeries(attendance, forum.ByTopic.Select(t => (double)t.Attendance).ToList(), PdfChartPalette.At(0))],
                text["PostEvent.NoData"]) { ShowValues = true }));
        var zone = figures.Edition.TimeZoneId;
        composer.Heading(text["PostEvent.Section.Sessions"], 2).Table(
            [
                new(text["PostEvent.Column.Time"], PdfColumnWidth.Fixed(72)),
                new(text["PostEvent.Column.Session"], PdfColumnWidth.Relative(2.2f)),
                new(text["PostEvent.Column.Room"], PdfColumnWidth.Relative(1)),
                new(text["PostEvent.Column.AttendanceCapacity"], PdfColumnWidth.Fixed(70), PdfAlignment.Right),
                new(text["PostEvent.Column.Chairs"], PdfColumnWidth.Relative(1.3f)),
            ],
            forum.Sessions.Select(s => new PdfTableRow(
                SessionTime(s.StartsAt, s.EndsAt, zone),
                s.Title.For(culture),
                s.Room?.For(culture) ?? "",
                s.Capacity is { } capacity ? $"{N(s.Attended)} / {N(capacity)}" : N(s.Attended),
                string.Join(", ", s.Chairs))).ToList());
    }

    private void Connections()
    {
        var connections = figures.Connections;
        Chapter("PostEvent.Chapter.Connections", narrative.Connections(connections));
        if (connections.Meetings == 0 && connections.MousSigned == 0)
        {
            return;
        }
        if (connections.Held > 0)
        {
            Section("PostEvent.Section.Outcomes", group => group.PieChart(new PdfPieChart(
                connections.Outcomes.Select((o, index) => new PdfPieSlice(text[$"Meetings.Outcome.{o.Outcome}"], o.Count, PdfChartPalette.At(index))).ToList(),
                text["PostEvent.NoData"])));
        }
        if (connections.Mous.Count == 0)
        {
            return;
        }
        var zone = figures.Edition.TimeZoneId;
        composer.Heading(text["PostEvent.Section.Mous"], 2).Table(
            [
                new("#", PdfColumnWidth.Fixed(24), PdfAlignment.Right),
                new(text["PostEvent.Column.Mou"], PdfColumnWidth.Relative(2)),
                new(text["PostEvent.Column.Field"], PdfColumnWidth.Relative(1)),
                new(text["PostEvent.Column.Parties"], PdfColumnWidth.Relative(2)),
                new(text["PostEvent.Column.SignedAt"], PdfColumnWidth.Fixed(50)),
            ],
            connections.Mous.Select((m, index) => new PdfTableRow(
                N(m.StageOrder ?? index + 1),
                m.Title.For(culture),
                text[$"TechnologyField.{m.Field}"].Value,
                string.Join("; ", m.Parties.Select(p => p.For(culture))),
                m.SignedAt is { } signed ? narrative.DayMonth(DateOnly.FromDateTime(EditionClock.ToLocal(signed, zone).DateTime)) : "")).ToList());
    }

    private string SessionTime(DateTimeOffset starts, DateTimeOffset ends, string zone)
    {
        var start = EditionClock.ToLocal(starts, zone);
        var end = EditionClock.ToLocal(ends, zone);
        return $"{narrative.DayMonth(DateOnly.FromDateTime(start.DateTime))} {narrative.Time(TimeOnly.FromDateTime(start.DateTime))}–{narrative.Time(TimeOnly.FromDateTime(end.DateTime))}";
    }

    private string Rate(int part, int whole) => whole == 0 ? "–" : narrative.Percent((double)part / whole);

    private PdfTableRow Total(params string[] figures) =>
        new PdfTableRow([text["PostEvent.Total"].Value, .. figures.Select(f => (PdfTableCell)f)]) { Bold = true, Background = TotalsBackground };
}
