using System.Text;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;

namespace TechconnectEvent.UnitTests.Seeding;

public sealed class DelegateGeneratorTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly int editionId;

    public DelegateGeneratorTests() => editionId = PrepareEdition(database);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SameSeed_OnTheSameDatabase_GivesTheSamePeople_ButOwnSecrets()
    {
        using var other = TestDatabase.Create();
        PrepareEdition(other);

        await Generator(database).GenerateAsync(300, seed: 42, Token);
        await Generator(other).GenerateAsync(300, seed: 42, Token);
        var first = await PeopleAsync(database);
        var second = await PeopleAsync(other);

        Assert.Equal(first.Select(Describe), second.Select(Describe));
        Assert.Empty(first.Select(r => r.BadgeCode).Intersect(second.Select(r => r.BadgeCode)));
        Assert.Empty(first.Select(r => r.ManagementTokenHash).Intersect(second.Select(r => r.ManagementTokenHash)));
    }

    [Fact]
    public async Task AnotherSeed_GivesOtherPeople()
    {
        using var other = TestDatabase.Create();
        PrepareEdition(other);

        await Generator(database).GenerateAsync(100, seed: 1, Token);
        await Generator(other).GenerateAsync(100, seed: 2, Token);

        Assert.NotEqual((await PeopleAsync(database)).Select(Describe), (await PeopleAsync(other)).Select(Describe));
    }

    [Fact]
    public async Task People_ComeInEveryScript_AndEveryCategory_NamesInNfc()
    {
        var result = await Generator(database).GenerateAsync(1000, seed: 2023, Token);
        var people = await PeopleAsync(database);
        await using var db = database.CreateDbContext();
        var categories = await db.RegistrationCategories.Where(c => c.EditionId == editionId).Select(c => c.Id).ToListAsync(Token);

        Assert.Equal(DelegateGenerationOutcome.Added, result.Outcome);
        Assert.Equal(1000, people.Count);
        Assert.All(people, p => Assert.Equal(p.FullName.Normalize(NormalizationForm.FormC), p.FullName));
        Assert.Contains(people, p => p.Nationality == "VN" && p.FullName.Any(c => c is >= '\u1EA0' and <= '\u1EF9') && p.FullName.StartsWith("Nguyễn ", StringComparison.Ordinal));
        Assert.Contains(people, p => p.Nationality == "KR" && p.FullName.Any(c => c is >= '\uAC00' and <= '\uD7A3'));
        Assert.Contains(people, p => p.Nationality == "JP" && p.FullName.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF'));
        Assert.Contains(people, p => p.Nationality == "CN" && p.FullName.Any(c => c is >= '\u4E00' and <= '\u9FFF'));
        Assert.Contains(people, p => p.Nationality is "GB" or "FR" or "DE" && p.FullName.All(c => c < '\u0250' || c == '\''));
        Assert.Equal(categories.Order(), people.Select(p => p.CategoryId).Distinct().Order());
        Assert.Contains(people, p => p.Status == RegistrationStatus.Pending);
        Assert.Contains(people, p => p.Status == RegistrationStatus.Cancelled);
        Assert.True(people.Count(p => p.Nationality == "VN") > people.Count / 2, "Most people are Vietnamese.");
        Assert.All(people, p => Assert.Equal(RegistrationSource.Generated, p.Source));
        Assert.All(people, p => Assert.True(BadgeCodes.IsWellFormed(p.BadgeCode)));
        Assert.All(people, p => Assert.InRange(p.DaysMask, 1, 3));
        Assert.All(people, p => Assert.Matches(@"^[a-z]+(\.[a-z]+)+\.\d{4,}@example\.[a-z]+$", p.Email!));
        Assert.All(people, p => Assert.True(p.RegisteredAt <= TestClock.Instant && p.RegisteredAt > TestClock.Instant.AddDays(-60)));
        Assert.Contains(people, p => p.Email!.StartsWith("nguyen.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApprovalCategories_HavePendingPeople_OthersNone()
    {
        await Generator(database).GenerateAsync(600, seed: 5, Token);
        await using var db = database.CreateDbContext();
        var pendingCategories = await db.Registrations.Where(r => r.EditionId == editionId && r.Status == RegistrationStatus.Pending)
            .Join(db.RegistrationCategories, r => r.CategoryId, c => c.Id, (_, c) => c.RequiresApproval).Distinct().ToListAsync(Token);

        Assert.Equal([true], pendingCategories);
    }

    [Fact]
    public async Task RunningTwice_AddsOtherPeople_WithoutReusingAnAddress()
    {
        await Generator(database).GenerateAsync(400, seed: 9, Token);
        var second = await Generator(database).GenerateAsync(400, seed: 9, Token);
        var people = await PeopleAsync(database);

        Assert.Equal(800, second.TotalInEdition);
        Assert.Equal(800, people.Count);
        Assert.Equal(800, people.Select(p => p.EmailKey).Distinct().Count());
        Assert.NotEqual(people.Take(400).Select(p => p.FullName), people.Skip(400).Select(p => p.FullName));
    }

    [Fact]
    public async Task ACategoryAtItsCapacity_TakesNobodyMore()
    {
        await using (var db = database.CreateDbContext())
        {
            var press = await db.RegistrationCategories.SingleAsync(c => c.EditionId == editionId && c.Code == RegistrationCategoryDefaults.Press, Token);
            press.Capacity = 3;
            await db.SaveChangesAsync(Token);
        }

        await Generator(database).GenerateAsync(600, seed: 3, Token);

        await using var check = database.CreateDbContext();
        var pressTaking = await check.Registrations.CountAsync(r => r.EditionId == editionId
            && r.Status != RegistrationStatus.Cancelled && r.Status != RegistrationStatus.Waitlisted
            && check.RegistrationCategories.Any(c => c.Id == r.CategoryId && c.Code == RegistrationCategoryDefaults.Press), Token);
        Assert.InRange(pressTaking, 1, 3);
    }

    [Fact]
    public async Task AnArchivedCurrentEdition_IsRefused_AndNothingIsWritten()
    {
        await using (var db = database.CreateDbContext())
        {
            await db.Editions.Where(e => e.Id == editionId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Archived), Token);
        }

        var result = await Generator(database).GenerateAsync(10, seed: 1, Token);

        Assert.Equal(DelegateGenerationOutcome.Archived, result.Outcome);
        Assert.Equal(2023, result.EditionYear);
        Assert.Empty(await PeopleAsync(database));
    }

    private static int PrepareEdition(TestDatabase target)
    {
        var edition = target.AddEdition();
        using var db = target.CreateDbContext();
        db.Editions.Where(e => e.Id == edition.Id).ExecuteUpdate(s => s.SetProperty(e => e.Status, EditionStatus.Open));
        db.RegistrationCategories.AddRange(RegistrationCategoryDefaults.For(edition.Id));
        db.SaveChanges();
        return edition.Id;
    }

    private static DelegateGenerator Generator(TestDatabase target)
    {
        var clock = new TestClock();
        return new DelegateGenerator(target.Factory, new EditionService(target.Factory, clock, FixedActor.System), new AuditTrail(clock), clock);
    }

    private async Task<List<Registration>> PeopleAsync(TestDatabase target)
    {
        await using var db = target.CreateDbContext();
        return await db.Registrations.AsNoTracking().OrderBy(r => r.Id).ToListAsync(Token);
    }

    private static string Describe(Registration r) =>
        $"{r.FullName}|{r.Email}|{r.CategoryId}|{r.Status}|{r.Nationality}|{r.Phone}|{r.OrganizationName}|{r.Position}|{r.DaysMask}|{r.RegisteredAt:O}|{r.Honorific}";

    public void Dispose() => database.Dispose();
}
