using Bunit;
using Bunit.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.ComponentTests.Registrations.Badges;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Gate;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Badges;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.ComponentTests.CheckIns.Gate;

public sealed class GatePageTests : MudComponentTest
{
    private readonly FakeScanner scanner;
    private readonly FakeBackgroundJobs jobs;
    private readonly int editionId;
    private readonly BunitJSModuleInterop module;

    public GatePageTests() : this(new FakeScanner(), new FakeBackgroundJobs())
    {
    }

    private GatePageTests(FakeScanner scanner, FakeBackgroundJobs jobs)
        : base(configureServices: services => services.AddPdf().AddBadges().AddGateDesk()
            .AddSingleton<IBackgroundJobs>(jobs).AddSingleton<ICheckInScanner>(scanner))
    {
        this.scanner = scanner;
        this.jobs = jobs;
        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        db.RegistrationCategories.AddRange(RegistrationCategoryDefaults.For(editionId));
        db.SaveChanges();
        SignInOrganiser();
        Auth.SetPolicies(Policies.Organisers, Policies.StaffAndOrganisers);
        module = JSInterop.SetupModule(GatePage.ModulePath);
        module.Mode = JSRuntimeMode.Loose;
    }

    public static TheoryData<ScanStatus, ScanReason, string, string, string?> Verdicts => new()
    {
        { ScanStatus.CheckedIn, ScanReason.None, "gate-verdict--green", "Đã check-in", null },
        { ScanStatus.AlreadyCheckedIn, ScanReason.None, "gate-verdict--amber", "Đã check-in trước đó", null },
        { ScanStatus.Invalid, ScanReason.MalformedCode, "gate-verdict--red", "Thẻ không hợp lệ", "Đây không phải mã thẻ." },
        { ScanStatus.Invalid, ScanReason.UnknownCode, "gate-verdict--red", "Thẻ không hợp lệ", "Không có thẻ nào mang mã này." },
        { ScanStatus.Invalid, ScanReason.Reissued, "gate-verdict--red", "Thẻ không hợp lệ", "Thẻ đã được cấp lại: đây là thẻ cũ, không còn giá trị." },
        { ScanStatus.Invalid, ScanReason.OtherEdition, "gate-verdict--red", "Thẻ không hợp lệ", "Thẻ của kỳ hội chợ khác." },
        { ScanStatus.NotAllowed, ScanReason.Cancelled, "gate-verdict--red", "Không được vào", "Đăng ký đã bị hủy." },
        { ScanStatus.NotAllowed, ScanReason.Rejected, "gate-verdict--red", "Không được vào", "Đăng ký đã bị từ chối." },
        { ScanStatus.NotAllowed, ScanReason.PendingApproval, "gate-verdict--red", "Không được vào", "Đang chờ Ban tổ chức duyệt." },
        { ScanStatus.NotAllowed, ScanReason.Waitlisted, "gate-verdict--red", "Không được vào", "Đang trong danh sách chờ." },
        { ScanStatus.NotAllowed, ScanReason.NotToday, "gate-verdict--red", "Không được vào", "Không phải hôm nay: đã đăng ký cho ngày khác." },
        { ScanStatus.NotAllowed, ScanReason.OutsideEditionDays, "gate-verdict--red", "Không được vào", "Ngoài các ngày diễn ra hội chợ." },
        { ScanStatus.NotAllowed, ScanReason.ScanPointClosed, "gate-verdict--red", "Không được vào", "Cổng này đã đóng." },
    };

    [Theory]
    [MemberData(nameof(Verdicts))]
    public void AScan_ShowsItsVerdict_ClearsTheField_AndKeepsTheFocus(ScanStatus status, ScanReason reason, string tone, string title, string? line)
    {
        AddGate("main", "Cổng chính");
        scanner.Answer = new ScanVerdict(status, reason);
        var page = RenderPage();
        var focusesBefore = module.Invocations.Count(i => i.Identifier == "focusScanInput");

        Scan(page, "ABCDEFGHJKMNPQRSTVWXYZ2345");

        page.WaitForAssertion(() => Assert.Equal(status.ToString(), page.Find("[data-testid=verdict-status]").TextContent.Trim()));
        var verdict = page.Find("[data-testid=verdict]");
        Assert.Contains(tone, verdict.ClassList);
        Assert.Equal(title, page.Find("[data-testid=verdict-title]").TextContent.Trim());
        Assert.Equal(line, page.FindAll("[data-testid=verdict-reason]").SingleOrDefault()?.TextContent.Trim());
        // The verdict is read out at once by screen readers, from a region that was in the page before it.
        Assert.Equal("assertive", page.Find("[data-testid=verdict-live]").GetAttribute("aria-live"));
        Assert.Equal("", page.Find("[data-testid=scan-input]").GetAttribute("value") ?? "");
        page.WaitForAssertion(() => Assert.True(module.Invocations.Count(i => i.Identifier == "focusScanInput") > focusesBefore));
        Assert.Equal("ABCDEFGHJKMNPQRSTVWXYZ2345", Assert.Single(scanner.Requests).Code);
    }

