using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Forum.Attendance.Pages;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.ComponentTests.Forum.Attendance;

public sealed class AttendancePageTests : MudComponentTest
{
    private readonly int editionId;
    private readonly int roomId;
    private readonly int categoryId;

    public AttendancePageTests()
        : base(configureServices: services => services.AddSingleton<ISessionAudience, SessionAudience>().AddScoped<AttendanceBoard>())
    {
        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        var categories = RegistrationCategoryDefaults.For(editionId);
        db.RegistrationCategories.AddRange(categories);
        var room = new Room { EditionId = editionId, Name = new LocalizedText("Hội trường A", "Hall A"), Capacity = 120 };
        db.Rooms.Add(room);
        db.Users.AddRange(
            new ApplicationUser { Id = "chair-a", UserName = "a@test.local", Email = "a@test.local" },
            new ApplicationUser { Id = "chair-b", UserName = "b@test.local", Email = "b@test.local" });
        db.SaveChanges();
        roomId = room.Id;
        categoryId = categories.First().Id;
    }

    [Fact]
    public void AChair_SeesOnlyTheSessionsTheyChair_WithAttendedAgainstSeats_AndTheExpectedAudience()
    {
        var mine = AddSession("Phiên chuyên đề Năng lượng xanh", "chair-a", hour: 9, capacity: 40);
        AddSession("Phiên chuyên đề Logistics", "chair-b", hour: 10);
        var door = AddDoor(mine);
        var people = Enumerable.Range(1, 3).Select(i => AddPerson($"Người tham dự {i}")).ToList();
        people.ForEach(p => AddInterest(p, mine));
        Admit(people[0], door);
        Admit(people[1], door);
        SignInChair("chair-a");

        var page = Render<AttendancePage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=attendance-row]")));
        Assert.Equal("Phiên chuyên đề Năng lượng xanh", page.Find("[data-testid=attendance-title]").TextContent.Trim());
        Assert.Equal("2 / 40", page.Find("[data-testid=attendance-attended]").TextContent.Trim());
        Assert.Equal("3", page.Find("[data-testid=attendance-expected]").TextContent.Trim());
        Assert.DoesNotContain("Logistics", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOrganiser_SeesEverySession_WithTheRoomsSeatsWhenTheSessionHasNone_AndNewScansShowUpByThemselves()
    {
        var first = AddSession("Diễn đàn Công nghệ và Năng lượng", "chair-a", hour: 9);
        AddSession("Phiên chuyên đề Vật liệu mới", "chair-b", hour: 14);
        var door = AddDoor(first);
        SignInOrganiser();
        var page = Render<AttendancePage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=attendance-row]").Count));
        Assert.Equal("0 / 120", page.FindAll("[data-testid=attendance-attended]")[0].TextContent.Trim());

        Admit(AddPerson("Hoàng Văn Em"), door);
        Services.GetRequiredService<ChangeNotifier<CheckInChange>>().Publish(new CheckInChange(editionId, 1));

        page.WaitForAssertion(() => Assert.Equal("1 / 120", page.FindAll("[data-testid=attendance-attended]")[0].TextContent.Trim()),
            TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task TheSubscriptions_AreLetGo_WhenThePageCloses()
    {
        SignInOrganiser();
        var checkIns = Services.GetRequiredService<ChangeNotifier<CheckInChange>>();
        var forum = Services.GetRequiredService<ChangeNotifier<ForumChange>>();
        var page = Render<AttendancePage>();
        page.WaitForAssertion(() => Assert.Equal(1, checkIns.SubscriberCount));

        await DisposeComponentsAsync();

        Assert.Equal((0, 0), (checkIns.SubscriberCount, forum.SubscriberCount));
    }

    private void SignInChair(string userId)
    {
        Auth.SetAuthorized(userId + "@test.local");
        Auth.SetRoles(Roles.SessionChair);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        Actor = Actor.From(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, userId), new Claim(ClaimTypes.Role, Roles.SessionChair)], "test")));
    }

    private int AddSession(string title, string chair, int hour, int? capacity = null)
    {
        using var db = Database.CreateDbContext();
        var starts = new DateTimeOffset(2023, 9, 29, hour, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        var session = new ForumSession
        {
            EditionId = editionId, Title = new LocalizedText(title, title), RoomId = roomId, StartsAt = starts, EndsAt = starts.AddHours(1),
            Status = SessionStatus.Published, Capacity = capacity, Chairs = [new SessionChair { UserId = chair }],
        };
        db.ForumSessions.Add(session);
        db.SaveChanges();
        return session.Id;
    }

    private int AddDoor(int sessionId)
    {
        using var db = Database.CreateDbContext();
        var door = new ScanPoint { EditionId = editionId, Kind = ScanPointKind.SessionDoor, Code = SessionDoors.Code(sessionId), Name = "Cửa", SessionId = sessionId };
        db.ScanPoints.Add(door);
        db.SaveChanges();
        return door.Id;
    }

    private int AddPerson(string name)
    {
        using var db = Database.CreateDbContext();
        var registration = new Registration
        {
            EditionId = editionId, CategoryId = categoryId, FullName = name, Status = RegistrationStatus.Confirmed, DaysMask = 3,
            BadgeCode = BadgeCodes.New(), ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
        };
        db.Registrations.Add(registration);
        db.SaveChanges();
        return registration.Id;
    }

    private void AddInterest(int registrationId, int sessionId)
    {
        using var db = Database.CreateDbContext();
        db.SessionInterests.Add(new SessionInterest { RegistrationId = registrationId, SessionId = sessionId });
        db.SaveChanges();
    }

    private void Admit(int registrationId, int doorId)
    {
        using var db = Database.CreateDbContext();
        db.CheckIns.Add(new CheckIn { EditionId = editionId, RegistrationId = registrationId, ScanPointId = doorId, Scope = doorId, At = Clock.GetUtcNow() });
        db.SaveChanges();
    }
}
