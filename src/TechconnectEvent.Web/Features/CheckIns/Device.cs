using System.Security.Cryptography;
using System.Text;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.CheckIns;

/// <summary>
/// A scanner with its own key (a handheld, a phone app, a turnstile). Only the SHA-256 of the key is stored; the
/// key is shown once, when the device is added. A revoked device is refused at once.
/// </summary>
public sealed class Device : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The scan point used when a scan names none.</summary>
    public int? DefaultScanPointId { get; set; }
    /// <summary>SHA-256 (hex, lower case) of the key; see <see cref="DeviceKeys"/>.</summary>
    public string KeyHash { get; set; } = "";
    /// <summary>The key's first characters, so that organisers can tell keys apart without seeing them.</summary>
    public string KeyHint { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public long Version { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}

public static class DeviceLimits
{
    public const int Name = 80;
}

/// <summary>Device keys: 256 random bits, URL-safe base 64 (43 characters); stored only as their SHA-256.</summary>
public static class DeviceKeys
{
    public const int HintLength = 6;

    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash);
    }

    public static string Hint(string key) => key.Length <= HintLength ? key : key[..HintLength];

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
