using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Features.Registrations.Categories;
using TechconnectEvent.Web.Features.Registrations.Import;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.UnitTests.Registrations.Admin;

/// <summary>A migrated database with the 2023 edition, its default categories, and the registration services acting as one role.</summary>
public sealed class RegistrationTestBed : IAsyncDisposable
{
    private static int badgeSeed;

    private RegistrationTestBed(TestDatabase database, string role)
    {
        Database = database;
        var actor = new FixedActor(new Actor("u-" + role, role.ToLowerInvariant() + "@test.local", new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "u-" + role), new Claim(ClaimTypes.Role, role)], "test"))));
        var audit = new AuditTrail(Clock);
        var services = new ServiceCollection().AddLogging().AddProductLocalization().BuildServiceProvider();
        var outbox = new Outbox(new MailTemplates(services.GetRequiredService<IStringLocalizer<SharedResource>>()), Clock);
        Admin = new RegistrationAdminService(database.Factory, audit, actor, outbox, Clock);
        Grid = new RegistrationGridQuery(database.Factory);
        Categories = new RegistrationCategoryService(database.Factory, audit, actor);
        Imports = new RegistrationImportService(database.Factory, audit, actor, Clock);
    }

    public TestDatabase Database { get; }
    public TestClock Clock { get; } = new();
    public RegistrationAdminService Admin { get; }
    public RegistrationGridQuery Grid { get; }
    public RegistrationCategoryService Categories { get; }
    public RegistrationImportService Imports { get; }
    public int EditionId { get; private set; }
    public Dictionary<string, int> CategoryIds { get; } = [];

    public static async Task<RegistrationTestBed> CreateAsync(string role = Roles.Organiser)
    {
        var bed = new RegistrationTestBed(await TestDatabase.CreateAsync(), role);
        bed.EditionId = bed.Database.AddEdition().Id;
        await using var db = bed.Database.CreateContext();
        var categories = RegistrationCategoryDefaults.For(bed.EditionId);
        db.RegistrationCategories.AddRange(categories);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        foreach (var category in categories)
        {
            bed.CategoryIds[category.Code] = category.Id;
        }
        return bed;
    }

    public async Task<Registration> AddAsync(string fullName, string category = RegistrationCategoryDefaults.Visitor,
        RegistrationStatus status = RegistrationStatus.Confirmed, string? email = null, string? organization = null, string nationality = "VN",
        RegistrationSource source = RegistrationSource.Online, int? editionId = null)
    {
        await using var db = Database.CreateContext();
        var registration = New(editionId ?? EditionId, CategoryIds[category], fullName, status, email, organization, nationality, source, Clock.GetUtcNow());
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return registration;
    }

    public static Registration New(int editionId, int categoryId, string fullName, RegistrationStatus status, string? email, string? organization,
        string nationality, RegistrationSource source, DateTimeOffset at) => new()
    {
        EditionId = editionId,
        CategoryId = categoryId,
        FullName = fullName,
        Email = email,
        EmailKey = Registration.KeyOfEmail(email),
        OrganizationName = organization,
        Nationality = nationality,
        DaysMask = 3,
        Status = status,
        Source = source,
        RegisteredAt = at,
        BadgeCode = BadgeCodes.New(),
        ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New() + Interlocked.Increment(ref badgeSeed)),
    };

    public async Task<Registration> ReloadAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Registrations.AsNoTracking().SingleAsync(r => r.Id == id, TestContext.Current.CancellationToken);
    }

    public async Task SetCapacityAsync(string category, int capacity)
    {
        await using var db = Database.CreateContext();
        var row = await db.RegistrationCategories.SingleAsync(c => c.Id == CategoryIds[category], TestContext.Current.CancellationToken);
        row.Capacity = capacity;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
