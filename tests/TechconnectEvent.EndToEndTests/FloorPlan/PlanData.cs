using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Hosting;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Features.Allocation;

namespace TechconnectEvent.EndToEndTests.FloorPlan;

/// <summary>
/// Changes booths behind the browsers' backs, through the app's own database and notifier, the way a
/// committed allocation does. (Once allocation exists, the first organiser's click will do this instead.)
/// </summary>
internal static class PlanData
{
    public const string OrganizationVi = "Viện Hàn lâm Khoa học và Công nghệ Việt Nam";

    public static async Task<string> FirstAvailableBoothAsync(TechconnectAppFactory app, string zoneCode)
    {
        await using var db = await Factory(app).CreateDbContextAsync();
        return await CurrentBooths(db).Where(b => b.Status == BoothStatus.Available && b.Code.StartsWith(zoneCode + "-"))
            .OrderBy(b => b.Code).Select(b => b.Code).FirstAsync();
    }

    /// <summary>
    /// An Available booth and an approved application that still wants booths and whose organisation the booth's
    /// zone accepts: a booth an organiser can allocate without an override.
    /// </summary>
    public static async Task<(string BoothCode, string OrganizationVi)> AllocatableBoothAsync(TechconnectAppFactory app)
    {
        await using var db = await Factory(app).CreateDbContextAsync();
        var applications = await db.ExhibitorApplications
            .Where(a => a.Status == ApplicationStatus.Approved)
            .Select(a => new { a.Id, a.EditionId, a.BoothsWanted, Allocated = db.BoothAllocations.Count(x => x.ApplicationId == a.Id), Organization = db.Organizations.Single(o => o.Id == a.OrganizationId) })
            .ToListAsync();
        var zones = await db.Zones.Where(z => db.Editions.Any(e => e.Id == z.EditionId && e.IsCurrent)).ToListAsync();
        var booths = await CurrentBooths(db).Where(b => b.Status == BoothStatus.Available).OrderBy(b => b.Code).ToListAsync();
        foreach (var application in applications.Where(a => a.Allocated < a.BoothsWanted).OrderBy(a => a.Id))
        {
            var booth = booths.FirstOrDefault(b => b.EditionId == application.EditionId
                && zones.Single(z => z.Id == b.ZoneId).Accepts(application.Organization.Type));
            if (booth is not null)
            {
                return (booth.Code, application.Organization.Name.Vi);
            }
        }
        throw new InvalidOperationException("The demo data has no approved application with a free eligible booth.");
    }

    public static async Task SetStatusAndPublishAsync(TechconnectAppFactory app, string code, BoothStatus status)
    {
        int editionId, boothId;
        await using (var db = await Factory(app).CreateDbContextAsync())
        {
            var booth = await CurrentBooths(db).SingleAsync(b => b.Code == code);
            var refused = status switch
            {
                BoothStatus.Blocked => booth.Block("Cột chịu lực"),
                BoothStatus.Available when booth.Status == BoothStatus.Blocked => booth.Unblock(),
                _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Only blocking and unblocking are staged here."),
            };
            Assert.Null(refused);
            await db.SaveChangesAsync();
            (editionId, boothId) = (booth.EditionId, booth.Id);
        }
        app.Services.GetRequiredService<ChangeNotifier<BoothChange>>().Publish(new BoothChange(editionId, [boothId]));
    }

    /// <summary>Gives the organisation the booth, so the directory has an exhibitor to find.</summary>
    public static async Task AllocateAsync(TechconnectAppFactory app, string code)
    {
        await using var db = await Factory(app).CreateDbContextAsync();
        var booth = await CurrentBooths(db).SingleAsync(b => b.Code == code);
        if (await db.BoothAllocations.AnyAsync(a => a.BoothId == booth.Id))
        {
            return;
        }
        var organization = await db.Organizations.SingleAsync(o => o.Name.Vi == OrganizationVi);
        var application = await db.ExhibitorApplications.FirstOrDefaultAsync(a => a.OrganizationId == organization.Id && a.EditionId == booth.EditionId);
        if (application is null)
        {
            application = new ExhibitorApplication { EditionId = booth.EditionId, OrganizationId = organization.Id };
            application.Restore(ApplicationStatus.Allocated, null, DateTimeOffset.UnixEpoch);
            db.ExhibitorApplications.Add(application);
            await db.SaveChangesAsync();
        }
        Assert.Null(booth.Allocate(application.Id, DateTimeOffset.MinValue));
        db.BoothAllocations.Add(new BoothAllocation { EditionId = booth.EditionId, BoothId = booth.Id, ApplicationId = application.Id, OrganizationId = organization.Id });
        await db.SaveChangesAsync();
        // Written behind the services' back, so nothing announced it: the public pages must not keep the old view.
        await app.Services.GetRequiredService<PublicPageCache>().EvictAsync();
    }

    /// <summary>The current edition's booths: the demo's archived 2022 edition reuses the same codes.</summary>
    private static IQueryable<Booth> CurrentBooths(EventDbContext db) =>
        db.Booths.Where(b => db.Editions.Any(e => e.Id == b.EditionId && e.IsCurrent));

    private static IDbContextFactory<EventDbContext> Factory(TechconnectAppFactory app) =>
        app.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();
}
