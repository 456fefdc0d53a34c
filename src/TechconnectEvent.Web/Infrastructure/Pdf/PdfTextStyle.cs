using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

public enum PdfAlignment
{
    Left = 0,
    Centre = 1,
    Right = 2,
}

/// <summary>Font size in points, weight and colour of a run of text.</summary>
public sealed record PdfTextStyle(float Size, bool Bold = false, SKColor? Color = null)
{
    private static readonly SKColor DefaultInk = new(0x21, 0x21, 0x21);

    public static PdfTextStyle Body { get; } = new(10);
    public static PdfTextStyle Small { get; } = new(8, Color: new SKColor(0x61, 0x61, 0x61));
    public static PdfTextStyle TableBody { get; } = new(9);
    public static PdfTextStyle TableHeader { get; } = new(9, Bold: true);
    public static PdfTextStyle Heading1 { get; } = new(18, Bold: true);
    public static PdfTextStyle Heading2 { get; } = new(14, Bold: true);
    public static PdfTextStyle Heading3 { get; } = new(11.5f, Bold: true);

    public SKColor Ink => Color ?? DefaultInk;

    public PdfTextStyle WithBold(bool bold = true) => this with { Bold = bold };

    public static PdfTextStyle ForHeading(int level) => level switch
    {
        <= 1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };
}
