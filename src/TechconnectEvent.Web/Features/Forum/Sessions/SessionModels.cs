using TechconnectEvent.Web.Features.Forum.Scheduling;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Forum.Sessions;

/// <summary>What a person may change in one session: everything (organisers), its content (its chairs), or nothing.</summary>
public enum SessionAccess
{
    None = 0,
    Content = 1,
    Everything = 2,
}

/// <summary>The session form; times are the edition's local day and clock times.</summary>
public sealed class SessionForm
{
    public string TitleVi { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string DescriptionVi { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public SessionKind Kind { get; set; } = SessionKind.FocusPanel;
    public int? TopicId { get; set; }
    public int? RoomId { get; set; }
    public DateTime? Day { get; set; }
    public TimeSpan? Start { get; set; }
    public TimeSpan? End { get; set; }
    public int? Capacity { get; set; }
    public List<string> ChairIds { get; set; } = [];
    public List<SpeakerForm> Speakers { get; set; } = [];
    /// <summary>The version the person loaded; a stale one is refused as a conflict.</summary>
    public long Version { get; set; }
}

public sealed class SpeakerForm
{
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string? Organization { get; set; }
    public string? TalkTitle { get; set; }
    public int Minutes { get; set; }
    public string? UserId { get; set; }
}

public sealed record SessionOption(int Id, LocalizedText Name, string? Colour = null);

public sealed record ChairOption(string UserId, string Name);

/// <summary>A time a chair proposed, waiting for the organisers.</summary>
public sealed record ProposalView(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? By, DateTimeOffset? At, string? Note);

/// <summary>One session as its edit page shows it to the person who opened it.</summary>
public sealed record SessionEditor(
    int Id,
    int EditionId,
    string TimeZoneId,
    SessionAccess Access,
    SessionStatus Status,
    SessionForm Form,
    DateTimeOffset? PublishedAt,
    string? CancellationReason,
    ProposalView? Proposal,
    int ExpectedAudience,
    IReadOnlyList<SessionOption> Rooms,
    IReadOnlyList<SessionOption> Topics,
    IReadOnlyList<ChairOption> ChairCandidates);

/// <summary>A row of the organisers' session list or of a chair's own sessions.</summary>
public sealed record SessionRow(
    int Id,
    LocalizedText Title,
    SessionKind Kind,
    SessionOption? Topic,
    LocalizedText? Room,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    SessionStatus Status,
    int Speakers,
    int ExpectedAudience,
    bool HasProposal,
    int? TopicId);

/// <summary>
/// The outcome of a write: saved (with the session's id and new version), or not, because of errors (field
/// messages, not found, forbidden, conflict) or of clashes (hard ones, or warnings not yet accepted).
/// </summary>
public sealed record SessionWriteOutcome(bool Saved, int SessionId, long Version, IReadOnlyList<Clash> Clashes, IReadOnlyList<OperationError> Errors)
{
    public bool NeedsAcceptance => !Saved && Errors.Count == 0 && Clashes.Count > 0 && Clashes.All(c => c.Severity == ClashSeverity.Warning);

    public static SessionWriteOutcome Failed(params OperationError[] errors) => new(false, 0, 0, [], errors);
}

public static class SessionErrors
{
    public const string Required = "Forum.Sessions.Required";
    public const string TooLong = "Forum.Sessions.TooLong";
    public const string CapacityRange = "Forum.Sessions.CapacityRange";
    public const string MinutesRange = "Forum.Sessions.MinutesRange";
    public const string EndBeforeStart = "Forum.Sessions.EndBeforeStart";
    public const string TopicUnknown = "Forum.Sessions.TopicUnknown";
    public const string NotAChair = "Forum.Sessions.NotAChair";
    public const string TooManySpeakers = "Forum.Sessions.TooManySpeakers";
    public const string OnlyDraftsDeleted = "Forum.Sessions.OnlyDraftsDeleted";
    public const string OnlyPublishedCancelled = "Forum.Sessions.OnlyPublishedCancelled";
    public const string OnlyDraftsPublished = "Forum.Sessions.OnlyDraftsPublished";
    public const string RoomRequired = "Forum.Sessions.RoomRequired";
    public const string NoProposal = "Forum.Sessions.NoProposal";
}

/// <summary>The resource keys of the session enums, one per value.</summary>
public static class SessionLabels
{
    public static string Of(SessionKind kind) => kind switch
    {
        SessionKind.OpeningCeremony => "Forum.Sessions.Kind.OpeningCeremony",
        SessionKind.PlenaryForum => "Forum.Sessions.Kind.PlenaryForum",
        SessionKind.FocusPanel => "Forum.Sessions.Kind.FocusPanel",
        SessionKind.ConnectionRound => "Forum.Sessions.Kind.ConnectionRound",
        SessionKind.MouCeremony => "Forum.Sessions.Kind.MouCeremony",
        SessionKind.VipTour => "Forum.Sessions.Kind.VipTour",
        _ => "Forum.Sessions.Kind.Other",
    };

    public static string Of(SessionStatus status) => status switch
    {
        SessionStatus.Published => "Forum.Sessions.Status.Published",
        SessionStatus.Cancelled => "Forum.Sessions.Status.Cancelled",
        _ => "Forum.Sessions.Status.Draft",
    };
}
