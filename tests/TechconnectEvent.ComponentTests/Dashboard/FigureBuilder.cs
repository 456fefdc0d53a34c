using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Reports.PostEvent;

namespace TechconnectEvent.ComponentTests.Dashboard;

/// <summary>Post-event figures as the report's query would return them, small enough to read in an assertion.</summary>
internal static class FigureBuilder
{
    private static readonly DateOnly FirstDay = new(2023, 9, 29);

    public static PostEventFigures Fair(int editionId, DateTimeOffset at, int checkedIn)
    {
        var visitors = new CategoryAttendance(1, "visitor", new("Khách tham quan", "Visitor"), "#558B2F", true, 120, checkedIn);
        var delegates = new CategoryAttendance(2, "delegate", new("Đại biểu", "Delegate"), "#1565C0", false, 40, 12);
        var attendance = new AttendanceFigures(160, checkedIn + 12, checkedIn + 20, [visitors, delegates],
            [new DayAttendance(0, FirstDay, 150, checkedIn + 12)],
            [new HourlyAdmissions(FirstDay, 8, 30), new HourlyAdmissions(FirstDay, 9, checkedIn - 10), new HourlyAdmissions(FirstDay.AddDays(1), 8, 7)],
            new PeakSlot(FirstDay, new TimeOnly(8, 30), 18));
        var zones = new[]
        {
            new ZoneOccupancy(1, "HT", new("Khu doanh nghiệp công nghệ cao", "High-tech enterprises"), "#6A1B9A", 4, 3),
            new ZoneOccupancy(2, "AI", new("Khu trí tuệ nhân tạo", "Artificial intelligence"), "#00838F", 2, 2),
        };
        var exhibition = new ExhibitionFigures(6, 5, zones, 9,
            [new TypeCount(OrganizationType.Enterprise, 7), new TypeCount(OrganizationType.Institute, 2)],
            [new ProvinceCount("Quảng Ninh", false, 6)], 8,
            [new FieldCount(TechnologyField.GreenEnergy, 5), new FieldCount(TechnologyField.NewMaterials, 3)]);
        var forum = new ForumFigures(3, 90, [new TopicAttendance(1, new("Vật liệu mới", "New materials"), "#455A64", 2, 64), new TopicAttendance(null, null, "#9E9E9E", 1, 26)], []);
        var mou = new SignedMou(1, 1, new("Hợp tác chuyển giao công nghệ pin mặt trời", "Solar cell technology transfer"), TechnologyField.GreenEnergy, at, null,
            [new("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Vietnam Academy of Science and Technology"), new("Công ty CP Năng lượng Hạ Long", "Ha Long Energy JSC")]);
        var connections = new ConnectionFigures(12, 10, 2, 14,
            [new OutcomeCount(MeetingOutcome.FollowUp, 6), new OutcomeCount(MeetingOutcome.MouPlanned, 4), new OutcomeCount(MeetingOutcome.Nda, 0)], 1, [mou]);
        var headlines = new HeadlineFigures(160, checkedIn + 12, 6, 5, 9, 8, 3, 90, 10, 1);
        var previous = new PreviousEditionFigures(99, 2022, new("Techconnect 2022", "Techconnect 2022"), headlines with { CheckedIn = 38 });
        return new PostEventFigures(Edition(editionId), at, attendance, exhibition, forum, connections, headlines, previous);
    }

    public static PostEventFigures Empty(int editionId, DateTimeOffset at) => new(Edition(editionId), at,
        new AttendanceFigures(0, 0, 0, [], [], [], null), new ExhibitionFigures(0, 0, [], 0, [], [], 0, []), new ForumFigures(0, 0, [], []),
        new ConnectionFigures(0, 0, 0, 0, [], 0, []), new HeadlineFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), null);

    private static ReportEdition Edition(int id) => new(id, 2023, new("Techconnect 2023", "Techconnect 2023"), new("Đổi mới sáng tạo", "Innovation"),
        new("Hạ Long", "Ha Long"), new("Quảng Ninh", "Quang Ninh"), FirstDay, FirstDay.AddDays(1), "Asia/Ho_Chi_Minh");
}
