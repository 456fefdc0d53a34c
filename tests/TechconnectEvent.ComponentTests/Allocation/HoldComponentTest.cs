using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Allocation;

/// <summary>An edition with one AI zone, for tests that hold booths for applications and lift the holds.</summary>
public abstract class HoldComponentTest : AllocationComponentTest
{
    protected const string TimeZoneId = Edition.DefaultTimeZoneId;

    protected HoldComponentTest(Action<IServiceCollection>? configureServices = null) : base(configureServices)
    {
        EditionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        Zone = new Zone { EditionId = EditionId, Code = "AI", Name = new LocalizedText("Trí tuệ nhân tạo", "Artificial intelligence"), EligibleTypes = OrganizationType.Enterprise };
        db.Zones.Add(Zone);
        db.SaveChanges();
    }

    protected int EditionId { get; }

    protected Zone Zone { get; }

    protected DateTime TodayInEdition => EditionClock.ToLocal(Clock.GetUtcNow(), TimeZoneId).Date;

    protected Booth AddBooth(string code, (int ApplicationId, DateTimeOffset Until)? held = null)
    {
        using var db = Database.CreateDbContext();
        var booth = new Booth { EditionId = EditionId, ZoneId = Zone.Id, Code = code };
        if (held is { } hold)
        {
            Assert.Null(booth.Hold(hold.ApplicationId, hold.Until, hold.Until.AddDays(-1)));
        }
        db.Booths.Add(booth);
        db.SaveChanges();
        return booth;
    }

    protected ExhibitorApplication AddApplication(string name)
    {
        using var db = Database.CreateDbContext();
        var organization = new Organization { Name = new LocalizedText(name, name), Type = OrganizationType.Enterprise };
        db.Organizations.Add(organization);
        db.SaveChanges();
        var application = new ExhibitorApplication { EditionId = EditionId, OrganizationId = organization.Id, BoothsWanted = 1 };
        application.Restore(ApplicationStatus.Approved, null, DateTimeOffset.UnixEpoch);
        db.ExhibitorApplications.Add(application);
        db.SaveChanges();
        return application;
    }
}
