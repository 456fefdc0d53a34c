using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.Web.Features.CheckIns.Api;

/// <summary>A device that presented a valid key, as the scanner API needs it.</summary>
public sealed record DeviceIdentity(int DeviceId, int EditionId, int? DefaultScanPointId);

/// <summary>
/// Finds the device behind an <c>X-Device-Key</c> without a database round trip per scan: known keys are kept by
/// their hash for <see cref="Freshness"/>, and a device changed or revoked in this instance is dropped at once
/// (<see cref="DeviceChange"/>); another instance's revocation reaches this one within <see cref="Freshness"/>.
/// Unknown keys are never cached, so guessing cannot fill the memory.
/// </summary>
public sealed class DeviceDirectory : IDisposable
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);
    /// <summary>Longer than any key we issue; longer headers are refused before hashing.</summary>
    public const int MaxKeyLength = 100;

    private readonly IDbContextFactory<EventDbContext> dbFactory;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, Entry> byHash = new(StringComparer.Ordinal);
    private readonly IDisposable subscription;

    public DeviceDirectory(IDbContextFactory<EventDbContext> dbFactory, TimeProvider time, ChangeNotifier<DeviceChange> changes)
    {
        this.dbFactory = dbFactory;
        this.time = time;
        subscription = changes.Subscribe(change =>
        {
            Forget(change.DeviceId);
            return Task.CompletedTask;
        });
    }

    /// <summary>The device with this key, or null for a missing, unknown or revoked key.</summary>
    public async ValueTask<DeviceIdentity?> AuthenticateAsync(string? key, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
        {
            return null;
        }
        var hash = DeviceKeys.Hash(key.Trim());
        var now = time.GetUtcNow();
        if (byHash.TryGetValue(hash, out var known) && now - known.LoadedAt < Freshness)
        {
            return known.Device;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var device = await db.Devices.AsNoTracking()
            .Where(d => d.KeyHash == hash && d.RevokedAt == null)
            .Select(d => new DeviceIdentity(d.Id, d.EditionId, d.DefaultScanPointId))
            .FirstOrDefaultAsync(cancellationToken);
        if (device is null)
        {
            byHash.TryRemove(hash, out _);
            return null;
        }
        byHash[hash] = new Entry(device, now);
        return device;
    }

    /// <summary>Drops a device's cached key, so that its next scan reads the database (e.g. after a revocation).</summary>
    public void Forget(int deviceId)
    {
        foreach (var (hash, entry) in byHash)
        {
            if (entry.Device.DeviceId == deviceId)
            {
                byHash.TryRemove(hash, out _);
            }
        }
    }

    public void Dispose() => subscription.Dispose();

    private sealed record Entry(DeviceIdentity Device, DateTimeOffset LoadedAt);
}
