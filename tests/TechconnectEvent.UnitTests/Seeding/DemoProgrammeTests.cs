using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;
using static TechconnectEvent.UnitTests.Seeding.SeedingFixtures;

namespace TechconnectEvent.UnitTests.Seeding;

public sealed class DemoProgrammeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Fact]
    public async Task Seed_Gives2023TheProgrammeOfTheArticles_AtLocalTimesOnItsTwoDays()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var editionId = DemoEditionId(db);
        var sessions = await db.ForumSessions.Include(s => s.Speakers).Where(s => s.EditionId == editionId).ToListAsync(Token);
        Assert.Equal(14, sessions.Count);
        Assert.Equal(13, sessions.Count(s => s.Status == SessionStatus.Published));

        var opening = sessions.Single(s => s.Kind == SessionKind.OpeningCeremony);
        // 08:30 in Ha Long on 29 September is 01:30 UTC.
        Assert.Equal(new DateTimeOffset(2023, 9, 29, 1, 30, 0, TimeSpan.Zero), opening.StartsAt);
        Assert.Equal(["Huỳnh Thành Đạt", "Nguyễn Xuân Ký", "Phạm Văn Tài"], opening.Speakers.OrderBy(p => p.SortOrder).Select(p => p.Name));
        Assert.Contains("Trần Lưu Quang", opening.Description.Vi, StringComparison.Ordinal);

        var tour = sessions.Single(s => s.Kind == SessionKind.VipTour);
        Assert.True(tour.EndsAt <= opening.StartsAt, "The VIP tour is before the opening ceremony.");
        Assert.Contains(sessions, s => s.Title.Vi == "Diễn đàn Công nghệ và Năng lượng 2023");
        Assert.Contains(sessions, s => s.Title.Vi == "Diễn đàn Chuyển đổi số và chuyển đổi xanh vì sự phát triển bền vững");
        Assert.Single(sessions, s => s.Kind == SessionKind.MouCeremony);
        Assert.Equal(5, sessions.Count(s => s.Kind == SessionKind.FocusPanel));
        Assert.True(sessions.Count(s => s.Kind == SessionKind.ConnectionRound) >= 2);

        // Every session lies on a day of the fair in local time, and its speakers fit in it.
        Assert.All(sessions, s =>
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.StartsAt, Vietnam).DateTime);
            Assert.InRange(day, new DateOnly(2023, 9, 29), new DateOnly(2023, 9, 30));
            Assert.True(s.Speakers.Sum(p => p.Minutes) <= s.Length.TotalMinutes, s.Title.Vi);
        });
        // Invented speakers are marked so; the real ones are the article's.
        Assert.All(sessions.Where(s => s.Kind is SessionKind.FocusPanel or SessionKind.PlenaryForum).SelectMany(s => s.Speakers),
            p => Assert.EndsWith(" (hư cấu)", p.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_TheProgrammeHasNoRoomDoubleBooked()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var editionId = DemoEditionId(db);
        var sessions = await db.ForumSessions.Where(s => s.EditionId == editionId).ToListAsync(Token);
        var clashes = sessions.SelectMany(a => sessions.Where(b => b.Id > a.Id && b.RoomId == a.RoomId && a.StartsAt < b.EndsAt && b.StartsAt < a.EndsAt)
            .Select(b => $"{a.Title.Vi} / {b.Title.Vi}")).ToList();
        Assert.Empty(clashes);
        Assert.Equal(6, await db.Rooms.CountAsync(r => r.EditionId == editionId, Token));
        Assert.All(await db.Rooms.Where(r => r.EditionId == editionId).ToListAsync(Token),
            r => Assert.StartsWith("Minh họa", r.LocationNote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_EveryEditionGetsTheSevenTopics_OnlyTheDemoYearASchedule()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var earlier = await db.Editions.SingleAsync(e => e.Year == 2022, Token);
        Assert.Equal(7, await db.Topics.CountAsync(t => t.EditionId == earlier.Id, Token));
        Assert.Equal(7, await db.Topics.CountAsync(t => t.EditionId == DemoEditionId(db), Token));
        Assert.False(await db.ForumSessions.AnyAsync(s => s.EditionId == earlier.Id, Token));
    }

    [Theory]
    [InlineData("\"room\": \"hall\"", "\"room\": \"attic\"", "room 'attic'")]
    [InlineData("\"topic\": \"green-energy\"", "\"topic\": \"solar\"", "topic 'solar'")]
    [InlineData("\"date\": \"2023-09-30\", \"start\": \"14:00\", \"end\": \"15:30\"", "\"date\": \"2023-10-01\", \"start\": \"14:00\", \"end\": \"15:30\"", "not a day of the edition")]
    [InlineData("\"start\": \"07:45\", \"end\": \"08:30\"", "\"start\": \"08:30\", \"end\": \"07:45\"", "end after it starts")]
    [InlineData("\"minutes\": 15", "\"minutes\": 150", "minutes exceed")]
    public async Task Seed_AWrongProgramme_NamesTheProblemAndWritesNothing(string find, string replace, string problem)
    {
        await using var database = await TestDatabase.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("demo-programme-");
        try
        {
            foreach (var file in Directory.GetFiles(DemoDataFolder.Default.Path))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }
            var path = Path.Combine(folder.FullName, DemoProgramme.FileName);
            var text = await File.ReadAllTextAsync(path, Token);
            Assert.Contains(find, text, StringComparison.Ordinal);
            await File.WriteAllTextAsync(path, text.Replace(find, replace, StringComparison.Ordinal), Token);

            var error = await Assert.ThrowsAsync<DemoDataException>(() => Seeder(database.Factory, new DemoDataFolder(folder.FullName)).SeedAsync(Token));

            Assert.Equal(DemoProgramme.FileName, error.File);
            Assert.Contains(problem, error.Message, StringComparison.Ordinal);
            await using var db = database.CreateContext();
            Assert.False(await db.Editions.AnyAsync(Token));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
