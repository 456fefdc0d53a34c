using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Registrations.Admin;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Gate;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.UnitTests.CheckIns.Gate;

public sealed class GateDeskTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>09:00 in Ha Long on the fair's first day (29 September 2023).</summary>
    private static readonly DateTimeOffset FirstDayMorning = new(2023, 9, 29, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Load_OffersTheOpenGatesOfTheWorkingEdition_InTheirOrder()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        await bed.AddGateAsync("north", "Cổng Bắc", sortOrder: 2);
        await bed.AddGateAsync("main", "Cổng chính", sortOrder: 0);
        await bed.AddGateAsync("old", "Cổng cũ", sortOrder: 1, closed: true);
        await bed.AddGateAsync("room-a", "Phòng A", sortOrder: 1, kind: ScanPointKind.SessionDoor);
        var other = bed.Database.AddEdition(2022, isCurrent: false);
        await bed.AddGateAsync("main", "Cổng 2022", editionId: other.Id);

        var context = await bed.Desk.LoadAsync(Ct);

        Assert.NotNull(context);
        Assert.Equal(bed.EditionId, context.EditionId);
        Assert.Equal(["main", "north"], context.Gates.Select(g => g.Code));
        Assert.Contains(context.Categories, c => c.Code == RegistrationCategoryDefaults.Visitor);
        Assert.Null(context.Today);
    }

    [Fact]
    public async Task Scan_AsksTheScanner_AsTheStaffMember_WithAFreshNonceEachTime()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        var gate = await bed.AddGateAsync("main", "Cổng chính");
        bed.Scanner.Answer = new ScanVerdict(ScanStatus.AlreadyCheckedIn, ScanReason.None, Name: "Nguyễn Văn An");

        var first = await bed.Desk.ScanAsync(gate.Id, "  CODE-1 \n", Ct);
        await bed.Desk.ScanAsync(gate.Id, "CODE-1", Ct);

        Assert.Equal(ScanStatus.AlreadyCheckedIn, first.Value!.Status);
        Assert.Equal(2, bed.Scanner.Requests.Count);
        var request = bed.Scanner.Requests[0];
        Assert.Equal(("CODE-1", gate.Id, (int?)null, GateDeskTestBed.StaffId), (request.Code, request.ScanPointId, request.DeviceId, request.StaffUserId));
        Assert.Matches("^[0-9a-f]{32}$", request.Nonce);
        Assert.NotEqual(request.Nonce, bed.Scanner.Requests[1].Nonce);
    }

    [Fact]
    public async Task Scan_AtAGateOfAnotherEdition_IsRefused_AndNothingIsScanned()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        var other = bed.Database.AddEdition(2022, isCurrent: false);
        var oldGate = await bed.AddGateAsync("main", "Cổng 2022", editionId: other.Id);

        var result = await bed.Desk.ScanAsync(oldGate.Id, "CODE", Ct);

        Assert.Equal(GateErrors.UnknownGate, Assert.Single(result.Errors).Code);
        Assert.Empty(bed.Scanner.Requests);
    }

    [Theory]
    [InlineData("Nguyễn Văn")]
    [InlineData("nguyen van")]
    [InlineData("0912 345")]
    [InlineData("vien han lam")]
    public async Task Search_FindsByNameWithOrWithoutDiacritics_PhoneOrOrganisation_InTheWorkingEditionOnly(string query)
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        var an = await bed.AddAsync("Nguyễn Văn An", organization: "Viện Hàn lâm KHCN", phone: "0912 345 678");
        await bed.AddAsync("Trần Thị Bình", organization: "Đại học Bách khoa", phone: "0987 000 111");
        var other = bed.Database.AddEdition(2022, isCurrent: false);
        await using (var db = bed.Database.CreateContext())
        {
            var category = new RegistrationCategory { EditionId = other.Id, Code = "visitor", Name = new("Khách", "Visitor") };
            db.RegistrationCategories.Add(category);
            await db.SaveChangesAsync(Ct);
            db.Registrations.Add(RegistrationTestBed.New(other.Id, category.Id, "Nguyễn Văn An", RegistrationStatus.Confirmed, null,
                "Viện Hàn lâm KHCN", "VN", RegistrationSource.Online, bed.Clock.GetUtcNow()));
            await db.SaveChangesAsync(Ct);
        }

        var hits = await bed.Desk.SearchAsync(query, Ct);

        var hit = Assert.Single(hits);
        Assert.Equal((an.Id, "Nguyễn Văn An", "Viện Hàn lâm KHCN"), (hit.RegistrationId, hit.FullName, hit.OrganizationName));
        Assert.Equal(RegistrationStatus.Confirmed, hit.Status);
    }

    [Fact]
    public async Task Search_TellsWhoIsAlreadyInToday()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        bed.Clock.SetUtcNow(FirstDayMorning);
        var gate = await bed.AddGateAsync("main", "Cổng chính");
        var inToday = await bed.AddAsync("Lê Văn Cường");
        var inYesterday = await bed.AddAsync("Lê Thị Dung");
        await bed.AddAsync("Lê Minh Em");
        await bed.AddCheckInAsync(inToday.Id, gate.Id, day: 0);
        await bed.AddCheckInAsync(inYesterday.Id, gate.Id, day: 1);

        var hits = await bed.Desk.SearchAsync("le", Ct);

        Assert.Equal(3, hits.Count);
        Assert.Equal([inToday.Id], hits.Where(h => h.CheckedInToday).Select(h => h.RegistrationId));
    }

    [Fact]
    public async Task Search_Blank_FindsNobody()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        await bed.AddAsync("Nguyễn Văn An");

        Assert.Empty(await bed.Desk.SearchAsync("   ", Ct));
    }

    [Fact]
    public async Task CheckIn_OfAPersonFound_ScansTheirBadgeCode_OnTheServer()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        var gate = await bed.AddGateAsync("main", "Cổng chính");
        var an = await bed.AddAsync("Nguyễn Văn An");

        var result = await bed.Desk.CheckInAsync(gate.Id, an.Id, Ct);

        Assert.True(result.Succeeded);
        Assert.Equal(an.BadgeCode, Assert.Single(bed.Scanner.Requests).Code);
    }

    [Fact]
    public async Task CheckIn_OfAPersonOfAnotherEdition_IsNotFound()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        var gate = await bed.AddGateAsync("main", "Cổng chính");
        var other = bed.Database.AddEdition(2022, isCurrent: false);
        int id;
        await using (var db = bed.Database.CreateContext())
        {
            var category = new RegistrationCategory { EditionId = other.Id, Code = "visitor", Name = new("Khách", "Visitor") };
            db.RegistrationCategories.Add(category);
            await db.SaveChangesAsync(Ct);
            var old = RegistrationTestBed.New(other.Id, category.Id, "Người Năm Cũ", RegistrationStatus.Confirmed, null, null, "VN",
                RegistrationSource.Online, bed.Clock.GetUtcNow());
            db.Registrations.Add(old);
            await db.SaveChangesAsync(Ct);
            id = old.Id;
        }

        var result = await bed.Desk.CheckInAsync(gate.Id, id, Ct);

        Assert.Equal(CommonErrors.Codes.NotFound, Assert.Single(result.Errors).Code);
        Assert.Empty(bed.Scanner.Requests);
    }

    [Fact]
    public async Task WalkIn_IsConfirmedForToday_WithoutConsent_AndAudited()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        bed.Clock.SetUtcNow(FirstDayMorning.AddDays(1));
        var input = WalkIn(bed, "  Phạm Thị Hương ", email: "huong@vinatech.vn");
        input.Details.Phone = "0903 111 222";

        var result = await bed.Desk.RegisterWalkInAsync(input, cancellationToken: Ct);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        Assert.Null(result.Value!.Verdict);
        var saved = await bed.Registrations.ReloadAsync(result.Value.RegistrationId);
        Assert.Equal(("Phạm Thị Hương", RegistrationSource.WalkIn, RegistrationStatus.Confirmed), (saved.FullName, saved.Source, saved.Status));
        Assert.Equal(0b10, saved.DaysMask);
        Assert.Null(saved.ConsentVersion);
        Assert.True(BadgeCodes.IsWellFormed(saved.BadgeCode));
        Assert.Equal(bed.EditionId, saved.EditionId);
        await using var db = bed.Database.CreateContext();
        var audit = await db.AuditLog.SingleAsync(a => a.Action == GateDesk.WalkInAction, Ct);
        Assert.Equal((saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), GateDeskTestBed.StaffId), (audit.EntityId, audit.UserId));
        Assert.Contains("Phạm Thị Hương", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WalkIn_ForEveryDay_AttendsAllDaysOfTheEdition()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        bed.Clock.SetUtcNow(FirstDayMorning);
        var input = WalkIn(bed, "Đỗ Văn Giang");
        input.AllDays = true;

        var result = await bed.Desk.RegisterWalkInAsync(input, cancellationToken: Ct);

        Assert.Equal(0b11, (await bed.Registrations.ReloadAsync(result.Value!.RegistrationId)).DaysMask);
    }

    [Fact]
    public async Task WalkIn_WithAnEmailAlreadyRegistered_IsRefusedBesideTheField_AndWritesNothing()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        await bed.Registrations.AddAsync("Nguyễn Văn An", email: "an@most.gov.vn");

        var result = await bed.Desk.RegisterWalkInAsync(WalkIn(bed, "Người Khác", email: "AN@most.gov.vn "), cancellationToken: Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal((GateErrors.EmailTaken, RegistrationDetailRules.Fields.Email), (error.Code, error.Field));
        await using var db = bed.Database.CreateContext();
        Assert.Equal(1, await db.Registrations.CountAsync(Ct));
        Assert.False(await db.AuditLog.AnyAsync(a => a.Action == GateDesk.WalkInAction, Ct));
    }

    [Fact]
    public async Task WalkIn_WithBadFields_SaysWhatIsWrongWithEach()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        var input = WalkIn(bed, " ", email: "not-an-email");
        input.Details.Phone = "abc";
        input.Details.CategoryId = 999_999;

        var result = await bed.Desk.RegisterWalkInAsync(input, cancellationToken: Ct);

        Assert.Equal(
            [RegistrationDetailRules.Fields.FullName, RegistrationDetailRules.Fields.Email, RegistrationDetailRules.Fields.Phone, RegistrationDetailRules.Fields.Category],
            result.Errors.Select(e => e.Field));
        await using var db = bed.Database.CreateContext();
        Assert.False(await db.Registrations.AnyAsync(Ct));
    }

    [Fact]
    public async Task WalkIn_CheckedInAtOnce_ScansTheNewBadge()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        var gate = await bed.AddGateAsync("main", "Cổng chính");

        var result = await bed.Desk.RegisterWalkInAsync(WalkIn(bed, "Vũ Thị Hoa"), checkInAt: gate.Id, Ct);

        Assert.Equal(ScanStatus.CheckedIn, result.Value!.Verdict!.Status);
        var saved = await bed.Registrations.ReloadAsync(result.Value.RegistrationId);
        Assert.Equal((saved.BadgeCode, gate.Id), (bed.Scanner.Requests.Single().Code, bed.Scanner.Requests.Single().ScanPointId));
    }

    [Theory]
    [InlineData(false, 2, 1, 0b10)]
    [InlineData(true, 2, 1, 0b11)]
    [InlineData(false, 3, null, 0b111)]
    public void DaysOf_IsToday_OrEveryDay(bool allDays, int dayCount, int? today, int expected) =>
        Assert.Equal(expected, GateDesk.DaysOf(allDays, dayCount, today));

    private static WalkInInput WalkIn(GateDeskTestBed bed, string name, string? email = null) => new()
    {
        Details = new RegistrationDetails
        {
            FullName = name, Email = email, Nationality = "VN", CategoryId = bed.Registrations.CategoryIds[RegistrationCategoryDefaults.Visitor],
        },
    };
}
