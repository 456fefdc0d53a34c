using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.CheckIns;

/// <summary>
/// One scan to judge: a badge code at a scan point, by a device or a staff member. <paramref name="ScannedAt"/> is
/// given for queued scans (the time the badge was read); live scans take the server's clock. The nonce, unique per
/// device or staff member, makes a retried scan get its first answer again.
/// </summary>
public sealed record ScanRequest(
    string? Code,
    int ScanPointId,
    int? DeviceId,
    string? StaffUserId,
    string? Nonce,
    DateTimeOffset? ScannedAt = null);

/// <summary>
/// The answer to a scan. For <see cref="ScanStatus.AlreadyCheckedIn"/>, <see cref="FirstCheckInAt"/> and
/// <see cref="FirstScanPointName"/> tell when and where the person came in first; for a check-in, this scan itself.
/// </summary>
public sealed record ScanVerdict(
    ScanStatus Status,
    ScanReason Reason,
    int? RegistrationId = null,
    string? Name = null,
    string? CategoryCode = null,
    LocalizedText? CategoryName = null,
    string? CategoryColour = null,
    string? Organization = null,
    DateTimeOffset? FirstCheckInAt = null,
    int? FirstScanPointId = null,
    string? FirstScanPointName = null);

/// <summary>The single way in for every scan: the gate page, the scanner API and queued scans.</summary>
public interface ICheckInScanner
{
    Task<ScanVerdict> ScanAsync(ScanRequest request, CancellationToken cancellationToken = default);
}

/// <summary>Published after scans are committed, so that dashboards recount (at most once a second).</summary>
public sealed record CheckInChange(int EditionId, int Admitted);

/// <summary>Published when a device is added, revoked or changed, so that cached keys are dropped at once.</summary>
public sealed record DeviceChange(int DeviceId);

/// <summary>Published when a scan point is added, changed or closed.</summary>
public sealed record ScanPointChange(int EditionId);