    [Fact]
    public void CheckedIn_ShowsTheName_TheCategoryWithItsColour_AndTheOrganisation()
    {
        AddGate("main", "Cổng chính");
        scanner.Answer = new ScanVerdict(ScanStatus.CheckedIn, ScanReason.None, 7, "Nguyễn Thị Hồng Nhung", "government",
            new LocalizedText("Đại biểu Chính phủ", "Government"), "#C62828", "Bộ Khoa học và Công nghệ");
        var page = RenderPage();

        Scan(page, "CODE");

        page.WaitForAssertion(() => Assert.Equal("Nguyễn Thị Hồng Nhung", page.Find("[data-testid=verdict-name]").TextContent.Trim()));
        var category = page.Find("[data-testid=verdict-category]");
        Assert.Equal("Đại biểu Chính phủ", category.TextContent.Trim());
        Assert.Contains("#C62828", category.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("Bộ Khoa học và Công nghệ", page.Find("[data-testid=verdict-organization]").TextContent.Trim());
    }

    [Fact]
    public void AlreadyCheckedIn_ShowsTheFirstTimeInTheEditionsZone_AndTheFirstGate()
    {
        AddGate("main", "Cổng chính");
        scanner.Answer = new ScanVerdict(ScanStatus.AlreadyCheckedIn, ScanReason.None, 7, "Trần Văn Bình",
            FirstCheckInAt: new DateTimeOffset(2023, 9, 29, 1, 15, 0, TimeSpan.Zero), FirstScanPointId: 3, FirstScanPointName: "Cổng Bắc");
        var page = RenderPage();

        Scan(page, "CODE");

        // 01:15 UTC is 08:15 in Ha Long, whatever the machine's zone.
        page.WaitForAssertion(() => Assert.Equal("Check-in lần đầu lúc 29/09/2023 08:15 tại Cổng Bắc", page.Find("[data-testid=verdict-first]").TextContent.Trim()));
    }

    [Fact]
    public void TheNextScan_ReplacesTheVerdict_AndAnEmptyEnterScansNothing()
    {
        AddGate("main", "Cổng chính");
        var page = RenderPage();
        Scan(page, "FIRST");
        page.WaitForAssertion(() => Assert.Equal("CheckedIn", page.Find("[data-testid=verdict-status]").TextContent.Trim()));

        scanner.Answer = new ScanVerdict(ScanStatus.Invalid, ScanReason.UnknownCode);
        Scan(page, "SECOND");
        Scan(page, "   ");

        page.WaitForAssertion(() => Assert.Equal("Invalid", page.Find("[data-testid=verdict-status]").TextContent.Trim()));
        Assert.Single(page.FindAll("[data-testid=verdict-status]"));
        Assert.Equal(["FIRST", "SECOND"], scanner.Requests.Select(r => r.Code));
    }

    [Fact]
    public void TheGateInTheUrl_IsTheGateScansGoTo()
    {
        AddGate("main", "Cổng chính", 0);
        var north = AddGate("north", "Cổng Bắc", 1);
        Services.GetRequiredService<NavigationManager>().NavigateTo("checkin?gate=north");
        var page = RenderPage();

        Scan(page, "CODE");

        page.WaitForAssertion(() => Assert.Equal(north, Assert.Single(scanner.Requests).ScanPointId));
        Assert.Contains("Cổng Bắc", page.Find("[data-testid=gate-select]").OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingAGate_SendsScansThere_PutsItInTheUrl_AndRemembersItInTheBrowser()
    {
        AddGate("main", "Cổng chính", 0);
        var north = AddGate("north", "Cổng Bắc", 1);
        var page = RenderPage();
        var select = page.FindComponent<MudSelect<int>>();

        // As a click on the item would.
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(north));
        Scan(page, "CODE");

        page.WaitForAssertion(() => Assert.Equal(north, Assert.Single(scanner.Requests).ScanPointId));
        Assert.EndsWith("?gate=north", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        Assert.Equal("north", module.Invocations.Single(i => i.Identifier == "storeGate").Arguments[0]);
    }

    [Fact]
    public void TheGateRememberedByTheBrowser_IsChosenAgain_AndPutInTheUrl()
    {
        AddGate("main", "Cổng chính", 0);
        var north = AddGate("north", "Cổng Bắc", 1);
        module.Setup<string?>("storedGate").SetResult("north");
        var page = RenderPage();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith("?gate=north", navigation.Uri, StringComparison.Ordinal));
        Scan(page, "CODE");
        page.WaitForAssertion(() => Assert.Equal(north, Assert.Single(scanner.Requests).ScanPointId));
    }

    [Fact]
    public void WithoutGates_OrganisersAreToldWhereToAddOne()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("chưa có cổng nào mở", page.Find("[data-testid=gate-no-gates]").TextContent, StringComparison.Ordinal));
        Assert.Equal("checkin/gates", page.Find("[data-testid=gate-no-gates] a").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=scan-input]"));
    }

