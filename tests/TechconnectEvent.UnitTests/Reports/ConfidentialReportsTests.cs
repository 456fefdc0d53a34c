using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.UnitTests.Pdf;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Reports.Further;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Reports;

/// <summary>The check-in log and the delegate list, written by the same writers the endpoints and jobs run, read back with PdfPig.</summary>
public sealed class ConfidentialReportsTests : IDisposable
{
    private const string Mark = "MẬT — chỉ dành cho Ban tổ chức";
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly ServiceProvider services;
    private readonly int editionId;
    private readonly CultureInfo before = CultureInfo.CurrentUICulture;

    public ConfidentialReportsTests()
    {
        services = new ServiceCollection().AddLogging().AddProductLocalization()
            .AddSingleton(database.With()).AddSingleton<TimeProvider>(new TestClock()).AddSingleton(PdfTestSupport.Fonts)
            .AddSingleton<ISessionAudience, SessionAudience>()
            .AddScoped<CheckInLogQuery>().AddScoped<DelegateListQuery>().AddScoped<SessionAttendanceQuery>()
            .BuildServiceProvider();
        editionId = database.AddEdition().Id;
        using var db = database.CreateDbContext();
        db.RegistrationCategories.AddRange(RegistrationCategoryDefaults.For(editionId));
        db.ScanPoints.Add(new ScanPoint { EditionId = editionId, Code = "A", Name = "Cổng A" });
        db.Devices.Add(new Device { EditionId = editionId, Name = "Máy quét số 1", KeyHash = "x", KeyHint = "x" });
        db.SaveChanges();
    }

    [Fact]
    public async Task DelegateList_ListsConfirmedPeopleByCategory_MarkedOnEveryPage_WithTheHeaderRepeated()
    {
        var anh = Add("Đặng Thị Ánh", RegistrationCategoryDefaults.Government, daysMask: 0b11);
        Add("Phạm Chờ Duyệt", RegistrationCategoryDefaults.Visitor, status: RegistrationStatus.Pending);
        for (var n = 1; n <= 70; n++)
        {
            Add($"Khách tham quan số {n:00}", RegistrationCategoryDefaults.Visitor);
        }
        Admit(anh, day: 1, new DateTimeOffset(2023, 9, 30, 1, 15, 0, TimeSpan.Zero));
        var progress = new List<(int Done, int Total)>();

        var pages = await WriteAsync("delegates", progress);

        Assert.True(pages.Count >= 2, "70 visitors take more than one landscape page.");
        Assert.All(pages, page => Assert.Contains(page.Lines, line => line.EndsWith(Mark, StringComparison.Ordinal)));
        var header = "# | Họ và tên | Đơn vị | Chức vụ | Quốc tịch | Ngày đăng ký | Ngày đã check-in";
        Assert.Contains(header, pages[1].Lines);
        var all = string.Join("\n", pages.Select(p => p.Text));
        Assert.Contains("1 | Đặng Thị Ánh | Viện Vật lý Kỹ thuật | Viện trưởng | VN | 29/09, 30/09 | 30/09", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Phạm Chờ Duyệt", all, StringComparison.Ordinal);
        Assert.Contains("Khách tham quan (70)", all, StringComparison.Ordinal);
        Assert.Contains("Tổng cộng: 71 đại biểu đã xác nhận", all, StringComparison.Ordinal);
        Assert.True(all.IndexOf("Khách tham quan số 09", StringComparison.Ordinal) < all.IndexOf("Khách tham quan số 10", StringComparison.Ordinal));
        Assert.Equal(progress[^1].Total, progress[^1].Done);
    }

    [Fact]
    public async Task CheckInLog_ListsEveryAdmissionInTimeOrderByDay_WithTotalsEqualToTheData()
    {
        var start = new DateTimeOffset(2023, 9, 29, 1, 0, 0, TimeSpan.Zero);
        var people = Enumerable.Range(1, 40).Select(n => Add($"Trần Văn Khách {n:00}", RegistrationCategoryDefaults.Enterprise)).ToList();
        for (var i = 0; i < people.Count; i++)
        {
            Admit(people[i], day: 0, start.AddMinutes(i));
            if (i % 2 == 0)
            {
                Admit(people[i], day: 1, start.AddDays(1).AddMinutes(i));
            }
        }

        var pages = await WriteAsync("checkin-log", []);

        Assert.True(pages.Count >= 2);
        Assert.All(pages, page => Assert.Contains(page.Lines, line => line.EndsWith(Mark, StringComparison.Ordinal)));
        Assert.Contains("Giờ | Họ và tên | Đơn vị | Loại đại biểu | Cổng / cửa phiên | Thiết bị / nhân viên", pages[1].Lines);
        var all = string.Join("\n", pages.Select(p => p.Text));
        // 08:00 in Hạ Long is 01:00 UTC: times are the edition's.
        Assert.Contains("08:00:00 | Trần Văn Khách 01 | Viện Vật lý Kỹ thuật | Doanh nghiệp | Cổng A | Máy quét số 1", all, StringComparison.Ordinal);
        Assert.Contains("— 40 lượt", all, StringComparison.Ordinal);
        Assert.Contains("— 20 lượt", all, StringComparison.Ordinal);
        Assert.Contains("Tổng cộng: 60 lượt", all, StringComparison.Ordinal);
        Assert.True(all.IndexOf("Trần Văn Khách 02", StringComparison.Ordinal) < all.IndexOf("Trần Văn Khách 03", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckInLog_WithNobodyAdmitted_SaysWhatHappensNext()
    {
        var pages = await WriteAsync("checkin-log", []);

        Assert.Contains("Chưa có ai check-in.", string.Join("\n", pages.Select(p => p.Text)), StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<ExtractedPage>> WriteAsync(string key, List<(int Done, int Total)> progress)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        using var output = new MemoryStream();
        await using var scope = services.CreateAsyncScope();
        await ReportCatalog.Find(key)!.Write(scope.ServiceProvider, editionId, output, (done, total) => progress.Add((done, total)), TestContext.Current.CancellationToken);
        return PdfTextExtraction.Read(output.ToArray());
    }

    private int Add(string name, string category, RegistrationStatus status = RegistrationStatus.Confirmed, int daysMask = 0b01)
    {
        using var db = database.CreateDbContext();
        var categoryId = db.RegistrationCategories.Single(c => c.EditionId == editionId && c.Code == category).Id;
        var registration = new Registration
        {
            EditionId = editionId, CategoryId = categoryId, FullName = name, OrganizationName = "Viện Vật lý Kỹ thuật",
            Position = "Viện trưởng", Status = status, DaysMask = daysMask, BadgeCode = BadgeCodes.New(),
            ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()), RegisteredAt = TestClock.Instant,
        };
        registration.RefreshSearchKeys();
        db.Registrations.Add(registration);
        db.SaveChanges();
        return registration.Id;
    }

    private void Admit(int registrationId, int day, DateTimeOffset at)
    {
        using var db = database.CreateDbContext();
        db.CheckIns.Add(new CheckIn
        {
            EditionId = editionId, RegistrationId = registrationId, ScanPointId = db.ScanPoints.Single(p => p.EditionId == editionId).Id,
            Scope = CheckIn.FairEntry, DayIndex = day, At = at, DeviceId = db.Devices.Single(d => d.EditionId == editionId).Id,
        });
        db.SaveChanges();
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = before;
        services.Dispose();
        database.Dispose();
    }
}
