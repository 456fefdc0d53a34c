using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections;

/// <summary>
/// One organisation's signed-in contact asks another organisation for a 1:1 meeting, citing an offer or a need. The
/// other accepts (a <see cref="Meeting"/> is made) or declines. Organisers can create meetings directly; those
/// requests are born accepted with <see cref="CreatedByOrganiser"/>.
/// </summary>
public sealed class MeetingRequest : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public int FromOrganizationId { get; set; }
    public int ToOrganizationId { get; set; }
    public int? OfferId { get; set; }
    public int? NeedId { get; set; }
    public string Message { get; set; } = "";
    /// <summary>The asking person, as written; their account when they asked signed in.</summary>
    public string FromContactName { get; set; } = "";
    public string? FromUserId { get; set; }
    /// <summary>Who answered for the other organisation (name and account), once answered.</summary>
    public string? ToContactName { get; set; }
    public string? ToUserId { get; set; }
    public MeetingRequestStatus Status { get; set; } = MeetingRequestStatus.Pending;
    public string? DeclineReason { get; set; }
    public bool CreatedByOrganiser { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
    /// <summary>The meeting an accepted request became (two mutual requests share one).</summary>
    public int? MeetingId { get; set; }
    public long Version { get; set; }
}

public enum MeetingRequestStatus
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    /// <summary>Taken back by the asking side before an answer.</summary>
    Withdrawn = 3,
}
