using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.UnitTests.Data;

/// <summary>A database written by the first schema (instants as DateTimeOffsetToBinaryConverter wrote them) upgraded.</summary>
public sealed class InstantMigrationTests
{
    private const string FirstSchema = "20261122214810_InitialSchema";

    // Whole seconds: the old encoding kept a tenth of a millisecond at best.
    private static readonly DateTimeOffset[] Instants =
    [
        new DateTimeOffset(2023, 9, 29, 8, 0, 0, TimeSpan.FromHours(7)),
        new DateTimeOffset(2023, 9, 29, 2, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2023, 9, 28, 20, 30, 15, TimeSpan.FromHours(-5.5)),
        new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(14)),
        new DateTimeOffset(2001, 1, 1, 0, 0, 1, TimeSpan.FromHours(-12)),
    ];

    [Fact]
    public async Task Migrate_ConvertsEveryStoredInstantToTheSameInstantInUtcTicks()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        var instants = Instants;
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(FirstSchema, TestContext.Current.CancellationToken);
            var legacy = new DateTimeOffsetToBinaryConverter();
            var lockedUntil = instants[0];
            foreach (var (instant, i) in instants.Select((instant, i) => (instant, i)))
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO AuditLog (At, Action, EntityType, EntityId) VALUES ({(long)legacy.ConvertToProvider(instant)!}, {"a" + i}, 'Test', '1')",
                    TestContext.Current.CancellationToken);
            }
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO AspNetUsers (Id, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, LockoutEnd) VALUES ('locked', 0, 0, 0, 1, 0, {(long)legacy.ConvertToProvider(lockedUntil)!}), ('free', 0, 0, 0, 1, 0, NULL)",
                TestContext.Current.CancellationToken);
        }

        await DatabaseInitializer.MigrateAsync(Services(database), TestContext.Current.CancellationToken);

        await using var upgraded = database.CreateContext();
        var read = await upgraded.AuditLog.OrderBy(a => a.Id).Select(a => a.At).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(instants.Select(i => i.UtcTicks), read.Select(r => r.UtcTicks));
        Assert.All(read, r => Assert.Equal(TimeSpan.Zero, r.Offset));
        var ordered = await upgraded.AuditLog.OrderBy(a => a.At).Select(a => a.At).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(instants.OrderBy(i => i.UtcTicks).Select(i => i.UtcTicks), ordered.Select(r => r.UtcTicks));
        var lockouts = await upgraded.Users.OrderBy(u => u.Id).Select(u => u.LockoutEnd).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([null, instants[0]], lockouts);
    }

    [Fact]
    public async Task MigrateBack_ToTheFirstSchema_KeepsEveryInstantInTheOldEncoding()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            db.AuditLog.AddRange(Instants.Select((at, i) => new AuditEntry { At = at, Action = "a" + i, EntityType = "Test", EntityId = "1" }));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var downgraded = database.CreateContext();
        await downgraded.GetService<IMigrator>().MigrateAsync(FirstSchema, TestContext.Current.CancellationToken);

        var raw = await downgraded.Database.SqlQueryRaw<long>("SELECT \"At\" AS \"Value\" FROM \"AuditLog\" ORDER BY \"Id\"")
            .ToListAsync(TestContext.Current.CancellationToken);
        var legacy = new DateTimeOffsetToBinaryConverter();
        Assert.Equal(Instants.Select(i => i.UtcTicks), raw.Select(r => ((DateTimeOffset)legacy.ConvertFromProvider(r)!).UtcTicks));
    }

    [Fact]
    public async Task Migrate_FillsTheSearchKeysOfOrganisationsWrittenBeforeTheKeysExisted()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(FirstSchema, TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO Organizations (Name_Vi, Name_En, ShortName, Type, Country, Version) VALUES ('Viện Hàn lâm Khoa học và Công nghệ Việt Nam', 'Vietnam Academy of Science and Technology', 'VAST', 'Institute', 'VN', 1)",
                TestContext.Current.CancellationToken);
        }

        await DatabaseInitializer.MigrateAsync(Services(database), TestContext.Current.CancellationToken);

        await using var upgraded = database.CreateContext();
        var key = await upgraded.Organizations.Select(o => o.NameKey).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("vien han lam khoa hoc va cong nghe viet nam | vietnam academy of science and technology | vast", key);
    }

    private static ServiceProvider Services(TestDatabase database) =>
        new ServiceCollection().AddSingleton(database.Factory).BuildServiceProvider();
}
