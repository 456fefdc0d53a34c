using TechconnectEvent.Web.Features.Reports.PostEvent;
using TechconnectEvent.Web.Infrastructure.Localization;
using static TechconnectEvent.UnitTests.Reports.PostEventTestSupport;

namespace TechconnectEvent.UnitTests.Reports;

public sealed class PostEventNarrativeTests
{
    private static PostEventNarrative Narrative(System.Globalization.CultureInfo culture) => new(Localizer, culture);

    [Theory]
    [InlineData("vi-VN", "7.000 người đã đăng ký; 6.214 khách đã check-in trong 2 ngày (9.000 lượt vào cổng), cao điểm 8:30–9:00 ngày 29/09 với 812 lượt.")]
    [InlineData("en-US", "7,000 people registered; 6,214 visitors checked in over 2 days (9,000 gate admissions), peaking at 8:30–9:00 on Sep 29 with 812 admissions.")]
    public void Attendance_StatesTheFiguresInTheCulture(string culture, string expected) =>
        Assert.Equal(expected, InCulture(culture, c => Narrative(c).Attendance(Fair().Attendance, 2)));

    [Theory]
    [InlineData("vi-VN", "Chưa có đăng ký hay lượt check-in nào; số liệu sẽ hiện ở đây khi hội chợ mở đăng ký.")]
    [InlineData("en-US", "There are no registrations or check-ins yet; they appear here once the fair's registration opens.")]
    public void Attendance_WithNothing_SaysSo(string culture, string expected) =>
        Assert.Equal(expected, InCulture(culture, c => Narrative(c).Attendance(Empty().Attendance, 2)));

    [Theory]
    [InlineData("vi-VN", "12 người đã đăng ký; chưa có khách nào check-in.")]
    [InlineData("en-US", "12 people registered; nobody has checked in yet.")]
    public void Attendance_WithoutCheckIns_HasNoPeak(string culture, string expected) =>
        Assert.Equal(expected, InCulture(culture, c => Narrative(c).Attendance(new AttendanceFigures(12, 0, 0, [], [], [], null), 2)));

    [Theory]
    [InlineData("vi-VN", "228/250 gian hàng đã được phân bổ (lấp đầy 91,2%) cho 180 đơn vị trưng bày đến từ 2 tỉnh, thành phố và quốc gia, giới thiệu 1.234 công nghệ.")]
    [InlineData("en-US", "228 of 250 booths were allocated (91.2% occupancy) to 180 exhibitors from 2 provinces and countries, showing 1,234 technologies.")]
    public void Exhibition_StatesOccupancyAndOrigins(string culture, string expected) =>
        Assert.Equal(expected, InCulture(culture, c => Narrative(c).Exhibition(Fair().Exhibition)));

    [Theory]
    [InlineData("vi-VN", "Chưa có gian hàng nào được bố trí; hãy vẽ sơ đồ mặt bằng và phân bổ gian hàng để có số liệu chương này.")]
    [InlineData("en-US", "No booths are laid out yet; draw the floor plan and allocate booths to see this chapter.")]
    public void Exhibition_WithoutBooths_SaysWhatToDo(string culture, string expected) =>
        Assert.Equal(expected, InCulture(culture, c => Narrative(c).Exhibition(Empty().Exhibition)));

    [Theory]
    [InlineData("vi-VN", "60 phiên hội thảo đã diễn ra với 4.321 lượt tham dự; chủ đề thu hút đông nhất là Năng lượng xanh với 4.321 lượt.")]
    [InlineData("en-US", "60 sessions were held with 4,321 attendances at the session doors; the best-attended topic was Green energy with 4,321.")]
    public void Forum_NamesTheBestAttendedTopic(string culture, string expected) =>
        Assert.Equal(expected, InCulture(culture, c => Narrative(c).Forum(Fair().Forum)));

    [Theory]
    [InlineData("vi-VN", "Chưa có phiên hội thảo nào được công bố; hãy công bố chương trình để có số liệu chương này.")]
    [InlineData("en-US", "No forum session has been published yet; publish the agenda to see this chapter.")]
    public void Forum_WithoutSessions_SaysWhatToDo(string culture, string expected) =>
        Assert.Equal(expected, InCulture(culture, c => Narrative(c).Forum(Empty().Forum)));

    [Theory]
    [InlineData("vi-VN", "280/300 cuộc gặp cung – cầu đã diễn ra (20 cuộc vắng mặt) giữa 150 tổ chức; 20 biên bản ghi nhớ đã được ký kết.")]
    [InlineData("en-US", "280 of 300 supply–demand meetings were held (20 no-shows) between 150 organisations; 20 MoUs were signed.")]
    public void Connections_StatesMeetingsAndMous(string culture, string expected) =>
        Assert.Equal(expected, InCulture(culture, c => Narrative(c).Connections(Fair().Connections)));

    [Theory]
    [InlineData("vi-VN", "So với Techconnect 2022: số khách check-in tăng 24,3%, số đơn vị trưng bày giảm 10%, số biên bản ghi nhớ đã ký tăng 20.")]
    [InlineData("en-US", "Compared with Techconnect 2022: check-ins up 24.3%, exhibitors down 10%, signed MoUs up 20.")]
    public void Comparison_GivesChangesAgainstThePreviousEdition(string culture, string expected)
    {
        var previous = new PreviousEditionFigures(7, 2022, new LocalizedText("Techconnect 2022", "Techconnect 2022"),
            Headlines(checkedIn: 5000, exhibitors: 200, mous: 0));

        Assert.Equal(expected, InCulture(culture, c => Narrative(c).Comparison(Headlines(), previous)));
    }

    [Theory]
    [InlineData("vi-VN", "Chưa có kỳ trước để so sánh.")]
    [InlineData("en-US", "There is no earlier edition to compare with.")]
    public void Comparison_WithoutAPreviousEdition_SaysSo(string culture, string expected) =>
        Assert.Equal(expected, InCulture(culture, c => Narrative(c).Comparison(Headlines(), null)));
}
