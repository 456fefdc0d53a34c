using System.Security.Cryptography;

namespace TechconnectEvent.Web.Features.Registrations;

/// <summary>
/// Badge secrets: 130 bits from the operating system's cryptographic generator, written as 26 characters of
/// Crockford's base 32 (digits and upper-case letters without I, L, O, U). Every character is in the QR code's
/// alphanumeric mode, so the code stays a small QR, and nothing in it can be misread or tells anything about the
/// person it belongs to.
/// </summary>
public static class BadgeCodes
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 26;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>What a scanner or a person typed, tidied: upper case, no spaces or dashes, the look-alikes mapped.</summary>
    public static string Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return "";
        }
        Span<char> buffer = stackalloc char[Math.Min(typed.Length, 64)];
        var length = 0;
        foreach (var c in typed)
        {
            if (length == buffer.Length)
            {
                break;
            }
            var upper = char.ToUpperInvariant(c) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (upper is ' ' or '-')
            {
                continue;
            }
            buffer[length++] = upper;
        }
        return new string(buffer[..length]);
    }

    public static bool IsWellFormed(string code) =>
        code.Length == Length && code.All(c => Alphabet.Contains(c));
}
