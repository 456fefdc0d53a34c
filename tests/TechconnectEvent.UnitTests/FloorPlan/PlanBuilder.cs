using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Features.Allocation;

namespace TechconnectEvent.UnitTests.FloorPlan;

/// <summary>Small plans in memory, and rows in a real database, for floor-plan and directory tests.</summary>
internal static class PlanBuilder
{
    public static FloorPlanZone Ai { get; } = new(1, "AI", new("Khu công nghệ trí tuệ nhân tạo", "Artificial intelligence technology zone"), ZoneKind.FunctionalZone, "#4A148C", false);
    public static FloorPlanZone Localities { get; } = new(2, "DP", new("Các địa phương", "Localities"), ZoneKind.FunctionalZone, "#BF360C", false);

    public static FloorPlanExhibitor Exhibitor(int id, string vi, string en, string? shortName = null, params FloorPlanTechnology[] technologies) =>
        new(id, new LocalizedText(vi, en), shortName, technologies);

    public static FloorPlanBooth Booth(int id, string code, FloorPlanZone zone, double x, BoothStatus status = BoothStatus.Available, FloorPlanExhibitor? exhibitor = null) =>
        new(id, code, zone.Id, BoothSize.Standard, x, 4, 3, 3, status, 1, null, null, exhibitor);

    public static FloorPlanData Plan(params FloorPlanBooth[] booths) =>
        new(1, new("Techconnect 2023", "Techconnect 2023"), Web.Features.Editions.Edition.DefaultTimeZoneId, FloorPlanQuery.ExtentOf(booths), [Ai, Localities], booths);

    public static Edition Edition(int year = 2023) => new()
    {
        Year = year,
        Name = new LocalizedText($"Techconnect và Đổi mới sáng tạo Việt Nam {year}", $"Techconnect and Innovation Vietnam {year}"),
        Theme = new LocalizedText("Đổi mới sáng tạo – Phát triển bền vững", "Innovation – Sustainable Development"),
        Venue = new LocalizedText("Thành phố Hạ Long", "Ha Long city"),
        Province = new LocalizedText("Quảng Ninh", "Quang Ninh"),
        StartDate = new DateOnly(year, 9, 29),
        EndDate = new DateOnly(year, 9, 30),
        IsCurrent = year == 2023,
    };

    public static Zone Zone(int editionId, string code, string vi, string colour) => new()
    {
        EditionId = editionId,
        Code = code,
        Name = new LocalizedText(vi, code + " zone"),
        Colour = colour,
    };

    public static Organization Organization(string vi, string en, string? shortName = null) => new()
    {
        Name = new LocalizedText(vi, en),
        ShortName = shortName,
        Type = OrganizationType.Enterprise,
    };

    /// <summary>Gives <paramref name="booths"/> to the organisation through an application, as allocation will.</summary>
    public static void Allocate(EventDbContext db, int editionId, Organization organization, params Booth[] booths)
    {
        var application = new ExhibitorApplication
        {
            EditionId = editionId,
            OrganizationId = organization.Id,
            BoothsWanted = booths.Length,
        }.InStatus(ApplicationStatus.Allocated);
        db.ExhibitorApplications.Add(application);
        db.SaveChanges();
        foreach (var booth in booths)
        {
            booth.Allocated(application.Id);
            db.BoothAllocations.Add(new BoothAllocation
            {
                EditionId = editionId,
                BoothId = booth.Id,
                ApplicationId = application.Id,
                OrganizationId = organization.Id,
                AllocatedAt = new DateTimeOffset(2023, 9, 1, 8, 0, 0, TimeSpan.Zero),
            });
        }
        db.SaveChanges();
    }
}
