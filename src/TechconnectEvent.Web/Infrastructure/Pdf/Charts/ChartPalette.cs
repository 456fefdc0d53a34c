using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

/// <summary>
/// Series colours in a fixed order. Each one has at least 3:1 contrast with white paper (WCAG 1.4.11, graphical
/// objects), and neighbours differ in hue and lightness so adjacent bars and slices stay apart in greyscale prints.
/// </summary>
public static class PdfChartPalette
{
    public static IReadOnlyList<SKColor> Colours { get; } =
    [
        new(0x15, 0x65, 0xC0), // blue
        new(0xE6, 0x51, 0x00), // orange
        new(0x2E, 0x7D, 0x32), // green
        new(0x6A, 0x1B, 0x9A), // purple
        new(0xC6, 0x28, 0x28), // red
        new(0x00, 0x83, 0x8F), // teal
        new(0x5D, 0x40, 0x37), // brown
        new(0xAD, 0x14, 0x57), // pink
        new(0x45, 0x5A, 0x64), // blue grey
        new(0x82, 0x77, 0x17), // olive
    ];

    public static SKColor At(int index) => Colours[index % Colours.Count];
}
