using System.Globalization;
using System.Text;

namespace TechconnectEvent.Web.Features.Organizations;

/// <summary>Small text helpers shared by the exhibitor features.</summary>
public static class TextRules
{
    /// <summary>Trimmed and in NFC, or null when blank — so "  " never becomes a stored value.</summary>
    public static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Lower case without diacritics ("Quảng Ninh" → "quang ninh"), so a search typed without accents on a
    /// phone still finds Vietnamese names.
    /// </summary>
    public static string Fold(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
