using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Scanning;
using TechconnectEvent.Web.Features.Registrations;

namespace TechconnectEvent.UnitTests.CheckIns.Scanning;

public sealed class CheckInScannerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheFirstScan_ChecksThePersonIn_AndTheSecond_SaysWhenAndWhereTheyCameIn()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        var person = await bed.AddAsync("Nguyễn Thị Hồng Nhung");

        var first = await bed.ScanAsync(person.BadgeCode, bed.GateA);
        bed.Clock.Advance(TimeSpan.FromMinutes(12));
        var second = await bed.ScanAsync(person.BadgeCode, bed.GateB);

        Assert.Equal(ScanStatus.CheckedIn, first.Status);
        Assert.Equal("Nguyễn Thị Hồng Nhung", first.Name);
        Assert.Equal(RegistrationCategoryDefaults.Visitor, first.CategoryCode);
        Assert.Equal("Công ty Cổ phần Năng lượng Xanh", first.Organization);
        Assert.Equal(ScanStatus.AlreadyCheckedIn, second.Status);
        Assert.Equal(ScanTestBed.FirstMorning, second.FirstCheckInAt);
        Assert.Equal("Cổng A", second.FirstScanPointName);
        var admission = Assert.Single(await bed.CheckInsAsync());
        Assert.Equal((person.Id, bed.GateA, 0, ScanTestBed.FirstMorning), (admission.RegistrationId, admission.ScanPointId, admission.DayIndex, admission.At));
    }

    [Fact]
    public async Task OnTheSecondDay_TheFirstScan_ChecksThePersonInAgain()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        var person = await bed.AddAsync("Trần Văn Minh");
        Assert.Equal(ScanStatus.CheckedIn, (await bed.ScanAsync(person.BadgeCode)).Status);

        bed.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await bed.ScanAsync(person.BadgeCode, bed.GateB);
        var again = await bed.ScanAsync(person.BadgeCode);

        Assert.Equal(ScanStatus.CheckedIn, nextDay.Status);
        Assert.Equal(ScanStatus.AlreadyCheckedIn, again.Status);
        Assert.Equal("Cổng B – Sảnh hội nghị", again.FirstScanPointName);
        Assert.Equal([0, 1], (await bed.CheckInsAsync()).Select(c => c.DayIndex));
    }

    [Fact]
    public async Task TheSameNonce_GetsTheSameAnswer_AndIsLoggedOnce()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        var person = await bed.AddAsync("Lê Hoàng Anh");

        var first = await bed.ScanAsync(person.BadgeCode, nonce: "n-1", deviceId: null);
        bed.Clock.Advance(TimeSpan.FromSeconds(30));
        var retried = await bed.ScanAsync(person.BadgeCode, nonce: "n-1");
        var fresh = await bed.ScanAsync(person.BadgeCode, nonce: "n-2");

        Assert.Equal(ScanStatus.CheckedIn, first.Status);
        Assert.Equal(first, retried);
        Assert.Equal(ScanStatus.AlreadyCheckedIn, fresh.Status);
        Assert.Equal(2, (await bed.LogAsync()).Count);
        Assert.Single(await bed.CheckInsAsync());
    }

    [Fact]
    public async Task ARefusalRetriedWithItsNonce_IsRefusedAgainTheSameWay()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        var person = await bed.AddAsync("Phạm Quốc Bảo", RegistrationStatus.Pending);

        var first = await bed.ScanAsync(person.BadgeCode, nonce: "x");
        var retried = await bed.ScanAsync(person.BadgeCode, nonce: "x");

        Assert.Equal((ScanStatus.NotAllowed, ScanReason.PendingApproval), (first.Status, first.Reason));
        Assert.Equal(first, retried);
    }

    [Fact]
    public async Task EveryScan_AdmittedOrNot_IsLoggedWithWhoWhereWhenAndTheVerdict()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        var person = await bed.AddAsync("Đỗ Thu Trang");
        var cancelled = await bed.AddAsync("Vũ Đức Long", RegistrationStatus.Cancelled);

        await bed.ScanAsync(person.BadgeCode, bed.GateA);
        await bed.ScanAsync(person.BadgeCode, bed.GateB, deviceId: null);
        await bed.ScanAsync(cancelled.BadgeCode, bed.GateB);
        await bed.ScanAsync("not a badge");

        var log = await bed.LogAsync();
        Assert.Equal(
            [(ScanStatus.CheckedIn, ScanReason.None), (ScanStatus.AlreadyCheckedIn, ScanReason.None),
             (ScanStatus.NotAllowed, ScanReason.Cancelled), (ScanStatus.Invalid, ScanReason.MalformedCode)],
            log.Select(s => (s.Status, s.Reason)));
        Assert.Equal([bed.GateA, bed.GateB, bed.GateB, bed.GateA], log.Select(s => s.ScanPointId ?? 0));
        Assert.All(log, s => Assert.Equal("staff-1", s.StaffUserId));
        Assert.All(log, s => Assert.Equal(ScanTestBed.FirstMorning, s.At));
        Assert.Equal([person.Id, person.Id, cancelled.Id, 0], log.Select(s => s.RegistrationId ?? 0));
        Assert.Equal("not a badge", log[3].Code);
    }

    [Fact]
    public async Task AReissuedBadge_IsInvalid_WithTheReason_WhileTheNewOneIsAdmitted()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        var person = await bed.AddAsync("Hoàng Thị Lan");
        var oldCode = person.BadgeCode;
        await using (var db = bed.Database.CreateContext())
        {
            var stored = await db.Registrations.SingleAsync(r => r.Id == person.Id, Token);
            db.RetiredBadgeCodes.Add(new RetiredBadgeCode { Code = oldCode, RegistrationId = person.Id, RetiredAt = bed.Clock.GetUtcNow() });
            stored.BadgeCode = BadgeCodes.New();
            await db.SaveChangesAsync(Token);
            person = stored;
        }

        var old = await bed.ScanAsync(oldCode);
        var current = await bed.ScanAsync(person.BadgeCode);

        Assert.Equal((ScanStatus.Invalid, ScanReason.Reissued), (old.Status, old.Reason));
        Assert.Null(old.Name);
        Assert.Equal(ScanStatus.CheckedIn, current.Status);
    }

    [Fact]
    public async Task ACodeTypedWithSpacesOrLowerCase_IsTheSameBadge()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        var person = await bed.AddAsync("Bùi Minh Châu");

        var verdict = await bed.ScanAsync("  " + person.BadgeCode.ToLowerInvariant() + " ");

        Assert.Equal(ScanStatus.CheckedIn, verdict.Status);
    }

    [Fact]
    public async Task ABadgeOfAnotherEdition_IsInvalid_AndNamesNobody()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        var otherEdition = bed.Database.AddEdition(2022, isCurrent: false).Id;
        await using (var db = bed.Database.CreateContext())
        {
            var categories = RegistrationCategoryDefaults.For(otherEdition);
            db.RegistrationCategories.AddRange(categories);
            await db.SaveChangesAsync(Token);
            bed.CategoryIds["old-visitor"] = categories.Single(c => c.Code == RegistrationCategoryDefaults.Visitor).Id;
        }
        var person = await bed.AddAsync("Ngô Bảo Ngọc", category: "old-visitor", editionId: otherEdition);

        var verdict = await bed.ScanAsync(person.BadgeCode);

        Assert.Equal((ScanStatus.Invalid, ScanReason.OtherEdition), (verdict.Status, verdict.Reason));
        Assert.Null(verdict.Name);
        Assert.Empty(await bed.CheckInsAsync());
    }

    [Fact]
    public async Task AQueuedScan_CountsForTheDayItWasMade_NotTheDayItArrived()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        var person = await bed.AddAsync("Đặng Văn Hùng");
        bed.Clock.Advance(TimeSpan.FromDays(1));

        var verdict = await bed.ScanAsync(person.BadgeCode, nonce: "offline-1", scannedAt: ScanTestBed.FirstMorning.AddHours(3));

        Assert.Equal(ScanStatus.CheckedIn, verdict.Status);
        var admission = Assert.Single(await bed.CheckInsAsync());
        Assert.Equal(0, admission.DayIndex);
        var logged = Assert.Single(await bed.LogAsync());
        Assert.Equal(ScanTestBed.FirstMorning.AddHours(3), logged.At);
        Assert.Equal(ScanTestBed.FirstMorning.AddDays(1), logged.ReceivedAt);
    }

    [Fact]
    public async Task AScanAtAScanPointThatDoesNotExist_IsRefused_AndWritesNothing()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        var person = await bed.AddAsync("Lý Thanh Tùng");

        await Assert.ThrowsAsync<UnknownScanPointException>(() => bed.ScanAsync(person.BadgeCode, gate: 9999));

        Assert.Empty(await bed.LogAsync());
        // The writer carries on with the next scan.
        Assert.Equal(ScanStatus.CheckedIn, (await bed.ScanAsync(person.BadgeCode)).Status);
    }

    [Fact]
    public async Task ACommittedBatch_IsAnnouncedPerEdition_WithHowManyCameIn()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        var person = await bed.AddAsync("Trịnh Thu Hà");
        var announced = new List<CheckInChange>();
        var seen = new SemaphoreSlim(0);
        using var subscription = bed.Changes.Subscribe(change =>
        {
            lock (announced)
            {
                announced.Add(change);
            }
            seen.Release();
            return Task.CompletedTask;
        });

        await bed.ScanAsync(person.BadgeCode);
        Assert.True(await seen.WaitAsync(TimeSpan.FromSeconds(10), Token));

        Assert.Equal(new CheckInChange(bed.EditionId, 1), Assert.Single(announced));
    }

    /// <summary>
    /// The race of the morning rush: each badge reaches two gates at the same moment, through two writers (two
    /// instances of the app) on one SQLite file. Exactly one scan of each pair checks the person in.
    /// </summary>
    [Fact]
    public async Task AThousandBadgesScannedAtTwoGatesAtOnce_EachCheckInExactlyOnce()
    {
        await using var bed = await ScanTestBed.CreateAsync();
        const int Pairs = 1000;
        await using (var db = bed.Database.CreateContext())
        {
            for (var i = 0; i < Pairs; i++)
            {
                var registration = Registrations.Admin.RegistrationTestBed.New(bed.EditionId, bed.CategoryIds[RegistrationCategoryDefaults.Visitor],
                    $"Khách {i}", RegistrationStatus.Confirmed, null, null, "VN", RegistrationSource.Generated, bed.Clock.GetUtcNow());
                registration.DaysMask = 3;
                db.Registrations.Add(registration);
            }
            await db.SaveChangesAsync(Token);
        }
        List<string> codes;
        await using (var db = bed.Database.CreateContext())
        {
            codes = await db.Registrations.Select(r => r.BadgeCode).ToListAsync(Token);
        }
        using var secondInstance = bed.NewScanner();
        using var start = new ManualResetEventSlim();

        var scans = codes.SelectMany(code => new[]
        {
            Task.Run(async () => { start.Wait(Token); return await bed.ScanAsync(code, bed.GateA, nonce: "a-" + code); }, Token),
            Task.Run(async () => { start.Wait(Token); return await bed.ScanAsync(code, bed.GateB, nonce: "b-" + code, scanner: secondInstance); }, Token),
        }).ToList();
        start.Set();
        var verdicts = await Task.WhenAll(scans);

        Assert.Equal(Pairs, verdicts.Count(v => v.Status == ScanStatus.CheckedIn));
        Assert.Equal(Pairs, verdicts.Count(v => v.Status == ScanStatus.AlreadyCheckedIn));
        foreach (var pair in verdicts.Chunk(2))
        {
            Assert.Single(pair, v => v.Status == ScanStatus.CheckedIn);
        }
        var admissions = await bed.CheckInsAsync();
        Assert.Equal(Pairs, admissions.Count);
        Assert.Equal(Pairs, admissions.Select(a => a.RegistrationId).Distinct().Count());
        Assert.Equal(2 * Pairs, (await bed.LogAsync()).Count);
    }
}
