using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections;

/// <summary>
/// A memorandum of understanding (biên bản ghi nhớ) signed on stage: its parties with their signatories, witnesses,
/// the ceremony and its place in the order of signing, status, value, numbered cooperation content and documents.
/// </summary>
public sealed class Mou : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public required LocalizedText Title { get; set; }
    public TechnologyField Field { get; set; } = TechnologyField.Other;
    public LocalizedText Summary { get; set; } = new("", "");
    public MouStatus Status { get; set; } = MouStatus.Proposed;
    public string? CancellationReason { get; set; }
    /// <summary>The forum session (kind MouCeremony) where it is signed.</summary>
    public int? CeremonySessionId { get; set; }
    /// <summary>1, 2, 3 … the order of signing on stage within the ceremony.</summary>
    public int? StageOrder { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    /// <summary>Optional value in đồng (no minor unit).</summary>
    public long? ValueVnd { get; set; }
    /// <summary>The connection meeting whose outcome "MoU planned" created this draft.</summary>
    public int? MeetingId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }

    public List<MouParty> Parties { get; set; } = [];
    public List<MouWitness> Witnesses { get; set; } = [];
    public List<MouItem> Items { get; set; } = [];
    public List<MouDocument> Documents { get; set; } = [];
}

/// <summary>Proposed → Prepared → Signed → Exchanged; Cancelled (with a reason) from any state before Exchanged.</summary>
public enum MouStatus
{
    Proposed = 0,
    Prepared = 1,
    Signed = 2,
    Exchanged = 3,
    Cancelled = 4,
}

public enum MouPartyRole
{
    Partner = 0,
    Transferor = 1,
    Recipient = 2,
}

/// <summary>A signing party: the organisation, its role, and who signs for it (name and position exactly as written).</summary>
public sealed class MouParty
{
    public int Id { get; set; }
    public int MouId { get; set; }
    public int OrganizationId { get; set; }
    public MouPartyRole Role { get; set; }
    public string SignatoryName { get; set; } = "";
    public string SignatoryPosition { get; set; } = "";
    public int SortOrder { get; set; }
}

/// <summary>A witness of the signing ("Phó Thủ tướng Chính phủ Trần Lưu Quang").</summary>
public sealed class MouWitness
{
    public int Id { get; set; }
    public int MouId { get; set; }
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public int SortOrder { get; set; }
}

/// <summary>One numbered cooperation content item, as in a cooperation programme's "(1) … (2) …".</summary>
public sealed class MouItem
{
    public int Id { get; set; }
    public int MouId { get; set; }
    public int Number { get; set; }
    public required LocalizedText Text { get; set; }
}

/// <summary>
/// An attached PDF or image, stored outside wwwroot under <see cref="StoredName"/> (generated; never the uploaded name)
/// and served only to authorised users.
/// </summary>
public sealed class MouDocument
{
    public int Id { get; set; }
    public int MouId { get; set; }
    /// <summary>The uploaded file's name, cleaned, for display and download only.</summary>
    public string FileName { get; set; } = "";
    /// <summary>Random file name in the documents folder.</summary>
    public string StoredName { get; set; } = "";
    /// <summary>From the content's signature: application/pdf, image/png, image/jpeg or image/webp.</summary>
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    /// <summary>Hex SHA-256 of the content.</summary>
    public string Sha256 { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}
