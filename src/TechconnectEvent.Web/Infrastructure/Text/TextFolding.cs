using System.Globalization;
using System.Text;

namespace TechconnectEvent.Web.Infrastructure.Text;

/// <summary>
/// The one folding of the product, for searching as people type on a phone: without diacritics ("ha long" finds
/// "Hạ Long"), đ as d, any case, runs of spaces as one. Stored search keys and typed queries both go through it,
/// so they always agree.
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

    /// <summary>The folded words of a query, each to be found somewhere in a key.</summary>
    public static IReadOnlyList<string> Words(string? query) =>
        Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A stored search key: the folded parts joined by a separator no folded word contains, so a word never
    /// matches across two parts.
    /// </summary>
    public static string Key(params string?[] parts) =>
        string.Join(KeySeparator, parts.Select(Fold).Where(p => p.Length > 0));

    public const string KeySeparator = " | ";

    /// <summary>A LIKE pattern finding <paramref name="word"/> anywhere, with LIKE's wildcards taken literally.</summary>
    public static string ContainsPattern(string word) =>
        "%" + word.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal) + "%";

    public const string LikeEscape = "\\";
}
