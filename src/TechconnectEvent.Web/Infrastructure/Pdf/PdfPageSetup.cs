using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

/// <summary>Page size in PDF points (1/72 inch).</summary>
public readonly record struct PdfPageSize(float Width, float Height)
{
    private const float MillimetresToPoints = 72f / 25.4f;

    // Skia writes the MediaBox in whole points (A4 = 595 × 842), so sizes are rounded here too: layout then
    // measures against the page that is really written.

    public static PdfPageSize A4Portrait { get; } = FromMillimetres(210, 297);
    public static PdfPageSize A4Landscape { get; } = FromMillimetres(297, 210);
    public static PdfPageSize A3Portrait { get; } = FromMillimetres(297, 420);
    public static PdfPageSize A3Landscape { get; } = FromMillimetres(420, 297);
    public static PdfPageSize A6Portrait { get; } = FromMillimetres(105, 148);

    /// <summary>ISO/IEC 7810 ID-1, the size of a bank card and of plastic badge cards, in landscape.</summary>
    public static PdfPageSize Cr80Card { get; } = FromMillimetres(85.6f, 54f);

    public static float Millimetres(float millimetres) => millimetres * MillimetresToPoints;

    public static PdfPageSize FromMillimetres(float width, float height) =>
        new(MathF.Round(width * MillimetresToPoints), MathF.Round(height * MillimetresToPoints));
}

/// <summary>Distance in points from each page edge to the area where header, body and footer go.</summary>
public readonly record struct PdfMargins(float Left, float Top, float Right, float Bottom)
{
    public static PdfMargins Uniform(float points) => new(points, points, points, points);
}

public sealed record PdfPageSetup(PdfPageSize Size, PdfMargins Margins)
{
    /// <summary>2 cm on every side, the usual margin of Vietnamese administrative documents.</summary>
    private static readonly PdfMargins Default = PdfMargins.Uniform(56.7f);

    public static PdfPageSetup A4Portrait { get; } = new(PdfPageSize.A4Portrait, Default);
    public static PdfPageSetup A4Landscape { get; } = new(PdfPageSize.A4Landscape, Default);
    public static PdfPageSetup A3Landscape { get; } = new(PdfPageSize.A3Landscape, Default);

    /// <summary>5 mm: cards and A6 badges are designed edge to edge, with only a printer's safety margin.</summary>
    public static PdfPageSetup A6Portrait { get; } = new(PdfPageSize.A6Portrait, PdfMargins.Uniform(PdfPageSize.Millimetres(5)));
    public static PdfPageSetup Cr80Card { get; } = new(PdfPageSize.Cr80Card, PdfMargins.Uniform(PdfPageSize.Millimetres(3)));

    public float ContentWidth => Size.Width - Margins.Left - Margins.Right;
}

/// <summary>Title and dates written into the PDF's document information.</summary>
public sealed record PdfDocumentInfo(string Title, DateTimeOffset CreatedAt)
{
    public const string Author = "TechconnectEvent";

    public string? Subject { get; init; }

    internal SKDocumentPdfMetadata Metadata() => new()
    {
        Title = Title,
        Subject = Subject ?? string.Empty,
        Author = Author,
        Creator = Author,
        Creation = CreatedAt.UtcDateTime,
        Modified = CreatedAt.UtcDateTime,
    };
}
