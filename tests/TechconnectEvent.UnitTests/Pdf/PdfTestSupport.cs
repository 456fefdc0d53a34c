using System.Text;
using TechconnectEvent.Web.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace TechconnectEvent.UnitTests.Pdf;

internal static class PdfTestSupport
{
    /// <summary>Typefaces are immutable and meant to be shared, as in the app.</summary>
    public static PdfFontProvider Fonts { get; } = new();

    public static PdfDocumentInfo Info(string title = "Kiểm thử") =>
        new(title, new DateTimeOffset(2023, 9, 29, 8, 0, 0, TimeSpan.FromHours(7)));

    public static PdfComposer Composer(PdfPageSetup? page = null) =>
        new(Fonts, page ?? PdfPageSetup.A4Portrait, Info());

    public static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);
}

/// <summary>The text of a PDF as PdfPig reads it back: lines rebuilt from letters, per page.</summary>
internal sealed record ExtractedPage(int Number, IReadOnlyList<string> Lines, IReadOnlyList<ExtractedLetter> Letters, double Width)
{
    public string Text => string.Join("\n", Lines);
}

internal sealed record ExtractedLetter(string Value, double Left, double Right, double Baseline);

internal static class PdfTextExtraction
{
    /// <summary>Put between letters on one line that are further apart than any word space: table cells.</summary>
    public const string CellSeparator = " | ";

    /// <summary>Letters on one baseline (within half a point) form a line, read left to right.</summary>
    public static IReadOnlyList<ExtractedPage> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<ExtractedPage>();
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters
                .Select(letter => new ExtractedLetter(
                    letter.Value,
                    letter.BoundingBox.Left,
                    letter.BoundingBox.Right,
                    letter.StartBaseLine.Y))
                .ToList();
            var lines = new List<string>();
            foreach (var group in GroupByBaseline(letters))
            {
                lines.Add(PdfTestSupport.Nfc(JoinLine(group.OrderBy(letter => letter.Left).ToList())));
            }
            pages.Add(new ExtractedPage(page.Number, lines, letters, page.Width));
        }
        return pages;
    }

    private static string JoinLine(List<ExtractedLetter> letters)
    {
        var line = new StringBuilder();
        for (var index = 0; index < letters.Count; index++)
        {
            if (index > 0 && letters[index].Left - letters[index - 1].Right > 6)
            {
                line.Append(CellSeparator);
            }
            line.Append(letters[index].Value);
        }
        return line.ToString();
    }

    private static IEnumerable<List<ExtractedLetter>> GroupByBaseline(IEnumerable<ExtractedLetter> letters)
    {
        List<ExtractedLetter>? current = null;
        foreach (var letter in letters.OrderByDescending(letter => letter.Baseline))
        {
            if (current is not null && Math.Abs(current[0].Baseline - letter.Baseline) < 0.5)
            {
                current.Add(letter);
                continue;
            }
            if (current is not null)
            {
                yield return current;
            }
            current = [letter];
        }
        if (current is not null)
        {
            yield return current;
        }
    }
}
