using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.Web.Features.Exhibitors.Apply;

/// <summary>
/// What an organisation types into the public application form: the organisation, its contact person, the booths
/// it wants and the technologies it will show. Flat, so that the static form posts plain named fields.
/// </summary>
public sealed class OnlineApplicationInput
{
    public const int MaxBooths = 10;
    public const int MaxTechnologies = 20;
    public const int MaxNeighbourWish = 300;

    /// <summary>The value of the "add another technology" button; any other submit is the application itself.</summary>
    public const string AddTechnologyAction = "add-technology";

    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public OrganizationType Type { get; set; }
    public string? Country { get; set; } = "VN";
    public string? Province { get; set; }
    public string? TaxCode { get; set; }
    public string? Website { get; set; }

    public string? ContactName { get; set; }
    public string? ContactPosition { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public int BoothsWanted { get; set; } = 1;
    public BoothSize SizeWanted { get; set; } = BoothSize.Standard;
    public int? ZonePreference1Id { get; set; }
    public int? ZonePreference2Id { get; set; }
    public int? ZonePreference3Id { get; set; }
    public string? NeighbourWish { get; set; }

    public List<TechnologyInput> Technologies { get; set; } = [new()];

    public bool Consent { get; set; }

    /// <summary>A field people never see (the honeypot): only a robot fills it in.</summary>
    public string? Fax { get; set; }

    public string? Action { get; set; }

    public bool WantsAnotherTechnology => Action == AddTechnologyAction;

    public bool LooksAutomated => !string.IsNullOrWhiteSpace(Fax);

    /// <summary>The organisation part, in the shape the organisation rules already check.</summary>
    public OrganizationInput ToOrganization() => new()
    {
        NameVi = NameVi,
        NameEn = NameEn,
        Type = Type,
        Country = Country,
        Province = Province,
        ContactPerson = ContactName,
        Email = ContactEmail,
        Phone = ContactPhone,
        Website = Website,
    };

    /// <summary>The booth part, in the shape the application rules already check.</summary>
    public ApplicationInput ToApplication() => new()
    {
        BoothsWanted = BoothsWanted,
        SizeWanted = SizeWanted,
        ZonePreference1Id = ZonePreference1Id,
        ZonePreference2Id = ZonePreference2Id,
        ZonePreference3Id = ZonePreference3Id,
        // An exhibitor with several booths shows them as one stand: side by side unless the secretariat decides otherwise.
        WantsAdjacent = BoothsWanted > 1,
    };

    public static string TechnologyField(int index, string field) => $"{nameof(Technologies)}[{index}].{field}";
}
