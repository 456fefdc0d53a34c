using TechconnectEvent.Web.Features.Registrations;

namespace TechconnectEvent.Web.Features.CheckIns;

/// <summary>
/// The gate's rules, in one place and free of storage: what a scanned code is worth at a scan point at an instant.
/// The store gathers the facts, asks here, and writes what it is told; the unique index then settles which of two
/// simultaneous scans of one badge is the check-in and which the "already checked in".
/// </summary>
public static class CheckInRules
{
    /// <summary>The facts about a scanned code; <see cref="Badge"/> null when no current badge has it.</summary>
    public sealed record Facts(
        string? NormalizedCode,
        BadgeFacts? Badge,
        bool IsRetiredCode,
        ScanEdition Edition,
        ScanPointFacts ScanPoint,
        DateTimeOffset ScannedAt);

    public sealed record BadgeFacts(int RegistrationId, int EditionId, RegistrationStatus Status, int DaysMask);

    public sealed record ScanEdition(int Id, DateOnly StartDate, DateOnly EndDate, string TimeZoneId);

    public sealed record ScanPointFacts(int Id, ScanPointKind Kind, bool IsClosed);

    /// <summary>Either a refusal, or the admission to try: (scope, day) for the unique index.</summary>
    public readonly record struct Decision(ScanStatus Status, ScanReason Reason, int Scope, int DayIndex)
    {
        public bool Admits => Status == ScanStatus.CheckedIn;

        public static Decision Refuse(ScanStatus status, ScanReason reason) => new(status, reason, 0, -1);
    }

    public static Decision Decide(Facts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.NormalizedCode is null)
        {
            return Decision.Refuse(ScanStatus.Invalid, ScanReason.MalformedCode);
        }
        if (facts.Badge is not { } badge)
        {
            return Decision.Refuse(ScanStatus.Invalid, facts.IsRetiredCode ? ScanReason.Reissued : ScanReason.UnknownCode);
        }
        if (badge.EditionId != facts.Edition.Id)
        {
            return Decision.Refuse(ScanStatus.Invalid, ScanReason.OtherEdition);
        }
        if (facts.ScanPoint.IsClosed)
        {
            return Decision.Refuse(ScanStatus.NotAllowed, ScanReason.ScanPointClosed);
        }
        switch (badge.Status)
        {
            case RegistrationStatus.Cancelled:
                return Decision.Refuse(ScanStatus.NotAllowed, ScanReason.Cancelled);
            case RegistrationStatus.Rejected:
                return Decision.Refuse(ScanStatus.NotAllowed, ScanReason.Rejected);
            case RegistrationStatus.Pending:
                return Decision.Refuse(ScanStatus.NotAllowed, ScanReason.PendingApproval);
            case RegistrationStatus.Waitlisted:
                return Decision.Refuse(ScanStatus.NotAllowed, ScanReason.Waitlisted);
        }
        var day = DayIndex(facts.Edition, facts.ScannedAt);
        if (day is null)
        {
            return Decision.Refuse(ScanStatus.NotAllowed, ScanReason.OutsideEditionDays);
        }
        // A registration with no days recorded (none is written that way today) is not turned away for it.
        if (badge.DaysMask != 0 && (badge.DaysMask & (1 << day.Value)) == 0)
        {
            return Decision.Refuse(ScanStatus.NotAllowed, ScanReason.NotToday);
        }
        var scope = facts.ScanPoint.Kind == ScanPointKind.Gate ? CheckIn.FairEntry : facts.ScanPoint.Id;
        return new Decision(ScanStatus.CheckedIn, ScanReason.None, scope, day.Value);
    }

    /// <summary>The day of the edition (0 = first) that <paramref name="instant"/> falls on in its time zone; null outside it.</summary>
    public static int? DayIndex(ScanEdition edition, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var local = TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(edition.TimeZoneId));
        var date = DateOnly.FromDateTime(local.DateTime);
        if (date < edition.StartDate || date > edition.EndDate)
        {
            return null;
        }
        var index = date.DayNumber - edition.StartDate.DayNumber;
        return index < 31 ? index : null;
    }

    /// <summary>The reason as the API sends it: kebab case, or null for none.</summary>
    public static string? ApiReason(ScanReason reason) => reason switch
    {
        ScanReason.None => null,
        ScanReason.MalformedCode => "malformed-code",
        ScanReason.UnknownCode => "unknown-code",
        ScanReason.Reissued => "reissued",
        ScanReason.OtherEdition => "other-edition",
        ScanReason.Cancelled => "cancelled",
        ScanReason.Rejected => "rejected",
        ScanReason.PendingApproval => "pending-approval",
        ScanReason.Waitlisted => "waitlisted",
        ScanReason.NotToday => "not-today",
        ScanReason.OutsideEditionDays => "outside-edition-days",
        ScanReason.ScanPointClosed => "scan-point-closed",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
