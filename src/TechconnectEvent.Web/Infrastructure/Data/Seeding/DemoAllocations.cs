using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>
/// Derives who holds each booth that booths.json marks Allocated, so the data never lists booth codes twice.
/// Zone by zone in plan order, booth by booth in code order, the booth goes to the first application in file
/// order that is Allocated, still short of the booths it wanted, lists the zone among its preferences, is of a
/// type the zone accepts, and wants that size (a corner booth counts as standard). Consecutive codes are
/// neighbours in a block, so an applicant's booths come out side by side.
/// </summary>
/// <remarks>
/// The data must fit exactly: a booth nobody can take, or an Allocated application left short of what it
/// asked for, stops seeding with a message naming it. So every Allocated booth has one allocation and every
/// Allocated application holds exactly the booths it wanted.
/// </remarks>
internal static class DemoAllocations
{
    public static IReadOnlyList<PlannedAllocation> Derive(
        IReadOnlyList<Zone> zones, IReadOnlyList<PlannedBooth> booths, IReadOnlyList<PlannedApplication> applications, IReadOnlyList<Organization> organizations)
    {
        var types = organizations.ToDictionary(o => o.Name.Vi, o => o.Type, StringComparer.Ordinal);
        var given = new int[applications.Count];
        var result = new List<PlannedAllocation>();
        foreach (var zone in zones.OrderBy(z => z.SortOrder))
        {
            var allocated = booths.Where(b => b.ZoneCode == zone.Code && b.Status == BoothStatus.Allocated).OrderBy(b => b.Code, StringComparer.Ordinal);
            foreach (var booth in allocated)
            {
                var index = FindTaker(zone, booth, applications, types, given);
                if (index < 0)
                {
                    throw new DemoDataException(DemoDataFolder.BoothsFile, $"booth {booth.Code}",
                        $"it is Allocated, but no Allocated application of {DemoDataFolder.ApplicationsFile} that prefers zone {zone.Code} and wants a {booth.Size} booth has a place left; lower the block's 'allocated' or add an application.");
                }
                given[index]++;
                result.Add(new PlannedAllocation(booth.Code, index));
            }
        }
        for (var i = 0; i < applications.Count; i++)
        {
            var application = applications[i].Application;
            if (application.Status == ApplicationStatus.Allocated && given[i] != application.BoothsWanted)
            {
                throw new DemoDataException(DemoDataFolder.ApplicationsFile, $"application #{i + 1} ({applications[i].OrganizationName})",
                    $"it is Allocated and wants {application.BoothsWanted} booths, but the layout's Allocated booths in its zones give it {given[i]}.");
            }
        }
        return result;
    }

    private static int FindTaker(Zone zone, PlannedBooth booth, IReadOnlyList<PlannedApplication> applications, Dictionary<string, OrganizationType> types, int[] given)
    {
        for (var i = 0; i < applications.Count; i++)
        {
            var planned = applications[i];
            var application = planned.Application;
            if (application.Status == ApplicationStatus.Allocated
                && given[i] < application.BoothsWanted
                && planned.ZoneCodes.Contains(zone.Code)
                && zone.Accepts(types[planned.OrganizationName])
                && SizeFits(application.SizeWanted, booth.Size))
            {
                return i;
            }
        }
        return -1;
    }

    public static bool SizeFits(BoothSize wanted, BoothSize booth) =>
        wanted == booth || (wanted == BoothSize.Standard && booth == BoothSize.Corner);
}