    [Fact]
    public void ACameraThatMayNotBeUsed_IsExplained_AndTheScanFieldStillWorks()
    {
        AddGate("main", "Cổng chính");
        module.Setup<string?>("startCamera", _ => true).SetResult("denied");
        var page = RenderPage();

        page.Find("[data-testid=gate-camera] input, input[data-testid=gate-camera]").Change(true);

        page.WaitForAssertion(() => Assert.Contains("không cho dùng camera", page.Find("[data-testid=gate-camera-problem]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=gate-camera-video]"));
        Scan(page, "CODE");
        page.WaitForAssertion(() => Assert.Single(scanner.Requests));
    }

    [Fact]
    public async Task ACodeReadByTheCamera_TakesTheSamePathAsATypedOne()
    {
        AddGate("main", "Cổng chính");
        var page = RenderPage();
        var gatePage = page.FindComponent<GatePage>();

        await gatePage.Instance.OnCameraCode("FROM-CAMERA");

        page.WaitForAssertion(() => Assert.Equal("CheckedIn", page.Find("[data-testid=verdict-status]").TextContent.Trim()));
        Assert.Equal("FROM-CAMERA", Assert.Single(scanner.Requests).Code);
    }

    [Fact]
    public void Search_ListsPeople_AndChecksOneIn_WithoutTheirBadgeCodeInThePage()
    {
        AddGate("main", "Cổng chính");
        var an = AddPerson("Nguyễn Văn An", "Viện Hàn lâm");
        AddPerson("Trần Thị Bình", "Đại học Bách khoa");
        var page = RenderPage();

        page.Find("[data-testid=gate-search] input, input[data-testid=gate-search]").Input("nguyen van");

        page.WaitForAssertion(() => Assert.Equal(["Nguyễn Văn An"], page.FindAll("[data-testid=gate-hit-name]").Select(e => e.TextContent.Trim())));
        Assert.DoesNotContain(an.Code, page.Markup, StringComparison.Ordinal);
        page.Find("[data-testid=gate-hit-checkin]").Click();
        page.WaitForAssertion(() => Assert.Equal(an.Code, Assert.Single(scanner.Requests).Code));
        page.WaitForAssertion(() => Assert.Equal("CheckedIn", page.Find("[data-testid=verdict-status]").TextContent.Trim()));
        Assert.DoesNotContain(an.Code, page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void WalkIn_WithoutAName_IsRefusedBesideTheField_AndSavesNothing()
    {
        AddGate("main", "Cổng chính");
        var page = RenderPage();

        page.Find("[data-testid=gate-walkin] button, button[data-testid=gate-walkin]").Click();
        page.WaitForElement("[data-testid=walkin-save] button, button[data-testid=walkin-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Hãy nhập họ và tên.", page.Markup, StringComparison.Ordinal));
        using var db = Database.CreateDbContext();
        Assert.False(db.Registrations.Any());
    }

    [Fact]
    public void WalkIn_Saved_OffersToPrintTheBadge_AndToCheckIn()
    {
        AddGate("main", "Cổng chính");
        var page = RenderPage();

        page.Find("[data-testid=gate-walkin] button, button[data-testid=gate-walkin]").Click();
        page.WaitForElement("[data-testid=walkin-full-name] input, input[data-testid=walkin-full-name]").Change("Hoàng Thị Lan");
        page.Find("[data-testid=walkin-save] button, button[data-testid=walkin-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Đã đăng ký Hoàng Thị Lan.", page.Find("[data-testid=gate-walkin-saved]").TextContent, StringComparison.Ordinal));
        using (var db = Database.CreateDbContext())
        {
            var saved = db.Registrations.AsNoTracking().Single();
            Assert.Equal((RegistrationSource.WalkIn, RegistrationStatus.Confirmed), (saved.Source, saved.Status));
        }
        page.Find("[data-testid=gate-walkin-print] button, button[data-testid=gate-walkin-print]").Click();
        page.WaitForAssertion(() => Assert.Equal(BadgeBatchJobs.Kind, Assert.Single(jobs.Started).Kind));
        page.Find("[data-testid=gate-walkin-checkin] button, button[data-testid=gate-walkin-checkin]").Click();
        page.WaitForAssertion(() => Assert.Single(scanner.Requests));
    }

    [Theory]
    [InlineData(ScanStatus.CheckedIn, "Đã ghi nhận tham dự")]
    [InlineData(ScanStatus.AlreadyCheckedIn, "Đã ghi nhận cho phiên này trước đó")]
    public void AtASessionDoorChosenByItsCode_TheVerdictSpeaksOfAttendance_AndTheScanGoesToTheDoor(ScanStatus status, string title)
    {
        // 08:00 in Ha Long on the first day: the door of the 09:00 session is one of today's.
        Clock.MoveTo(new DateTimeOffset(2023, 9, 29, 1, 0, 0, TimeSpan.Zero));
        AddGate("main", "Cổng chính");
        var door = AddDoor("S_41", "29/09 09:00 · Phiên chuyên đề Năng lượng xanh", new DateTimeOffset(2023, 9, 29, 2, 0, 0, TimeSpan.Zero));
        scanner.Answer = new ScanVerdict(status, ScanReason.None, 7, "Đỗ Thị Lan");
        Services.GetRequiredService<NavigationManager>().NavigateTo("checkin?gate=s_41");
        var page = RenderPage();

        Scan(page, "CODE");

        page.WaitForAssertion(() => Assert.Equal(title, page.Find("[data-testid=verdict-title]").TextContent.Trim()));
        Assert.Equal(door, scanner.Requests.Single().ScanPointId);
    }

    [Fact]
    public void AtAGate_AfterASessionDoor_TheVerdictSpeaksOfEntryAgain()
    {
        Clock.MoveTo(new DateTimeOffset(2023, 9, 29, 1, 0, 0, TimeSpan.Zero));
        var gate = AddGate("main", "Cổng chính");
        AddDoor("S_42", "29/09 14:00 · Phiên Logistics", new DateTimeOffset(2023, 9, 29, 7, 0, 0, TimeSpan.Zero));
        Services.GetRequiredService<NavigationManager>().NavigateTo("checkin?gate=main");
        var page = RenderPage();

        Scan(page, "CODE");

        page.WaitForAssertion(() => Assert.Equal("Đã check-in", page.Find("[data-testid=verdict-title]").TextContent.Trim()));
        Assert.Equal(gate, scanner.Requests.Single().ScanPointId);
    }

    private int AddDoor(string code, string name, DateTimeOffset startsAt, bool closed = false)
    {
        using var db = Database.CreateDbContext();
        var door = new ScanPoint
        {
            EditionId = editionId, Kind = ScanPointKind.SessionDoor, Code = code, Name = name, StartsAt = startsAt, EndsAt = startsAt.AddHours(1),
            IsClosed = closed,
        };
        db.ScanPoints.Add(door);
        db.SaveChanges();
        return door.Id;
    }

    private IRenderedComponent<ContainerFragment> RenderPage() => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<GatePage>(2);
        builder.CloseComponent();
    });

    private static void Scan(IRenderedComponent<ContainerFragment> page, string code)
    {
        page.Find("[data-testid=scan-input]").Input(code);
        page.Find("form.gate-scan").Submit();
    }

    private int AddGate(string code, string name, int sortOrder = 0)
    {
        using var db = Database.CreateDbContext();
        var gate = new ScanPoint { EditionId = editionId, Code = code, Name = name, SortOrder = sortOrder };
        db.ScanPoints.Add(gate);
        db.SaveChanges();
        return gate.Id;
    }

    private (int Id, string Code) AddPerson(string name, string organization)
    {
        using var db = Database.CreateDbContext();
        var category = db.RegistrationCategories.First(c => c.EditionId == editionId && c.Code == RegistrationCategoryDefaults.Visitor);
        var registration = new Registration
        {
            EditionId = editionId, CategoryId = category.Id, FullName = name, OrganizationName = organization, DaysMask = 3,
            BadgeCode = BadgeCodes.New(), ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()), RegisteredAt = Clock.GetUtcNow(),
        };
        db.Registrations.Add(registration);
        db.SaveChanges();
        return (registration.Id, registration.BadgeCode);
    }
}
