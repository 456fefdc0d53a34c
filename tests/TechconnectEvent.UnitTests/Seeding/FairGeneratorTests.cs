using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Seeding;

public sealed class FairGeneratorTests : IDisposable
{
    private static readonly FairOptions Small = new(Delegates: 300, Seed: 7, Booths: 40, Sessions: 10, Meetings: 30, Mous: 5);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(Edition.DefaultTimeZoneId);
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly int editionId;

    public FairGeneratorTests() => editionId = PrepareEdition(database);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASmallFair_HasExactlyItsTargets_AndCheckInsFollowTheRules()
    {
        var result = await Generator(database).GenerateAsync(Small, cancellationToken: Token);

        Assert.Equal(FairGenerationOutcome.Generated, result.Outcome);
        await using var db = database.CreateDbContext();
        Assert.Equal(40, await db.Booths.CountAsync(b => b.EditionId == editionId, Token));
        Assert.Equal(36, await db.Booths.CountAsync(b => b.EditionId == editionId && b.Status == BoothStatus.Allocated, Token));
        Assert.Equal(36, await db.BoothAllocations.CountAsync(a => a.EditionId == editionId, Token));
        Assert.Equal(10, await db.ForumSessions.CountAsync(s => s.EditionId == editionId && s.Status == SessionStatus.Published, Token));
        Assert.Equal(300, await db.Registrations.CountAsync(r => r.EditionId == editionId, Token));
        Assert.Equal(30, await db.Meetings.CountAsync(m => m.EditionId == editionId, Token));
        Assert.Equal(5, await db.Mous.CountAsync(m => m.EditionId == editionId && m.Status == MouStatus.Signed && m.StageOrder != null, Token));
        Assert.All(await db.Mous.Include(m => m.Parties).ToListAsync(Token), m => Assert.InRange(m.Parties.Count, 2, 3));
        Assert.Equal(10, await db.SessionChairs.Select(c => c.SessionId).Distinct().CountAsync(Token));
        Assert.Contains(await db.Organizations.Select(o => o.Name.Vi).ToListAsync(Token), n => n.Any(c => c is >= '\u1EA0' and <= '\u1EF9'));
        Assert.True(await db.Organizations.Select(o => o.Type).Distinct().CountAsync(Token) >= 3);

        var people = await db.Registrations.Where(r => r.EditionId == editionId).ToDictionaryAsync(r => r.Id, Token);
        var checkIns = await db.CheckIns.Where(c => c.EditionId == editionId).ToListAsync(Token);
        var gate = checkIns.Where(c => c.Scope == CheckIn.FairEntry).ToList();
        var confirmed = people.Values.Count(p => p.Status == RegistrationStatus.Confirmed);
        var checkedIn = gate.Select(c => c.RegistrationId).Distinct().Count();
        Assert.InRange(checkedIn, confirmed * 50 / 100, confirmed * 80 / 100);
        Assert.All(checkIns, c =>
        {
            var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.At, Zone).DateTime);
            Assert.Equal(new DateOnly(2023, 9, 29).AddDays(c.DayIndex), local);
            Assert.InRange(c.DayIndex, 0, 1);
            Assert.Equal(RegistrationStatus.Confirmed, people[c.RegistrationId].Status);
            Assert.NotEqual(0, people[c.RegistrationId].DaysMask & (1 << c.DayIndex));
        });
        Assert.Equal(checkIns.Count, checkIns.Select(c => (c.RegistrationId, c.Scope, c.DayIndex)).Distinct().Count());
        var morning = gate.Count(c => TimeZoneInfo.ConvertTime(c.At, Zone).TimeOfDay is var t && t >= new TimeSpan(8, 0, 0) && t < new TimeSpan(9, 30, 0));
        Assert.True(morning > gate.Count / 3, "The morning rush holds the largest share of entries.");
        Assert.Equal(checkIns.Count, await db.ScanLog.CountAsync(s => s.EditionId == editionId && s.Status == ScanStatus.CheckedIn, Token));

        var doors = await db.ScanPoints.Where(p => p.EditionId == editionId && p.Kind == ScanPointKind.SessionDoor)
            .Join(db.ForumSessions, p => p.SessionId, s => s.Id, (p, s) => new { p.Id, s.StartsAt, s.EndsAt, s.Capacity, s.RoomId }).ToListAsync(Token);
        var rooms = await db.Rooms.ToDictionaryAsync(r => r.Id, r => r.Capacity, Token);
        var atDoors = checkIns.Where(c => c.Scope != CheckIn.FairEntry).ToList();
        Assert.NotEmpty(atDoors);
        foreach (var door in doors)
        {
            var admitted = atDoors.Where(c => c.Scope == door.Id).ToList();
            Assert.True(admitted.Count <= (door.Capacity ?? rooms[door.RoomId!.Value]));
            Assert.All(admitted, c => Assert.InRange(c.At, door.StartsAt, door.EndsAt));
            Assert.All(admitted, c => Assert.Contains(gate, g => g.RegistrationId == c.RegistrationId && g.DayIndex == c.DayIndex && g.At <= c.At));
        }
    }

    [Fact]
    public async Task SameSeed_GivesTheSameFair()
    {
        using var other = TestDatabase.Create();
        PrepareEdition(other);

        await Generator(database).GenerateAsync(Small, cancellationToken: Token);
        await Generator(other).GenerateAsync(Small, cancellationToken: Token);

        Assert.Equal(await DescribeAsync(database), await DescribeAsync(other));
    }

    [Fact]
    public async Task RunningTwice_AddsOnlyDelegates_AndTheirEntries()
    {
        await Generator(database).GenerateAsync(Small, cancellationToken: Token);
        var first = await CountsAsync();
        var second = await Generator(database).GenerateAsync(Small, cancellationToken: Token);
        var after = await CountsAsync();

        Assert.Equal(FairGenerationOutcome.Generated, second.Outcome);
        Assert.Equal((first.Booths, first.Sessions, first.Meetings, first.Mous, first.Organizations), (after.Booths, after.Sessions, after.Meetings, after.Mous, after.Organizations));
        Assert.Equal(first.Registrations + 300, after.Registrations);
        Assert.True(after.GateCheckIns > first.GateCheckIns);
    }

    [Fact]
    public async Task AnArchivedEdition_IsRefused_AndNothingIsWritten()
    {
        await using (var db = database.CreateDbContext())
        {
            await db.Editions.Where(e => e.Id == editionId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Archived), Token);
        }

        var result = await Generator(database).GenerateAsync(Small, cancellationToken: Token);

        Assert.Equal(FairGenerationOutcome.Archived, result.Outcome);
        var counts = await CountsAsync();
        Assert.Equal((0, 0, 0, 0), (counts.Booths, counts.Registrations, counts.Meetings, counts.GateCheckIns));
    }

    [Fact]
    public async Task WithoutCategories_NothingOfTheFairIsWritten()
    {
        await using (var db = database.CreateDbContext())
        {
            await db.RegistrationCategories.ExecuteDeleteAsync(Token);
        }

        var result = await Generator(database).GenerateAsync(Small, cancellationToken: Token);

        Assert.Equal(FairGenerationOutcome.NoCategories, result.Outcome);
        var counts = await CountsAsync();
        Assert.Equal((0, 0, 0), (counts.Booths, counts.Sessions, counts.Organizations));
    }

    private async Task<(int Booths, int Sessions, int Registrations, int GateCheckIns, int Meetings, int Mous, int Organizations)> CountsAsync()
    {
        await using var db = database.CreateDbContext();
        return (await db.Booths.CountAsync(Token), await db.ForumSessions.CountAsync(Token), await db.Registrations.CountAsync(Token),
            await db.CheckIns.CountAsync(c => c.Scope == CheckIn.FairEntry, Token), await db.Meetings.CountAsync(Token), await db.Mous.CountAsync(Token),
            await db.Organizations.CountAsync(Token));
    }

    private static async Task<List<string>> DescribeAsync(TestDatabase target)
    {
        await using var db = target.CreateDbContext();
        var rows = new List<string>();
        rows.AddRange(await db.Booths.OrderBy(b => b.Id).Select(b => b.Code + "|" + b.X + "|" + b.Y + "|" + b.Status).ToListAsync(Token));
        rows.AddRange(await db.Organizations.OrderBy(o => o.Id).Select(o => o.Name.Vi + "|" + o.Type + "|" + o.Province).ToListAsync(Token));
        rows.AddRange(await db.ForumSessions.OrderBy(s => s.Id).Select(s => s.Title.Vi + "|" + s.RoomId + "|" + s.StartsAt).ToListAsync(Token));
        rows.AddRange((await db.CheckIns.OrderBy(c => c.Id).Select(c => new { c.RegistrationId, c.Scope, c.DayIndex, c.At, c.ScanPointId }).ToListAsync(Token))
            .Select(c => $"{c.RegistrationId}|{c.Scope}|{c.DayIndex}|{c.At:O}|{c.ScanPointId}"));
        rows.AddRange(await db.Meetings.OrderBy(m => m.Id).Select(m => m.OrganizationAId + "|" + m.OrganizationBId + "|" + m.Status + "|" + m.Outcome + "|" + m.RoundId + "|" + m.TableId).ToListAsync(Token));
        rows.AddRange(await db.Mous.OrderBy(m => m.Id).Select(m => m.Title.Vi + "|" + m.StageOrder).ToListAsync(Token));
        return rows;
    }

    internal static int PrepareEdition(TestDatabase target)
    {
        var edition = target.AddEdition();
        using var db = target.CreateDbContext();
        db.Editions.Where(e => e.Id == edition.Id).ExecuteUpdate(s => s.SetProperty(e => e.Status, EditionStatus.Closed));
        db.RegistrationCategories.AddRange(RegistrationCategoryDefaults.For(edition.Id));
        db.ScanPoints.Add(ScanPointDefaults.MainGate(edition.Id));
        db.ScanPoints.Add(new ScanPoint { EditionId = edition.Id, Code = "A", Name = "Cổng A", SortOrder = 1 });
        db.Topics.AddRange(TopicDefaults.For(edition.Id));
        db.Rooms.Add(new Room { EditionId = edition.Id, Name = new LocalizedText("Hội trường", "Hall"), Capacity = 60, SortOrder = 1 });
        db.Zones.Add(new Zone { EditionId = edition.Id, Code = "AI", Name = new LocalizedText("Trí tuệ nhân tạo", "Artificial intelligence"), SortOrder = 1 });
        db.Zones.Add(new Zone { EditionId = edition.Id, Code = "VT", Name = new LocalizedText("Viện, trường", "Institutes and universities"), SortOrder = 2,
            EligibleTypes = OrganizationType.Institute | OrganizationType.University });
        db.SaveChanges();
        return edition.Id;
    }

    internal static FairGenerator Generator(TestDatabase target)
    {
        var clock = new TestClock();
        var editions = new EditionService(target.Factory, clock, FixedActor.System);
        var audit = new AuditTrail(clock);
        return new FairGenerator(target.Factory, editions, new DelegateGenerator(target.Factory, editions, audit, clock), audit, clock);
    }

    public void Dispose() => database.Dispose();
}
