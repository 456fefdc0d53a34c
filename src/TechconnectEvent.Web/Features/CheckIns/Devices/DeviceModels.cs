namespace TechconnectEvent.Web.Features.CheckIns.Devices;

/// <summary>A device as the devices page lists it, with what its scans say about it.</summary>
public sealed record DeviceSummary(
    int Id,
    string Name,
    int? DefaultScanPointId,
    string? DefaultGateName,
    string KeyHint,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    long Version,
    int ScanCount,
    DateTimeOffset? LastScanAt)
{
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>A gate a device may default to.</summary>
public sealed record GateOption(int Id, string Code, string Name, bool IsClosed);

/// <summary>
/// A device just added. <see cref="Key"/> is the only copy of the clear key there will ever be: it is neither stored
/// nor logged, so whoever receives this shows it once and lets it go.
/// </summary>
public sealed record AddedDevice(int Id, string Name, string Key, string? GateCode, string? GateName);

/// <summary>What an organiser types into the device dialog. Mutable so a form can bind to it.</summary>
public sealed class DeviceInput
{
    public string Name { get; set; } = "";
    public int? DefaultScanPointId { get; set; }
    /// <summary>The version the organiser started editing from; 0 for a new device.</summary>
    public long Version { get; set; }

    public static DeviceInput From(DeviceSummary device) =>
        new() { Name = device.Name, DefaultScanPointId = device.DefaultScanPointId, Version = device.Version };
}
