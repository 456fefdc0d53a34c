namespace TechconnectEvent.Web.Features.Organizations;

/// <summary>
/// Kinds of organisation. Flags so that a zone can list the set of kinds it accepts;
/// an organisation has exactly one.
/// </summary>
[Flags]
public enum OrganizationType
{
    None = 0,
    Enterprise = 1 << 0,
    HighTechEnterprise = 1 << 1,
    ScienceTechEnterprise = 1 << 2,
    Institute = 1 << 3,
    University = 1 << 4,
    MarketIntermediary = 1 << 5,
    Locality = 1 << 6,
    ForeignTechCompany = 1 << 7,
    Cooperative = 1 << 8,
    Sponsor = 1 << 9,
    GovernmentAgency = 1 << 10,
}

public static class OrganizationTypes
{
    public static readonly OrganizationType[] All = Enum.GetValues<OrganizationType>()
        .Where(t => t != OrganizationType.None)
        .ToArray();

    public static IEnumerable<OrganizationType> Split(OrganizationType set) =>
        All.Where(t => set.HasFlag(t));
}
