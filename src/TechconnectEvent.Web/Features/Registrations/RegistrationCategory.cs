using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations;

/// <summary>
/// A kind of registration in one edition (government / VIP guest, press, visitor …), the organisers' to edit: its
/// badge colour, whether an organiser must approve it, and how many people it takes.
/// </summary>
public sealed class RegistrationCategory : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    /// <summary>Stable key within the edition ("press", "visitor" …): used by filters, imports and scripts.</summary>
    public string Code { get; set; } = "";
    public required LocalizedText Name { get; set; }
    /// <summary>"#RRGGBB" of the badge band.</summary>
    public string Colour { get; set; } = "#1565C0";
    public bool RequiresApproval { get; set; }
    /// <summary>Most people it takes (Pending and Confirmed count); null means no limit.</summary>
    public int? Capacity { get; set; }
    /// <summary>When full, new registrations go on a waiting list instead of being refused.</summary>
    public bool WaitlistWhenFull { get; set; }
    /// <summary>Offered in the public form; the others are for invitations and the desk only.</summary>
    public bool OpenToPublic { get; set; } = true;
    public BadgeRibbon Ribbon { get; set; }
    public int SortOrder { get; set; }
    public long Version { get; set; }
}

/// <summary>The categories every new edition starts with, unless they are copied from an earlier one.</summary>
public static class RegistrationCategoryDefaults
{
    public const string Government = "government";
    public const string Enterprise = "enterprise";
    public const string Academic = "academic";
    public const string ExhibitorStaff = "exhibitor-staff";
    public const string Speaker = "speaker";
    public const string Press = "press";
    public const string International = "international";
    public const string Visitor = "visitor";

    public static IReadOnlyList<RegistrationCategory> For(int editionId) =>
    [
        Make(editionId, Government, "Khách mời chính phủ / VIP", "Government / VIP guest", "#B71C1C", approval: true, BadgeRibbon.None, 1),
        Make(editionId, Enterprise, "Doanh nghiệp", "Enterprise", "#1565C0", approval: false, BadgeRibbon.None, 2),
        Make(editionId, Academic, "Viện nghiên cứu, trường đại học", "Institute or university", "#2E7D32", approval: false, BadgeRibbon.None, 3),
        Make(editionId, ExhibitorStaff, "Nhân viên gian hàng", "Exhibitor staff", "#E65100", approval: false, BadgeRibbon.Exhibitor, 4),
        Make(editionId, Speaker, "Diễn giả", "Speaker", "#6A1B9A", approval: false, BadgeRibbon.Speaker, 5),
        Make(editionId, Press, "Báo chí", "Press", "#37474F", approval: true, BadgeRibbon.Press, 6),
        Make(editionId, International, "Đại biểu quốc tế", "International delegate", "#00838F", approval: true, BadgeRibbon.None, 7),
        Make(editionId, Visitor, "Khách tham quan", "Visitor", "#558B2F", approval: false, BadgeRibbon.None, 8),
    ];

    private static RegistrationCategory Make(int editionId, string code, string vi, string en, string colour, bool approval,
        BadgeRibbon ribbon, int order) => new()
    {
        EditionId = editionId,
        Code = code,
        Name = new LocalizedText(vi, en),
        Colour = colour,
        RequiresApproval = approval,
        Ribbon = ribbon,
        SortOrder = order,
    };
}
