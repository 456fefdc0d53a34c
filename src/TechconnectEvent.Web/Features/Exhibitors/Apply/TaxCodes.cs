namespace TechconnectEvent.Web.Features.Exhibitors.Apply;

/// <summary>
/// Vietnamese tax codes (mã số thuế): 10 digits, or 13 for a branch, often written "0101234567-001". Stored as
/// digits only, so that the same code typed two ways is recognised as the same organisation.
/// </summary>
public static class TaxCodes
{
    /// <summary>The digits of a well-formed code; null when blank; <paramref name="valid"/> false when malformed.</summary>
    public static string? Normalize(string? typed, out bool valid)
    {
        valid = true;
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        var digits = new string(typed.Where(c => c is not (' ' or '-' or '.')).ToArray());
        valid = digits.Length is 10 or 13 && digits.All(char.IsAsciiDigit);
        return valid ? digits : null;
    }
}
