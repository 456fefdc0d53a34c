using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>A technology an organisation shows at its booth or offers for transfer.</summary>
public sealed class Technology : IHasSearchKeys, IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int? EditionId { get; set; }
    public required LocalizedText Title { get; set; }
    public TechnologyField Field { get; set; }
    /// <summary>Technology readiness level, 1 (basic principles) to 9 (proven in operation).</summary>
    public int ReadinessLevel { get; set; } = 5;
    public TechnologyOfferType OfferType { get; set; }
    public string? Description { get; set; }
    public long Version { get; set; }

    /// <summary>Both titles, folded, for searching in the database.</summary>
    public string TitleKey { get; private set; } = "";

    public void RefreshSearchKeys() => TitleKey = TextFolding.Key(Title.Vi, Title.En);
}

/// <summary>Fields after the national strategic technology groups.</summary>
public enum TechnologyField
{
    ArtificialIntelligence = 0,
    SemiconductorChips = 1,
    Blockchain = 2,
    Robotics = 3,
    NewMaterials = 4,
    GreenEnergy = 5,
    Biotechnology = 6,
    DigitalTechnology = 7,
    HealthAndMedicine = 8,
    Agriculture = 9,
    LogisticsAndSupplyChain = 10,
    Other = 99,
}

public enum TechnologyOfferType
{
    Demonstration = 0,
    Licensing = 1,
    Transfer = 2,
    JointVenture = 3,
}
