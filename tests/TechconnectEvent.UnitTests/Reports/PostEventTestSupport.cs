using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Reports.PostEvent;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.UnitTests.Reports;

internal static class PostEventTestSupport
{
    public static IStringLocalizer<SharedResource> Localizer { get; } = new ServiceCollection().AddLogging().AddProductLocalization()
        .BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <summary>Runs <paramref name="action"/> with both cultures set, as the request localisation middleware does.</summary>
    public static T InCulture<T>(string name, Func<CultureInfo, T> action)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return action(culture);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = format;
        }
    }

    public static HeadlineFigures Headlines(int checkedIn = 6214, int exhibitors = 180, int mous = 20) =>
        new(7000, checkedIn, 250, 228, exhibitors, 1234, 60, 4321, 280, mous);

    /// <summary>A fair as the narrative example describes it, counted by hand.</summary>
    public static PostEventFigures Fair(PreviousEditionFigures? previous = null) => new(
        new ReportEdition(1, 2023, new LocalizedText("Techconnect Quảng Ninh 2023", "Techconnect Quang Ninh 2023"),
            new LocalizedText("Đổi mới sáng tạo", "Innovation"), new LocalizedText("Cung Quy hoạch", "Planning Palace"),
            new LocalizedText("Quảng Ninh", "Quang Ninh"), new DateOnly(2023, 9, 29), new DateOnly(2023, 9, 30), "Asia/Ho_Chi_Minh"),
        new DateTimeOffset(2023, 10, 2, 3, 0, 0, TimeSpan.Zero),
        new AttendanceFigures(7000, 6214, 9000,
            [
                new CategoryAttendance(1, "government", new LocalizedText("Đại biểu cơ quan nhà nước", "Government delegates"), "#1565C0", false, 1000, 900),
                new CategoryAttendance(2, "visitor", new LocalizedText("Khách tham quan", "Visitors"), "#2E7D32", true, 6000, 5314),
            ],
            [new DayAttendance(0, new DateOnly(2023, 9, 29), 6500, 5000), new DayAttendance(1, new DateOnly(2023, 9, 30), 5000, 4000)],
            [new HourlyAdmissions(new DateOnly(2023, 9, 29), 8, 1500), new HourlyAdmissions(new DateOnly(2023, 9, 29), 9, 7500)],
            new PeakSlot(new DateOnly(2023, 9, 29), new TimeOnly(8, 30), 812)),
        new ExhibitionFigures(250, 228,
            [new ZoneOccupancy(1, "A", new LocalizedText("Khu công nghệ trí tuệ nhân tạo", "Artificial intelligence zone"), "#1565C0", 250, 228)],
            180,
            [new TypeCount(OrganizationType.Enterprise, 150), new TypeCount(OrganizationType.University, 30)],
            [new ProvinceCount("Quảng Ninh", false, 120), new ProvinceCount("JP", true, 40), new ProvinceCount(null, false, 20)],
            1234, [new FieldCount(TechnologyField.GreenEnergy, 1234)]),
        new ForumFigures(60, 4321,
            [new TopicAttendance(3, new LocalizedText("Năng lượng xanh", "Green energy"), "#2E7D32", 60, 4321)],
            [new SessionAttendance(9, new LocalizedText("Phiên toàn thể", "Plenary"), new LocalizedText("Năng lượng xanh", "Green energy"),
                new DateTimeOffset(2023, 9, 29, 2, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 9, 29, 4, 0, 0, TimeSpan.Zero),
                new LocalizedText("Hội trường A", "Hall A"), 500, 600, 4321, ["Nguyễn Văn Chủ Trì"])]),
        new ConnectionFigures(300, 280, 20, 150, [new OutcomeCount(MeetingOutcome.FollowUp, 200), new OutcomeCount(MeetingOutcome.Nda, 80)], 20,
            [new SignedMou(5, 1, new LocalizedText("Hợp tác chuyển giao pin mặt trời", "Solar cell transfer"), TechnologyField.GreenEnergy,
                new DateTimeOffset(2023, 9, 29, 3, 0, 0, TimeSpan.Zero), null,
                [new LocalizedText("Công ty Năng lượng Hạ Long", "Ha Long Energy"), new LocalizedText("Viện Vật liệu", "Materials Institute")])]),
        Headlines(),
        previous);

    public static PostEventFigures Empty() => new(
        Fair().Edition, Fair().ComputedAt,
        new AttendanceFigures(0, 0, 0, [], [], [], null),
        new ExhibitionFigures(0, 0, [], 0, [], [], 0, []),
        new ForumFigures(0, 0, [], []),
        new ConnectionFigures(0, 0, 0, 0, [], 0, []),
        new HeadlineFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        null);
}
