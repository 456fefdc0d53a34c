using System.Globalization;
using System.Text;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>Search that forgives case and Vietnamese accents: "ha noi" finds "Hà Nội", "dai hoc" finds "Đại học".</summary>
public static class TextSearch
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            // Đ/đ is a letter of its own, not D with a mark, so decomposition leaves it alone.
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }
}
