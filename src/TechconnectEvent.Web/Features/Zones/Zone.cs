using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Zones;

/// <summary>A functional zone of the exhibition hall or a technology demonstration area.</summary>
public sealed class Zone : TechconnectEvent.Web.Infrastructure.Operations.IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    /// <summary>Short code, unique within the edition, used as booth-code prefix (e.g. "AI").</summary>
    public required string Code { get; set; }
    public required LocalizedText Name { get; set; }
    public ZoneKind Kind { get; set; }
    /// <summary>Display colour as #RRGGBB.</summary>
    public string Colour { get; set; } = "#607D8B";
    /// <summary>Organisation types allowed to exhibit here; None means every type.</summary>
    public OrganizationType EligibleTypes { get; set; }
    public LocalizedText Description { get; set; } = new("", "");
    public int SortOrder { get; set; }
    public bool IsArchived { get; set; }
    /// <summary>Concurrency token: bumped on every change so two organisers editing a zone cannot overwrite each other.</summary>
    public long Version { get; set; }

    public bool Accepts(OrganizationType type) =>
        EligibleTypes == OrganizationType.None || (EligibleTypes & type) == type;
}

public enum ZoneKind
{
    FunctionalZone = 0,
    DemonstrationArea = 1,
}
