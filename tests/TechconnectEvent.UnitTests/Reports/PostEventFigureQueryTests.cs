using Microsoft.Extensions.Time.Testing;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Reports;
using TechconnectEvent.Web.Features.Reports.PostEvent;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Reports;

public sealed class PostEventFigureQueryTests
{
    [Fact]
    public async Task Attendance_OnAHandBuiltEdition_CountsPeopleDaysHoursAndThePeakHalfHour()
    {
        using var database = TestDatabase.Create();
        database.AddEdition(2022, isCurrent: false);
        var edition = database.AddEdition();
        await using (var db = database.CreateDbContext())
        {
            var category = new RegistrationCategory { EditionId = edition.Id, Code = "visitor", Name = new LocalizedText("Khách tham quan", "Visitors") };
            db.RegistrationCategories.Add(category);
            var gate = new ScanPoint { EditionId = edition.Id, Code = "G1", Name = "Cổng 1" };
            db.ScanPoints.Add(gate);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            Registration Person(int n, RegistrationStatus status, int days) => new()
            {
                EditionId = edition.Id, CategoryId = category.Id, FullName = $"Người {n}", Status = status, DaysMask = days,
                BadgeCode = $"B{n}", ManagementTokenHash = $"H{n}",
            };
            var people = new[] { Person(1, RegistrationStatus.Confirmed, 1), Person(2, RegistrationStatus.Confirmed, 0), Person(3, RegistrationStatus.Cancelled, 3) };
            db.Registrations.AddRange(people);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            CheckIn Admit(Registration who, int day, int hourUtc, int minute) => new()
            {
                EditionId = edition.Id, RegistrationId = who.Id, ScanPointId = gate.Id, Scope = CheckIn.FairEntry, DayIndex = day,
                At = new DateTimeOffset(2023, 9, 29 + day, hourUtc, minute, 0, TimeSpan.Zero),
            };
            // 08:35 and 08:50 local on the first day, 10:10 local on the second (UTC+7).
            db.CheckIns.AddRange(Admit(people[0], 0, 1, 35), Admit(people[1], 0, 1, 50), Admit(people[1], 1, 3, 10));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 10, 1, 0, 0, 0, TimeSpan.Zero));
        var query = new PostEventFigureQuery(database.Factory, new ZoneBoothCounts(database.Factory, clock), new SessionAudience(database.Factory), clock);

        var figures = await query.ComputeAsync(edition.Id, TestContext.Current.CancellationToken);

        Assert.NotNull(figures);
        var attendance = figures.Attendance;
        Assert.Equal((2, 2, 3), (attendance.Registered, attendance.CheckedIn, attendance.Admissions));
        Assert.Equal([(2, 2), (1, 1)], attendance.ByDay.Select(d => (d.Registered, d.CheckedIn)));
        Assert.Equal([(29, 8, 2), (30, 10, 1)], attendance.ByHour.Select(h => (h.Date.Day, h.Hour, h.Admissions)));
        Assert.Equal(new PeakSlot(new DateOnly(2023, 9, 29), new TimeOnly(8, 30), 2), attendance.Peak);
        Assert.True(Assert.Single(attendance.ByCategory).IsVisitor);
        Assert.Equal(2022, figures.Previous?.Year);
        Assert.Equal(0, figures.Exhibition.Booths);
        Assert.Equal(0, figures.Forum.SessionsHeld);
        Assert.Equal(0, figures.Connections.Meetings);
    }

    [Fact]
    public async Task MissingEdition_GivesNull()
    {
        using var database = TestDatabase.Create();
        var clock = new FakeTimeProvider();
        var query = new PostEventFigureQuery(database.Factory, new ZoneBoothCounts(database.Factory, clock), new SessionAudience(database.Factory), clock);

        Assert.Null(await query.ComputeAsync(42, TestContext.Current.CancellationToken));
    }
}
