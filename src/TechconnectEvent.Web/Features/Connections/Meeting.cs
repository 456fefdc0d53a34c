using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections;

/// <summary>
/// An agreed 1:1 meeting between two organisations (A asked, B accepted), placed by the scheduler or by hand into a
/// round at a table; held or no-show at the table; then its outcome. Unscheduled while <see cref="RoundId"/> is null.
/// </summary>
public sealed class Meeting : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public int OrganizationAId { get; set; }
    public int OrganizationBId { get; set; }
    /// <summary>The person who meets for each side (names as written; accounts when known): nobody is in two meetings at once.</summary>
    public string ContactA { get; set; } = "";
    public string? UserAId { get; set; }
    public string ContactB { get; set; } = "";
    public string? UserBId { get; set; }
    public int? OfferId { get; set; }
    public int? NeedId { get; set; }
    /// <summary>Both sides asked each other: the scheduler places mutual meetings first.</summary>
    public bool IsMutual { get; set; }
    public int? RoundId { get; set; }
    public int? TableId { get; set; }
    public MeetingStatus Status { get; set; } = MeetingStatus.Planned;
    /// <summary>Why the last scheduler run could not place it (a <see cref="UnplacedReason"/>); null when placed or never tried.</summary>
    public UnplacedReason? Unplaced { get; set; }
    public MeetingOutcome Outcome { get; set; } = MeetingOutcome.None;
    public string? OutcomeNotes { get; set; }
    public DateTimeOffset? OutcomeAt { get; set; }
    public string? OutcomeBy { get; set; }
    /// <summary>The draft MoU an outcome "MoU planned" created.</summary>
    public int? MouId { get; set; }
    public bool CreatedByOrganiser { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When each side was last sent its schedule by e-mail.</summary>
    public DateTimeOffset? ScheduleSentAt { get; set; }
    public long Version { get; set; }
}

/// <summary>Planned (agreed; scheduled once it has a round and table) → Held or NoShow at the table; Cancelled by organisers.</summary>
public enum MeetingStatus
{
    Planned = 0,
    Held = 1,
    NoShow = 2,
    Cancelled = 3,
}

public enum MeetingOutcome
{
    None = 0,
    NoFurtherInterest = 1,
    FollowUp = 2,
    Nda = 3,
    TransferContract = 4,
    MouPlanned = 5,
}

/// <summary>Why the scheduler left a meeting out, told to the organisers next to it.</summary>
public enum UnplacedReason
{
    /// <summary>No round in which both organisations (and both people) are free and available.</summary>
    NoCommonFreeRound = 0,
    /// <summary>Free rounds exist but every suitable table is taken in them.</summary>
    NoFreeTable = 1,
    /// <summary>A party joins online and the edition has no online table.</summary>
    NoOnlineTable = 2,
    /// <summary>Both parties are onsite and the edition has no onsite table.</summary>
    NoOnsiteTable = 3,
    /// <summary>The edition has no rounds yet.</summary>
    NoRounds = 4,
}

/// <summary>A round of connection meetings: all of its meetings start together and last <see cref="Minutes"/>.</summary>
public sealed class MeetingRound : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    /// <summary>1, 2, 3 … in time order (shown as "Phiên 2").</summary>
    public int Number { get; set; }
    /// <summary>UTC instant, shown in the edition's time zone.</summary>
    public DateTimeOffset StartsAt { get; set; }
    /// <summary>Usually 20–30.</summary>
    public int Minutes { get; set; } = 30;
    public long Version { get; set; }

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(Minutes);
}

/// <summary>A numbered connection table: onsite at a place in the hall, or online with its meeting link.</summary>
public sealed class MeetingTable : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    /// <summary>Unique in the edition across onsite and online tables (printed on the table sign).</summary>
    public int Number { get; set; }
    public bool IsOnline { get; set; }
    /// <summary>Online tables: the video meeting's link.</summary>
    public string? MeetingLink { get; set; }
    /// <summary>Onsite tables: where it stands ("Khu kết nối, dãy B").</summary>
    public string? Location { get; set; }
    /// <summary>A closed table keeps its meetings but the scheduler puts nothing more on it.</summary>
    public bool IsClosed { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// How an organisation takes part in the edition's connection meetings: onsite or online, and the rounds it cannot
/// attend. An organisation without a row is onsite and available in every round.
/// </summary>
public sealed class ConnectionParticipant : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public int OrganizationId { get; set; }
    /// <summary>The organisation joins remotely: its meetings go to online tables.</summary>
    public bool JoinsOnline { get; set; }
    public List<ParticipantUnavailability> UnavailableRounds { get; set; } = [];
    public long Version { get; set; }
}

public sealed class ParticipantUnavailability
{
    public int ParticipantId { get; set; }
    public int RoundId { get; set; }
}
