using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Forum;

/// <summary>
/// One session of the forum programme: a focus panel, a forum, a ceremony, a connection round or the VIP tour, in a
/// room at a time. Times are instants (stored in UTC) and shown in the edition's time zone. Only Published sessions
/// are public; <see cref="Sequence"/> is the iCalendar SEQUENCE, raised on every change a calendar would show.
/// </summary>
public sealed class ForumSession : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public required LocalizedText Title { get; set; }
    public SessionKind Kind { get; set; } = SessionKind.FocusPanel;
    public int? TopicId { get; set; }
    /// <summary>Null while the organisers have not placed it yet (it then stays off the board's columns).</summary>
    public int? RoomId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    /// <summary>Seats for this session; null means the room's capacity.</summary>
    public int? Capacity { get; set; }
    public LocalizedText Description { get; set; } = new("", "");
    public SessionStatus Status { get; set; } = SessionStatus.Draft;
    /// <summary>Why it was cancelled, told to the public agenda.</summary>
    public string? CancellationReason { get; set; }

    /// <summary>iCalendar SEQUENCE: 0 when first published, +1 on every later change of a published session.</summary>
    public int Sequence { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    /// <summary>Last change after publishing; the public agenda marks the session "updated" when set.</summary>
    public DateTimeOffset? ChangedAfterPublishAt { get; set; }

    /// <summary>A time a chair proposed (room and time are the organisers' to change); null when none is pending.</summary>
    public DateTimeOffset? ProposedStartsAt { get; set; }
    public DateTimeOffset? ProposedEndsAt { get; set; }
    public string? ProposedBy { get; set; }
    public DateTimeOffset? ProposedAt { get; set; }
    public string? ProposalNote { get; set; }

    public long Version { get; set; }

    public List<SessionChair> Chairs { get; set; } = [];
    public List<Speaker> Speakers { get; set; } = [];

    public TimeSpan Length => EndsAt - StartsAt;
}

public enum SessionKind
{
    OpeningCeremony = 0,
    PlenaryForum = 1,
    FocusPanel = 2,
    ConnectionRound = 3,
    MouCeremony = 4,
    VipTour = 5,
    Other = 6,
}

/// <summary>Draft (organisers and chairs only) → Published (public) ; Cancelled stays listed, marked, in the agenda once published.</summary>
public enum SessionStatus
{
    Draft = 0,
    Published = 1,
    Cancelled = 2,
}

/// <summary>An account with the SessionChair role that chairs a session: it may edit that session's content.</summary>
public sealed class SessionChair
{
    public int SessionId { get; set; }
    public string UserId { get; set; } = "";
}

/// <summary>A speaker of a session, in speaking order, with the minutes given to them.</summary>
public sealed class Speaker
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    /// <summary>As written, in NFC ("GS.TS. Nguyễn Văn A").</summary>
    public string Name { get; set; } = "";
    /// <summary>Position ("Thứ trưởng Bộ Khoa học và Công nghệ").</summary>
    public string? Title { get; set; }
    public string? Organization { get; set; }
    public string? TalkTitle { get; set; }
    public int SortOrder { get; set; }
    public int Minutes { get; set; }
    /// <summary>The speaker's account when they have one: the clash check then knows them for certain.</summary>
    public string? UserId { get; set; }
}

/// <summary>A registered person's interest in a session, given in the registration form: the session's expected audience.</summary>
public sealed class SessionInterest
{
    public int RegistrationId { get; set; }
    public int SessionId { get; set; }
}

public static class ForumLimits
{
    public const int Title = 300;
    public const int Description = 4000;
    public const int RoomName = 120;
    public const int LocationNote = 200;
    public const int TopicName = 120;
    public const int TopicCode = 32;
    public const int PersonName = 150;
    public const int PersonTitle = 200;
    public const int Organization = 250;
    public const int TalkTitle = 300;
    public const int Reason = 500;
    public const int ProposalNote = 1000;
    /// <summary>The board's grid.</summary>
    public const int SlotMinutes = 15;
    public const int MaxSpeakers = 40;
}
