namespace TechconnectEvent.Web.Features.CheckIns;

/// <summary>
/// One admission: a person let in through a gate on one day of the edition, or into one session. The unique index
/// on (registration, scope, day) is what makes a badge scanned at two gates at once admit exactly one of them.
/// </summary>
/// <remarks>Written on the hot scan path by the check-in store in plain SQL; not edited afterwards.</remarks>
public sealed class CheckIn
{
    /// <summary>The scope of entry to the fair through any gate.</summary>
    public const int FairEntry = 0;

    public long Id { get; set; }
    public int EditionId { get; set; }
    public int RegistrationId { get; set; }
    public int ScanPointId { get; set; }
    /// <summary><see cref="FairEntry"/> for gates; the scan point's id for a session door (once per session).</summary>
    public int Scope { get; set; }
    /// <summary>Day of the edition in its time zone, 0 = the first day.</summary>
    public int DayIndex { get; set; }
    public DateTimeOffset At { get; set; }
    public int? DeviceId { get; set; }
    public string? StaffUserId { get; set; }
}

/// <summary>
/// Every scan, admitted or not: who (device or staff member), where, when, what was scanned and the verdict. The
/// nonce key makes a retried scan get the first answer again.
/// </summary>
public sealed class ScanRecord
{
    public long Id { get; set; }
    public int EditionId { get; set; }
    /// <summary>When the badge was scanned (a queued scan keeps the time it was made).</summary>
    public DateTimeOffset At { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public int? ScanPointId { get; set; }
    public int? DeviceId { get; set; }
    public string? StaffUserId { get; set; }
    /// <summary>What was scanned, trimmed to <see cref="ScanLimits.Code"/> characters.</summary>
    public string Code { get; set; } = "";
    public int? RegistrationId { get; set; }
    public ScanStatus Status { get; set; }
    public ScanReason Reason { get; set; }
    /// <summary>The admission this scan made, or the earlier one it ran into.</summary>
    public long? CheckInId { get; set; }
    /// <summary>"d{device}:{nonce}" or "u{user}:{nonce}"; unique, so one nonce has one answer.</summary>
    public string? NonceKey { get; set; }
}

public enum ScanStatus
{
    CheckedIn = 0,
    AlreadyCheckedIn = 1,
    Invalid = 2,
    NotAllowed = 3,
}

/// <summary>Why a scan was not a plain check-in; the API sends it in kebab case ("pending-approval").</summary>
public enum ScanReason
{
    None = 0,
    /// <summary>Not a badge code at all (wrong length or characters).</summary>
    MalformedCode = 1,
    /// <summary>Well formed, but no badge has it.</summary>
    UnknownCode = 2,
    /// <summary>The badge was reissued: this is the old one.</summary>
    Reissued = 3,
    /// <summary>A badge of another edition.</summary>
    OtherEdition = 4,
    Cancelled = 5,
    Rejected = 6,
    PendingApproval = 7,
    Waitlisted = 8,
    /// <summary>Registered for other days of the edition.</summary>
    NotToday = 9,
    /// <summary>Scanned before the edition's first day or after its last.</summary>
    OutsideEditionDays = 10,
    /// <summary>The scan point is closed.</summary>
    ScanPointClosed = 11,
}

public static class ScanLimits
{
    public const int Code = 64;
    public const int Nonce = 64;
    public const int NonceKey = 100;
}
