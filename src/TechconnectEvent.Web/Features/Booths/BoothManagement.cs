using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>Helpers shared by the zone and booth services.</summary>
internal static class BoothManagement
{
    public static string ListCodes(IEnumerable<string> codes, int max = 10)
    {
        var all = codes.ToList();
        return all.Count <= max ? string.Join(", ", all) : string.Join(", ", all.Take(max)) + ", …";
    }

    public static bool MayManage(Actor actor) => actor.IsOrganiser;
}
