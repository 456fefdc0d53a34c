using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Forum;

/// <summary>A hall or meeting room of one edition where sessions take place; copied with the edition.</summary>
public sealed class Room : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public required LocalizedText Name { get; set; }
    /// <summary>Seats; a session's capacity defaults to it.</summary>
    public int Capacity { get; set; }
    /// <summary>Where it is ("Tầng 2, cánh trái"), for delegates and the staff at its door.</summary>
    public string? LocationNote { get; set; }
    /// <summary>Column order on the timetable board and in the agenda.</summary>
    public int SortOrder { get; set; }
    /// <summary>A retired room keeps its past sessions but takes no new ones and leaves the board.</summary>
    public bool IsArchived { get; set; }
    public long Version { get; set; }
}

/// <summary>A technology focus of the forum, with the colour its sessions wear on the board and in the agenda.</summary>
public sealed class Topic : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    /// <summary>Stable key within the edition ("green-energy"), used by filters and links.</summary>
    public string Code { get; set; } = "";
    public required LocalizedText Name { get; set; }
    /// <summary>"#RRGGBB", dark enough for white text (WCAG AA).</summary>
    public string Colour { get; set; } = "#455A64";
    public int SortOrder { get; set; }
    public long Version { get; set; }
}

/// <summary>The topics every new edition starts with, unless it copies them from an earlier one.</summary>
public static class TopicDefaults
{
    public const string NewMaterials = "new-materials";
    public const string GreenEnergy = "green-energy";
    public const string Logistics = "logistics";
    public const string Health = "health";
    public const string InformationTechnology = "it";
    public const string DigitalGreenTransformation = "digital-green";
    public const string TechnologyEnergy = "technology-energy";

    public static IReadOnlyList<Topic> For(int editionId) =>
    [
        Make(editionId, NewMaterials, "Vật liệu mới", "New materials", "#6A1B9A", 1),
        Make(editionId, GreenEnergy, "Năng lượng xanh", "Green energy", "#2E7D32", 2),
        Make(editionId, Logistics, "Logistics và chuỗi cung ứng", "Logistics and supply chain", "#4E342E", 3),
        Make(editionId, Health, "Khoa học cho sức khỏe (nông nghiệp và y dược)", "Science for health (agriculture and medicine)", "#AD1457", 4),
        Make(editionId, InformationTechnology, "Công nghệ thông tin", "Information technology", "#1565C0", 5),
        Make(editionId, DigitalGreenTransformation, "Chuyển đổi số và chuyển đổi xanh", "Digital and green transformation", "#00695C", 6),
        Make(editionId, TechnologyEnergy, "Công nghệ và năng lượng", "Technology and energy", "#BF360C", 7),
    ];

    private static Topic Make(int editionId, string code, string vi, string en, string colour, int order) => new()
    {
        EditionId = editionId,
        Code = code,
        Name = new LocalizedText(vi, en),
        Colour = colour,
        SortOrder = order,
    };
}
