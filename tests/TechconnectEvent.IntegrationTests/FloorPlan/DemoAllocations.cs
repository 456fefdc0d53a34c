using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Hosting;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Features.Allocation;

namespace TechconnectEvent.IntegrationTests.FloorPlan;

/// <summary>
/// Makes sure one known demo organisation holds the given booths and shows one known technology, whatever the
/// demo seeder decided, so the plan, directory and PDF tests know exactly what to look for. Idempotent per app.
/// </summary>
internal static class DemoAllocations
{
    public const string OrganizationVi = "Viện Hàn lâm Khoa học và Công nghệ Việt Nam";
    public const string TechnologyVi = "Phao cảm biến giám sát môi trường biển Hạ Long";

    public static async Task EnsureAsync(TechconnectAppFactory factory, params string[] boothCodes)
    {
        var dbFactory = factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var edition = await db.Editions.OrderByDescending(e => e.IsCurrent).FirstAsync();
        var organization = await db.Organizations.FirstAsync(o => o.Name.Vi == OrganizationVi);
        var application = await db.ExhibitorApplications.FirstOrDefaultAsync(a => a.OrganizationId == organization.Id && a.EditionId == edition.Id);
        if (application is null)
        {
            application = new ExhibitorApplication { EditionId = edition.Id, OrganizationId = organization.Id, BoothsWanted = boothCodes.Length };
            application.Restore(ApplicationStatus.Allocated, null, DateTimeOffset.UnixEpoch);
            db.ExhibitorApplications.Add(application);
            await db.SaveChangesAsync();
        }
        if (!await db.Technologies.AnyAsync(t => t.OrganizationId == organization.Id && t.Title.Vi == TechnologyVi))
        {
            db.Technologies.Add(new Technology
            {
                OrganizationId = organization.Id,
                EditionId = edition.Id,
                Title = new LocalizedText(TechnologyVi, "Sensor buoy for Ha Long Bay marine monitoring"),
                Field = TechnologyField.DigitalTechnology,
                OfferType = TechnologyOfferType.Demonstration,
            });
            await db.SaveChangesAsync();
        }
        foreach (var code in boothCodes)
        {
            var booth = await db.Booths.FirstAsync(b => b.EditionId == edition.Id && b.Code == code);
            var existing = await db.BoothAllocations.FirstOrDefaultAsync(a => a.BoothId == booth.Id);
            if (existing is not null)
            {
                existing.OrganizationId = organization.Id;
                existing.ApplicationId = application.Id;
                continue;
            }
            _ = booth.Allocate(application.Id, DateTimeOffset.MinValue);
            db.BoothAllocations.Add(new BoothAllocation { EditionId = edition.Id, BoothId = booth.Id, ApplicationId = application.Id, OrganizationId = organization.Id });
        }
        await db.SaveChangesAsync();
        // Written behind the services' back, so nothing announced it: the public pages must not keep the old view.
        await factory.Services.GetRequiredService<PublicPageCache>().EvictAsync();
    }
}
