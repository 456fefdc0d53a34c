using System.Security.Cryptography;
using System.Text;

namespace TechconnectEvent.Web.Features.Registrations;

/// <summary>
/// The private link to one's own registration: 256 random bits, URL-safe. Only a SHA-256 hash is stored, so a copy
/// of the database gives nobody the links; a new token (a re-sent link) replaces the old one.
/// </summary>
public static class ManagementTokens
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A token of the shape <see cref="New"/> makes; anything else is refused before a database look-up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
