using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.IntegrationTests.FloorPlan;

/// <summary>
/// Gives a demo organisation booths in the demo edition, as allocation will once it exists, so the plan, the
/// directory and the PDFs have an exhibitor to show. Idempotent per app.
/// </summary>
internal static class DemoAllocations
{
    public const string OrganizationVi = "Viện Hàn lâm Khoa học và Công nghệ Việt Nam";
    public const string TechnologyVi = "Vệ tinh quan sát Trái Đất cỡ nhỏ";

    public static async Task EnsureAsync(TechconnectAppFactory factory, params string[] boothCodes)
    {
        var dbFactory = factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var edition = await db.Editions.OrderByDescending(e => e.IsCurrent).FirstAsync();
        var organization = await db.Organizations.FirstAsync(o => o.Name.Vi == OrganizationVi);
        var application = await db.ExhibitorApplications.FirstOrDefaultAsync(a => a.OrganizationId == organization.Id && a.EditionId == edition.Id);
        if (application is null)
        {
            application = new ExhibitorApplication { EditionId = edition.Id, OrganizationId = organization.Id, BoothsWanted = boothCodes.Length, Status = ApplicationStatus.Allocated };
            db.ExhibitorApplications.Add(application);
            db.Technologies.Add(new Technology
            {
                OrganizationId = organization.Id,
                EditionId = edition.Id,
                Title = new LocalizedText(TechnologyVi, "Small Earth-observation satellite"),
                Field = TechnologyField.DigitalTechnology,
                OfferType = TechnologyOfferType.Demonstration,
            });
            await db.SaveChangesAsync();
        }
        foreach (var code in boothCodes)
        {
            var booth = await db.Booths.FirstAsync(b => b.EditionId == edition.Id && b.Code == code);
            if (await db.BoothAllocations.AnyAsync(a => a.BoothId == booth.Id))
            {
                continue;
            }
            booth.Status = BoothStatus.Allocated;
            booth.Touch();
            db.BoothAllocations.Add(new BoothAllocation { EditionId = edition.Id, BoothId = booth.Id, ApplicationId = application.Id, OrganizationId = organization.Id });
        }
        await db.SaveChangesAsync();
    }
}
