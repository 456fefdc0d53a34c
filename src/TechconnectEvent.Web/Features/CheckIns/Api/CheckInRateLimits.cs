using System.Threading.RateLimiting;

namespace TechconnectEvent.Web.Features.CheckIns.Api;

/// <summary>
/// The scanner API's two limits, each a fixed window of one minute: wrong keys per client address (so that keys
/// cannot be guessed at speed) and scans per valid device (<c>RateLimits:CheckIn:PermitsPerMinute</c>; the default
/// leaves room for a scanner at full speed, about three badges a second, plus its retries).
/// </summary>
public sealed class CheckInRateLimits : IDisposable
{
    public const string ScansSetting = "RateLimits:CheckIn:PermitsPerMinute";
    public const string FailedKeysSetting = "RateLimits:CheckInFailedKeys:PermitsPerMinute";
    public const int DefaultScansPerMinute = 600;
    public const int DefaultFailedKeysPerMinute = 20;

    private readonly PartitionedRateLimiter<string> failedKeys;
    private readonly PartitionedRateLimiter<int> scans;

    public CheckInRateLimits(IConfiguration configuration)
    {
        var failedPermits = Math.Max(1, configuration.GetValue(FailedKeysSetting, DefaultFailedKeysPerMinute));
        var scanPermits = Math.Max(1, configuration.GetValue(ScansSetting, DefaultScansPerMinute));
        failedKeys = PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => Window(failedPermits)));
        scans = PartitionedRateLimiter.Create<int, int>(device =>
            RateLimitPartition.GetFixedWindowLimiter(device, _ => Window(scanPermits)));
    }

    /// <summary>Counts a wrong key from <paramref name="clientAddress"/>; false once that address has had too many.</summary>
    public bool AllowFailedKey(string clientAddress)
    {
        using var lease = failedKeys.AttemptAcquire(clientAddress);
        return lease.IsAcquired;
    }

    /// <summary>Counts a request from a valid device; false once it has sent too many this minute.</summary>
    public bool AllowScan(int deviceId)
    {
        using var lease = scans.AttemptAcquire(deviceId);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        failedKeys.Dispose();
        scans.Dispose();
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
