using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Connections;

/// <summary>
/// A technology an organisation offers for transfer, licensing or a joint venture at one edition — written by hand or
/// taken with one click from a technology it exhibits (<see cref="TechnologyId"/>).
/// </summary>
public sealed class TechnologyOffer : IVersioned, IEditionScoped, IHasSearchKeys
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public int OrganizationId { get; set; }
    /// <summary>The exhibited technology this offer was made from, when it was.</summary>
    public int? TechnologyId { get; set; }
    public TechnologyField Field { get; set; }
    /// <summary>Licensing, Transfer or JointVenture (Demonstration is not an offer).</summary>
    public TechnologyOfferType OfferType { get; set; } = TechnologyOfferType.Transfer;
    public required LocalizedText Title { get; set; }
    public LocalizedText Description { get; set; } = new("", "");
    /// <summary>The person a counterpart meets, as written ("TS. Lê Thị Mai").</summary>
    public string ContactName { get; set; } = "";
    /// <summary>Not shown on the public list: counterparts reach the contact through a meeting request.</summary>
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    /// <summary>Shown on the public <c>/connect</c> list; a withdrawn offer is kept for the requests that cite it.</summary>
    public bool IsPublished { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }

    /// <summary>Titles and descriptions in both languages, folded, for searching.</summary>
    public string SearchKey { get; private set; } = "";

    public void RefreshSearchKeys() => SearchKey = TextFolding.Key(Title.Vi, Title.En, Description.Vi, Description.En);
}

/// <summary>A problem an enterprise, locality or cooperative wants solved by a technology.</summary>
public sealed class TechnologyNeed : IVersioned, IEditionScoped, IHasSearchKeys
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public int OrganizationId { get; set; }
    public TechnologyField Field { get; set; }
    public required LocalizedText Title { get; set; }
    public LocalizedText Description { get; set; } = new("", "");
    public string ContactName { get; set; } = "";
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public bool IsPublished { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }

    public string SearchKey { get; private set; } = "";

    public void RefreshSearchKeys() => SearchKey = TextFolding.Key(Title.Vi, Title.En, Description.Vi, Description.En);
}

public static class ConnectionLimits
{
    public const int Title = 300;
    public const int Description = 4000;
    public const int PersonName = 150;
    public const int PersonTitle = 200;
    public const int Email = 256;
    public const int Phone = 32;
    public const int Message = 1000;
    public const int Reason = 500;
    public const int Notes = 4000;
    public const int MeetingLink = 500;
    public const int Location = 200;
    public const int ItemText = 2000;
    public const int FileName = 200;
    /// <summary>Largest MoU document accepted: 20 MB.</summary>
    public const long DocumentBytes = 20L * 1024 * 1024;
}
