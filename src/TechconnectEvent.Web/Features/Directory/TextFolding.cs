using System.Globalization;
using System.Text;

namespace TechconnectEvent.Web.Features.ExhibitorDirectory;

/// <summary>
/// Folds text for searching as visitors type it: without diacritics ("ha long" finds "Hạ Long"), đ as d,
/// any case, runs of spaces as one.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            // đ/Đ is a letter of its own, not d with a combining mark, so normalisation leaves it alone.
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            lastWasSpace = false;
        }
        return folded.ToString().TrimEnd();
    }
}
