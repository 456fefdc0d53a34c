using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Zones;

/// <summary>A zone as the zones page lists it, with its booths counted.</summary>
public sealed record ZoneSummary(
    int Id, string Code, LocalizedText Name, ZoneKind Kind, string Colour, OrganizationType EligibleTypes,
    LocalizedText Description, int SortOrder, bool IsArchived, long Version, int BoothCount, int AllocatedCount);

/// <summary>What an organiser types into the zone dialog. Mutable so a form can bind to it.</summary>
public sealed class ZoneInput
{
    public string Code { get; set; } = "";
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public ZoneKind Kind { get; set; }
    public string Colour { get; set; } = "#607D8B";
    public OrganizationType EligibleTypes { get; set; }
    public string DescriptionVi { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public int SortOrder { get; set; }
    /// <summary>The version the organiser started editing from; a different stored version means someone else saved first.</summary>
    public long Version { get; set; }

    public static ZoneInput From(ZoneSummary zone) => new()
    {
        Code = zone.Code,
        NameVi = zone.Name.Vi,
        NameEn = zone.Name.En,
        Kind = zone.Kind,
        Colour = zone.Colour,
        EligibleTypes = zone.EligibleTypes,
        DescriptionVi = zone.Description.Vi,
        DescriptionEn = zone.Description.En,
        SortOrder = zone.SortOrder,
        Version = zone.Version,
    };
}
