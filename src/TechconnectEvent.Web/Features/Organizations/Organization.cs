using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Organizations;

/// <summary>An agency, institute, university, firm or locality that exhibits, signs or attends.</summary>
public sealed class Organization : IHasSearchKeys, IVersioned
{
    public int Id { get; set; }
    public required LocalizedText Name { get; set; }
    public string? ShortName { get; set; }
    public OrganizationType Type { get; set; }
    /// <summary>ISO 3166-1 alpha-2 code, e.g. VN, KR, JP.</summary>
    public string Country { get; set; } = "VN";
    /// <summary>Province or city (Vietnamese name) for Vietnamese organisations.</summary>
    public string? Province { get; set; }
    /// <summary>Vietnamese tax code (mã số thuế), digits only: 10, or 13 with a branch suffix; optional.</summary>
    public string? TaxCode { get; set; }
    public string? Website { get; set; }
    public string? ContactPerson { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>Concurrency token, bumped on every change.</summary>
    public long Version { get; set; }

    /// <summary>Both names and the short name, folded, for searching in the database.</summary>
    public string NameKey { get; private set; } = "";

    public void RefreshSearchKeys() => NameKey = TextFolding.Key(Name.Vi, Name.En, ShortName);
}
