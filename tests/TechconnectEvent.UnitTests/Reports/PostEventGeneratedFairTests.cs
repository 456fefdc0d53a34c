using System.Globalization;
using TechconnectEvent.UnitTests.Pdf;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Reports.PostEvent;
using UglyToad.PdfPig;
using static TechconnectEvent.UnitTests.Reports.PostEventTestSupport;

namespace TechconnectEvent.UnitTests.Reports;

/// <summary>
/// On a generated fair, every figure of the post-event report equals a count made another way from the stored rows,
/// and the PDF in each language prints it as that language writes numbers.
/// </summary>
public sealed class PostEventGeneratedFairTests(GeneratedFairFixture fair) : IClassFixture<GeneratedFairFixture>
{
    private PostEventFigures Figures => fair.Figures;

    private async Task<IndependentFairCount> CountAsync(int editionId)
    {
        await using var db = fair.Database.CreateDbContext();
        return await IndependentFairCount.LoadAsync(db, editionId, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Attendance_EqualsTheRowsCountedOneByOne()
    {
        var count = await CountAsync(fair.EditionId);
        var attendance = Figures.Attendance;

        Assert.Equal((count.Registered, count.CheckedIn, count.Admissions), (attendance.Registered, attendance.CheckedIn, attendance.Admissions));
        // The nudged registration was admitted and then cancelled, so the two totals part ways.
        Assert.True(count.Registrations.Exists(r => r.Status != Web.Features.Registrations.RegistrationStatus.Confirmed
            && count.GateAdmissions.Exists(a => a.RegistrationId == r.Id)));
        Assert.Equal(count.Categories.Count, attendance.ByCategory.Count);
        foreach (var category in count.Categories)
        {
            var row = Assert.Single(attendance.ByCategory, c => c.CategoryId == category.Id);
            Assert.Equal(count.Category(category.Id), (row.Registered, row.CheckedIn));
            Assert.Equal(category.Name, row.Name);
        }
        Assert.Equal(count.Edition.EndDate.DayNumber - count.Edition.StartDate.DayNumber + 1, attendance.ByDay.Count);
        foreach (var day in attendance.ByDay)
        {
            Assert.Equal(count.Edition.StartDate.AddDays(day.DayIndex), day.Date);
            Assert.Equal(count.Day(day.DayIndex), (day.Registered, day.CheckedIn));
        }
        Assert.Equal(count.Hours(), attendance.ByHour.Select(h => (h.Date, h.Hour, h.Admissions)).ToList());
        Assert.Equal(count.Admissions, attendance.ByHour.Sum(h => h.Admissions));
        var peak = Assert.IsType<PeakSlot>(attendance.Peak);
        Assert.Equal(count.Peak(), (peak.Date, peak.Start, peak.Admissions));
    }

    [Fact]
    public async Task Exhibition_EqualsTheRowsCountedOneByOne()
    {
        var count = await CountAsync(fair.EditionId);
        var exhibition = Figures.Exhibition;

        Assert.Equal(count.ZoneRows().Select(z => (z.Code, z.Name, z.Booths, z.Allocated)).OrderBy(z => z.Code, StringComparer.Ordinal),
            exhibition.Zones.Select(z => (z.Code, z.Name, z.Booths, z.AllocatedBooths)).OrderBy(z => z.Code, StringComparer.Ordinal));
        // One free booth was blocked after generation: it must have left the offer.
        Assert.Equal(count.Booths.Count - 1, exhibition.Booths);
        Assert.Equal((count.OfferedBooths, count.AllocatedBooths), (exhibition.Booths, exhibition.AllocatedBooths));
        Assert.Equal(count.Exhibitors.Count, exhibition.Exhibitors);
        Assert.Equal(count.ExhibitorsByType().OrderBy(t => t.Key), exhibition.ExhibitorsByType.ToDictionary(t => t.Type, t => t.Count).OrderBy(t => t.Key));
        Assert.Equal(count.ExhibitorsByProvince().OrderBy(p => p.Key.Province, StringComparer.Ordinal).ThenBy(p => p.Key.IsForeign),
            exhibition.ExhibitorsByProvince.ToDictionary(p => (p.Province, p.IsForeign), p => p.Count)
                .OrderBy(p => p.Key.Province, StringComparer.Ordinal).ThenBy(p => p.Key.IsForeign));
        Assert.Equal(count.Technologies.Count, exhibition.Technologies);
        Assert.Equal(count.TechnologiesByField().OrderBy(f => f.Key), exhibition.TechnologiesByField.ToDictionary(f => f.Field, f => f.Count).OrderBy(f => f.Key));
        Assert.True(exhibition.ExhibitorsByType.Count >= 3, "The generated fair has exhibitors of several types.");
    }

    [Fact]
    public async Task Forum_EqualsTheRowsCountedOneByOne()
    {
        var count = await CountAsync(fair.EditionId);
        var forum = Figures.Forum;

        // Ten were generated and one was cancelled afterwards.
        Assert.Equal(9, count.HeldSessions.Count);
        Assert.Equal(count.HeldSessions.Count, forum.SessionsHeld);
        Assert.Equal(count.HeldSessions.Select(s => s.Id).Order(), forum.Sessions.Select(s => s.SessionId).Order());
        foreach (var session in forum.Sessions)
        {
            Assert.Equal((count.Expected(session.SessionId), count.Attended(session.SessionId)), (session.Expected, session.Attended));
            Assert.Equal(count.Chairs.GetValueOrDefault(session.SessionId, []).Order(StringComparer.Ordinal), session.Chairs.Order(StringComparer.Ordinal));
            Assert.Equal(count.HeldSessions.Single(s => s.Id == session.SessionId).Title, session.Title);
        }
        Assert.Equal(count.SessionAttendance, forum.Attendance);
        Assert.True(forum.Attendance > 0, "The generated fair admits people at session doors.");
        foreach (var topic in forum.ByTopic)
        {
            var sessions = count.HeldSessions.Where(s => s.TopicId == topic.TopicId).ToList();
            Assert.Equal((sessions.Count, sessions.Sum(s => count.Attended(s.Id))), (topic.Sessions, topic.Attendance));
        }
        Assert.Equal(count.HeldSessions.Count, forum.ByTopic.Sum(t => t.Sessions));
    }

    [Fact]
    public async Task Connections_EqualTheRowsCountedOneByOne()
    {
        var count = await CountAsync(fair.EditionId);
        var connections = Figures.Connections;

        Assert.Equal(count.Meetings.Count - 1, connections.Meetings);
        Assert.Equal((count.NotCancelledMeetings.Count, count.Held, count.NoShow, count.MeetingOrganizations),
            (connections.Meetings, connections.Held, connections.NoShow, connections.Organizations));
        Assert.Equal(count.Outcomes().OrderBy(o => o.Key), connections.Outcomes.ToDictionary(o => o.Outcome, o => o.Count).OrderBy(o => o.Key));
        // Five signed, then one exchanged (still counts) and one taken back to prepared (no longer does).
        Assert.Equal(4, count.SignedMous.Count);
        Assert.Equal(count.SignedMous.Count, connections.MousSigned);
        Assert.Contains(connections.Mous, m => count.SignedMous.Single(s => s.Id == m.MouId).Status == MouStatus.Exchanged);
        foreach (var mou in count.SignedMous)
        {
            var row = Assert.Single(connections.Mous, m => m.MouId == mou.Id);
            Assert.Equal((mou.Title, mou.StageOrder, mou.Field), (row.Title, row.StageOrder, row.Field));
            Assert.Equal(count.Parties(mou), row.Parties);
        }
    }

    [Fact]
    public async Task Headlines_AndThePreviousEdition_EqualTheirOwnCounts()
    {
        var count = await CountAsync(fair.EditionId);
        var before = await CountAsync(fair.PreviousEditionId);

        Assert.Equal(Headlines(count), Figures.Headlines);
        var previous = Assert.IsType<PreviousEditionFigures>(Figures.Previous);
        Assert.Equal((fair.PreviousEditionId, 2022), (previous.EditionId, previous.Year));
        Assert.Equal(Headlines(before), previous.Headlines);
        Assert.Equal((3, 2), (previous.Headlines.Registered, previous.Headlines.CheckedIn));
    }

    private static HeadlineFigures Headlines(IndependentFairCount count) => new(
        count.Registered, count.CheckedIn, count.OfferedBooths, count.AllocatedBooths, count.Exhibitors.Count, count.Technologies.Count,
        count.HeldSessions.Count, count.SessionAttendance, count.Held, count.SignedMous.Count);

    public static TheoryData<string> Cultures => ["vi-VN", "en-US"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Pdf_PrintsEveryFigureAsTheLanguageWritesIt(string cultureName)
    {
        var count = await CountAsync(fair.EditionId);
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var pdf = cultureName == "vi-VN" ? fair.VietnamesePdf : fair.EnglishPdf;
        var lines = PdfTextExtraction.Read(pdf).SelectMany(p => p.Lines).ToList();
        var text = string.Join(" ", lines);
        string N(int value) => value.ToString("N0", culture);

        foreach (var figure in new[]
                 {
                     count.Registered, count.CheckedIn, count.Admissions, count.OfferedBooths, count.AllocatedBooths, count.Exhibitors.Count,
                     count.Technologies.Count, count.HeldSessions.Count, count.SessionAttendance, count.Held, count.SignedMous.Count,
                 })
        {
            Assert.Contains(N(figure), text);
        }
        // The attendance total has four digits, so the thousands separator itself is checked: "1.234" in Vietnamese, "1,234" in English.
        Assert.True(count.Admissions >= 1000, count.Admissions.ToString(CultureInfo.InvariantCulture));
        Assert.Contains(N(count.Admissions), text);
        foreach (var category in count.Categories.Where(c => count.Category(c.Id) != (0, 0)))
        {
            var (registered, checkedIn) = count.Category(category.Id);
            Assert.Contains(lines, l => l.Contains($"{category.Name.For(culture)}{PdfTextExtraction.CellSeparator}{N(registered)}{PdfTextExtraction.CellSeparator}{N(checkedIn)}", StringComparison.Ordinal));
        }
        foreach (var zone in count.ZoneRows())
        {
            Assert.Contains(lines, l => l.Contains($"{zone.Code} – {zone.Name.For(culture)}{PdfTextExtraction.CellSeparator}{N(zone.Booths)}{PdfTextExtraction.CellSeparator}{N(zone.Allocated)}", StringComparison.Ordinal));
        }
        var peak = count.Peak();
        Assert.Contains($"{peak.Start.ToString("H:mm", culture)}–{peak.Start.AddMinutes(30).ToString("H:mm", culture)}", text);
        foreach (var mou in count.SignedMous)
        {
            // Titles wrap in their column, and wrapped cells interleave, so the first two words stand for the title.
            var opening = string.Join(' ', mou.Title.For(culture).Split(' ').Take(2));
            Assert.Contains(opening, text);
        }
    }

    [Fact]
    public async Task VietnamesePdf_WritesTheNarrativeAndNamesExactly()
    {
        var count = await CountAsync(fair.EditionId);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var text = string.Join(" ", PdfTextExtraction.Read(fair.VietnamesePdf).SelectMany(p => p.Lines));
        string N(int value) => value.ToString("N0", vi);
        var peak = count.Peak();

        Assert.Contains(
            $"{N(count.Registered)} người đã đăng ký; {N(count.CheckedIn)} khách đã check-in trong 2 ngày ({N(count.Admissions)} lượt vào cổng), " +
            $"cao điểm {peak.Start:H:mm}–{peak.Start.AddMinutes(30):H:mm} ngày {peak.Date:dd/MM} với {N(peak.Admissions)} lượt.", text);
        Assert.Contains(
            $"{N(count.Held)}/{N(count.NotCancelledMeetings.Count)} cuộc gặp cung – cầu đã diễn ra ({N(count.NoShow)} cuộc vắng mặt) " +
            $"giữa {N(count.MeetingOrganizations)} tổ chức; {N(count.SignedMous.Count)} biên bản ghi nhớ đã được ký kết.", text);
        Assert.Contains("Trí tuệ nhân tạo", text);
        Assert.Contains("Viện, trường", text);
        Assert.Contains("Khách tham quan", text);
        Assert.Contains("Báo cáo tổng kết sau sự kiện", text);
        Assert.Equal(text.Normalize(System.Text.NormalizationForm.FormC), text);
    }

    [Fact]
    public void Charts_AreVectorPaths_AndNoPageCarriesAnImage()
    {
        var headings = new[] { "ByCategory", "ByHour", "Zones", "ExhibitorTypes", "Fields", "Topics", "Outcomes" }
            .Select(key => InCulture("en-US", _ => Localizer[$"PostEvent.Section.{key}"].Value)).ToList();
        var pages = PdfTextExtraction.Read(fair.EnglishPdf);
        using var document = PdfDocument.Open(fair.EnglishPdf);

        Assert.All(document.GetPages(), page => Assert.Empty(page.GetImages()));
        foreach (var heading in headings)
        {
            // The contents page names every section too; the chart sits on the last page that does.
            var number = pages.Last(p => p.Lines.Any(l => l.Contains(heading, StringComparison.Ordinal))).Number;
            Assert.True(document.GetPage(number).Paths.Count > 5, $"{heading} on page {number} has no vector chart");
        }
    }
}
