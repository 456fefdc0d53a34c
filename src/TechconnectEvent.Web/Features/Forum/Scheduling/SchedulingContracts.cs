using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Forum.Scheduling;

/// <summary>What can be wrong with where and when a session is.</summary>
public enum ClashKind
{
    /// <summary>Another session in the same room overlaps (hard).</summary>
    RoomDoubleBooked = 0,
    /// <summary>A chair or speaker is in another overlapping session: same account, or same folded name + organisation (hard).</summary>
    PersonDoubleBooked = 1,
    /// <summary>The session does not lie within the edition's days, in its time zone (hard).</summary>
    OutsideEditionDays = 2,
    /// <summary>The speakers' minutes add up to more than the session's length (hard).</summary>
    SpeakerMinutesExceedLength = 3,
    /// <summary>More people are expected (sessions of interest) than the room seats (warning).</summary>
    AudienceAboveCapacity = 4,
    /// <summary>It ends at or before its start (hard).</summary>
    EndsBeforeStart = 5,
}

public enum ClashSeverity
{
    /// <summary>Blocks the save.</summary>
    Blocking = 0,
    /// <summary>Saved only when the user accepts it.</summary>
    Warning = 1,
}

/// <summary>
/// One clash of one session. <paramref name="OtherSessionId"/>/<paramref name="OtherTitle"/> name the other session
/// (room and person clashes); <paramref name="Person"/> the person in two places; <paramref name="Planned"/> and
/// <paramref name="Available"/> the minutes (speakers vs length) or people (expected vs seats).
/// </summary>
public sealed record Clash(
    ClashKind Kind,
    ClashSeverity Severity,
    int SessionId,
    LocalizedText SessionTitle,
    int? OtherSessionId = null,
    LocalizedText? OtherTitle = null,
    string? Person = null,
    int? Planned = null,
    int? Available = null);

/// <summary>Where and when a session should be: what the board's drag and drop and quick-edit dialog send.</summary>
/// <param name="Version">The session's version as the user loaded it: a stale one fails with the concurrency error.</param>
/// <param name="AcceptWarnings">The user saw the warnings and saves anyway; hard clashes still block.</param>
public sealed record SessionPlacement(
    int SessionId,
    long Version,
    int RoomId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool AcceptWarnings = false);

/// <summary>
/// The outcome of a placement: saved (with the new version), or not saved because of <see cref="Error"/> (not found,
/// forbidden, concurrency …) or of clashes (<see cref="Clashes"/>: hard ones, or warnings not yet accepted).
/// </summary>
public sealed record ScheduleOutcome(bool Saved, long Version, IReadOnlyList<Clash> Clashes, OperationError? Error)
{
    /// <summary>Only warnings stand in the way: the user may accept them and try again.</summary>
    public bool NeedsAcceptance => !Saved && Error is null && Clashes.Count > 0 && Clashes.All(c => c.Severity == ClashSeverity.Warning);
}

/// <summary>
/// Moves sessions on the timetable. Organisers only; enforced here for every call, not by the page. Every change is
/// checked against all clash rules before anything is saved, inside the write transaction.
/// </summary>
public interface IForumScheduler
{
    /// <summary>The clashes the placement would have (nothing saved): live feedback while the user decides.</summary>
    Task<IReadOnlyList<Clash>> CheckAsync(SessionPlacement placement, CancellationToken cancellationToken = default);

    /// <summary>Saves the placement when it has no hard clash and its warnings are accepted; audited, SEQUENCE raised when published.</summary>
    Task<ScheduleOutcome> MoveAsync(SessionPlacement placement, CancellationToken cancellationToken = default);

    /// <summary>Every current clash of the edition's sessions (drafts and published, not cancelled), each pair once.</summary>
    Task<IReadOnlyList<Clash>> GetConflictsAsync(int editionId, CancellationToken cancellationToken = default);
}
