using System.Globalization;

namespace TechconnectEvent.Web.Features.Booths.Import;

/// <summary>The number of rows and columns an A1-style range ("A1:G2001", "B3") spans; null when it is not one.</summary>
public static class CellRange
{
    // Excel's own limits: 1,048,576 rows, 16,384 columns (XFD). Anything longer is not a cell reference.
    private const int MaxLetters = 3;
    private const int MaxDigits = 7;

    public static (int Rows, int Columns)? Parse(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        var parts = reference.Split(':');
        if (parts.Length > 2 || Cell(parts[0]) is not { } first)
        {
            return null;
        }
        var last = parts.Length == 2 ? Cell(parts[1]) : first;
        if (last is null)
        {
            return null;
        }
        return (Math.Abs(last.Value.Row - first.Row) + 1, Math.Abs(last.Value.Column - first.Column) + 1);
    }

    private static (int Row, int Column)? Cell(string text)
    {
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }
        var digits = text.Length - letters;
        if (letters is 0 or > MaxLetters || digits is 0 or > MaxDigits || text.AsSpan(letters).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }
        var column = 0;
        foreach (var letter in text.AsSpan(0, letters))
        {
            column = column * 26 + (char.ToUpperInvariant(letter) - 'A' + 1);
        }
        return (int.Parse(text.AsSpan(letters), CultureInfo.InvariantCulture), column);
    }
}

