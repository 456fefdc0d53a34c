using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Dashboard;
using TechconnectEvent.Web.Features.Registrations;

namespace TechconnectEvent.UnitTests.CheckIns.Dashboard;

public sealed class CheckInCountsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Snapshot_OnASeededDataset_EveryFigureEqualsAnIndependentCount()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var random = new Random(9);
        var categories = bed.CategoryIds.Keys.Order().ToArray();
        var statuses = new[] { RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Pending, RegistrationStatus.Cancelled };
        var people = new List<Registration>();
        var admissions = new List<CheckIn>();
        for (var i = 0; i < 60; i++)
        {
            var person = await bed.RegisterAsync(categories[random.Next(categories.Length)], daysMask: random.Next(1, 4), status: statuses[random.Next(statuses.Length)]);
            people.Add(person);
            if (person.Status != RegistrationStatus.Confirmed)
            {
                continue;
            }
            foreach (var day in new[] { 29, 30 }.Where(d => person.AttendsDay(d - 29) && random.Next(3) > 0))
            {
                var at = CheckInTestBed.Local(day, random.Next(7, 18), random.Next(60));
                admissions.Add(await bed.AdmitAsync(person, at, random.Next(2) == 0 ? bed.MainGateId : bed.GateAId));
            }
        }
        await bed.LogScanAsync(CheckInTestBed.Local(30, 8), ScanStatus.Invalid, ScanReason.UnknownCode);
        await bed.LogScanAsync(CheckInTestBed.Local(30, 9), ScanStatus.Invalid, ScanReason.UnknownCode);
        await bed.LogScanAsync(CheckInTestBed.Local(30, 9), ScanStatus.NotAllowed, ScanReason.PendingApproval);
        await bed.LogScanAsync(CheckInTestBed.Local(29, 9), ScanStatus.NotAllowed, ScanReason.Cancelled);
        await bed.LogScanAsync(CheckInTestBed.Local(30, 10), ScanStatus.AlreadyCheckedIn, ScanReason.None);
        bed.Clock.MoveTo(CheckInTestBed.Local(30, 18));

        var snapshot = (await bed.Counts.SnapshotAsync(bed.EditionId, Ct))!;

        var confirmed = people.Where(p => p.Status == RegistrationStatus.Confirmed).ToList();
        var today = snapshot.Today!;
        Assert.Equal((1, new DateOnly(2023, 9, 30)), (snapshot.TodayIndex!.Value, snapshot.TodayDate!.Value));
        Assert.Equal(confirmed.Count(p => p.AttendsDay(1)), today.Registered);
        Assert.Equal(confirmed.Count, snapshot.Edition.Registered);
        Assert.Equal(admissions.Count(a => a.DayIndex == 1), today.People);
        Assert.Equal(admissions.Select(a => a.RegistrationId).Distinct().Count(), snapshot.Edition.People);
        Assert.Equal(admissions.Count, snapshot.Edition.Admissions);
        foreach (var category in snapshot.Edition.ByCategory)
        {
            var ofCategory = people.Where(p => p.CategoryId == category.CategoryId).Select(p => p.Id).ToHashSet();
            Assert.Equal(admissions.Where(a => ofCategory.Contains(a.RegistrationId)).Select(a => a.RegistrationId).Distinct().Count(), category.CheckedIn);
            Assert.Equal(confirmed.Count(p => p.CategoryId == category.CategoryId), category.Registered);
        }
        foreach (var gate in today.ByGate)
        {
            Assert.Equal(admissions.Count(a => a.ScanPointId == gate.ScanPointId && a.DayIndex == 1), gate.CheckIns);
        }
        var expectedHours = admissions.Select(a => a.At.ToOffset(TimeSpan.FromHours(7)))
            .GroupBy(at => (DateOnly.FromDateTime(at.DateTime), at.Hour)).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(snapshot.Edition.ByHour, h => Assert.Equal(expectedHours.GetValueOrDefault((h.Date, h.Hour)), h.CheckIns));
        Assert.Equal(admissions.Count, snapshot.Edition.ByHour.Sum(h => h.CheckIns));
        Assert.Equal(admissions.Count(a => a.DayIndex == 1), today.ByHour.Sum(h => h.CheckIns));
        Assert.Equal([(ScanReason.UnknownCode, 2), (ScanReason.PendingApproval, 1)], today.Refusals.Select(r => (r.Reason, r.Count)));
        Assert.Equal(4, snapshot.Edition.RefusedTotal);
    }

    [Fact]
    public async Task Snapshot_ACheckInAt2330Local_CountsForThatDayAndThe2300Hour()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var person = await bed.RegisterAsync();
        // 23:30 in Ha Long is 16:30 UTC on the same date: a UTC day would still agree, but a UTC hour would say 16.
        await bed.AdmitAsync(person, CheckInTestBed.Local(29, 23, 30));
        bed.Clock.MoveTo(CheckInTestBed.Local(29, 23, 45));

        var snapshot = (await bed.Counts.SnapshotAsync(bed.EditionId, Ct))!;

        Assert.Equal(0, snapshot.TodayIndex);
        Assert.Equal(1, snapshot.Today!.People);
        Assert.Equal(new HourCount(new DateOnly(2023, 9, 29), 23, 1), Assert.Single(snapshot.Today.ByHour));
        bed.Clock.MoveTo(CheckInTestBed.Local(30, 0, 15));
        var nextDay = (await bed.Counts.SnapshotAsync(bed.EditionId, Ct))!;
        Assert.Equal((1, 0, 1), (nextDay.TodayIndex!.Value, nextDay.Today!.People, nextDay.Edition.People));
    }

    [Fact]
    public async Task Snapshot_APersonOnBothDays_IsOnePersonInTheEditionAndTwoAdmissions()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var person = await bed.RegisterAsync();
        await bed.AdmitAsync(person, CheckInTestBed.Local(29, 8));
        await bed.AdmitAsync(person, CheckInTestBed.Local(30, 8), bed.GateAId);
        bed.Clock.MoveTo(CheckInTestBed.Local(30, 9));

        var snapshot = (await bed.Counts.SnapshotAsync(bed.EditionId, Ct))!;

        Assert.Equal((1, 1), (snapshot.Today!.People, snapshot.Today.Admissions));
        Assert.Equal((1, 2), (snapshot.Edition.People, snapshot.Edition.Admissions));
        Assert.Equal([1, 1], snapshot.Edition.ByGate.Select(g => g.CheckIns));
        Assert.Equal([0, 1], snapshot.Today.ByGate.Select(g => g.CheckIns));
    }

    [Fact]
    public async Task Snapshot_OutsideTheEditionsDays_HasNoTodayButCountsTheEdition()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var person = await bed.RegisterAsync();
        await bed.AdmitAsync(person, CheckInTestBed.Local(29, 10));
        bed.Clock.MoveTo(CheckInTestBed.Local(20, 9));

        var snapshot = (await bed.Counts.SnapshotAsync(bed.EditionId, Ct))!;

        Assert.Null(snapshot.Today);
        Assert.Equal((1, 1), (snapshot.Edition.People, snapshot.Edition.Registered));
    }

    [Fact]
    public async Task Snapshot_IgnoresSessionDoorsOtherEditionsAndRegistrationsNotForToday()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var dayTwoOnly = await bed.RegisterAsync(daysMask: 2);
        var other = bed.Database.AddEdition(2024, isCurrent: false);
        var stranger = await bed.RegisterAsync(editionId: other.Id);
        await bed.AdmitAsync(dayTwoOnly, CheckInTestBed.Local(29, 10), scope: 99);
        await bed.AdmitAsync(stranger, CheckInTestBed.Local(29, 10));
        bed.Clock.MoveTo(CheckInTestBed.Local(29, 11));

        var snapshot = (await bed.Counts.SnapshotAsync(bed.EditionId, Ct))!;

        Assert.Equal((0, 0), (snapshot.Today!.People, snapshot.Today.Registered));
        Assert.Equal((0, 1), (snapshot.Edition.People, snapshot.Edition.Registered));
        Assert.Empty(snapshot.Edition.ByHour);
    }
}
