using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Infrastructure.Qr;
using TechconnectEvent.Web.Infrastructure.Colours;

namespace TechconnectEvent.Web.Features.Registrations.Badges;

/// <summary>Sizes of a badge's text, in points, for each shape of badge.</summary>
internal sealed record BadgeProportions(bool IsPortrait, float NameSize, float NameMinSize, float DetailSize, float DetailMinSize, float HeaderSize)
{
    public static BadgeProportions Portrait { get; } = new(true, 26, 12, 11, 7, 9);
    public static BadgeProportions Landscape { get; } = new(false, 20, 10, 9, 6, 7.5f);
    public static BadgeProportions Card { get; } = new(false, 15, 8, 7.5f, 5, 6);
}

/// <summary>
/// One badge in its box: the edition's mark and name on top, the name large, position and organisation, the QR
/// (only the badge code) and at the bottom the role ribbon and the category band. Everything is placed in
/// proportion to the box, so the same drawing serves A6, the A4 sheet's cells and CR80 cards.
/// </summary>
internal static class BadgePainter
{
    private static readonly SKColor Ink = new(0x21, 0x21, 0x21);
    private static readonly SKColor Muted = new(0x45, 0x5A, 0x64);
    private static readonly SKColor Brand = new(0x15, 0x65, 0xC0);
    private static readonly SKColor Frame = new(0xB0, 0xBE, 0xC5);

    /// <returns>False when the name did not fit its box at the smallest size allowed (it is still printed whole).</returns>
    public static bool Paint(PdfCanvas canvas, SKRect box, BadgeContent badge, string editionName, BadgeProportions sizes)
    {
        var unit = Math.Min(box.Width, box.Height);
        var padding = unit * 0.06f;
        canvas.StrokeRect(box, Frame, 0.3f);

        var bandHeight = Math.Max(12, box.Height * (sizes.IsPortrait ? 0.09f : 0.12f));
        var bottom = box.Bottom;
        DrawBand(canvas, SKRect.Create(box.Left, bottom - bandHeight, box.Width, bandHeight), badge.CategoryLabel, ParseColour(badge.CategoryColour), sizes.DetailSize);
        bottom -= bandHeight;
        if (badge.RibbonLabel is { } ribbon)
        {
            DrawBand(canvas, SKRect.Create(box.Left, bottom - bandHeight, box.Width, bandHeight), ribbon, badge.RibbonColour, sizes.DetailSize);
            bottom -= bandHeight;
        }

        var inner = new SKRect(box.Left + padding, box.Top + padding, box.Right - padding, bottom - padding * 0.6f);
        var headerHeight = Math.Max(sizes.HeaderSize * 2.6f, inner.Height * 0.14f);
        DrawHeader(canvas, SKRect.Create(inner.Left, inner.Top, inner.Width, headerHeight), editionName, sizes.HeaderSize);
        var body = new SKRect(inner.Left, inner.Top + headerHeight + padding * 0.6f, inner.Right, inner.Bottom);
        var qr = QrCodes.Matrix(badge.Code);

        if (sizes.IsPortrait)
        {
            var qrSide = Math.Min(body.Width * 0.5f, body.Height * 0.42f);
            var qrBox = SKRect.Create(body.MidX - qrSide / 2, body.Bottom - qrSide, qrSide, qrSide);
            canvas.QrCode(qr, qrBox);
            return DrawText(canvas, new SKRect(body.Left, body.Top, body.Right, qrBox.Top - padding * 0.5f), badge, sizes, PdfAlignment.Centre);
        }
        var side = Math.Min(body.Height, body.Width * 0.36f);
        var square = SKRect.Create(body.Right - side, body.Top + (body.Height - side) / 2, side, side);
        canvas.QrCode(qr, square);
        return DrawText(canvas, new SKRect(body.Left, body.Top, square.Left - padding * 0.5f, body.Bottom), badge, sizes, PdfAlignment.Left);
    }

    /// <summary>
    /// The name on one line while it stays large (at least 70 % of its size), else on two lines down to the minimum.
    /// The honorific goes before the name only when the name with it still fits by the same rule.
    /// </summary>
    private static bool DrawText(PdfCanvas canvas, SKRect area, BadgeContent badge, BadgeProportions sizes, PdfAlignment alignment)
    {
        var nameBox = SKRect.Create(area.Left, area.Top, area.Width, area.Height * 0.56f);
        var oneLine = new PdfFitOptions(Math.Max(sizes.NameMinSize, sizes.NameSize * 0.7f), MaxLines: 1, alignment) { CentreVertically = true };
        var twoLines = oneLine with { MinSize = sizes.NameMinSize, MaxLines = 2 };
        PdfFittedText FitName(string text)
        {
            var style = new PdfTextStyle(sizes.NameSize, Bold: true, Color: Ink);
            var single = canvas.Fit(text, style, nameBox.Size, oneLine);
            return single.Fits ? single : canvas.Fit(text, style, nameBox.Size, twoLines);
        }
        var name = FitName(badge.FullName);
        if (!string.IsNullOrWhiteSpace(badge.Honorific) && FitName($"{badge.Honorific} {badge.FullName}") is { Fits: true } titled)
        {
            name = titled;
        }
        canvas.Draw(name, nameBox, twoLines);

        var detailOptions = new PdfFitOptions(sizes.DetailMinSize, MaxLines: 2, alignment);
        var y = nameBox.Bottom + area.Height * 0.02f;
        var detailHeight = (area.Bottom - y) / 2;
        if (!string.IsNullOrWhiteSpace(badge.Position))
        {
            var fitted = canvas.FitText(badge.Position, new PdfTextStyle(sizes.DetailSize, Color: Muted), SKRect.Create(area.Left, y, area.Width, detailHeight), detailOptions);
            y += Math.Min(detailHeight, fitted.Height);
        }
        if (!string.IsNullOrWhiteSpace(badge.Organization))
        {
            canvas.FitText(badge.Organization, new PdfTextStyle(sizes.DetailSize, Bold: true, Color: Ink), new SKRect(area.Left, y, area.Right, area.Bottom), detailOptions);
        }
        return name.Fits;
    }

    private static void DrawHeader(PdfCanvas canvas, SKRect header, string editionName, float size)
    {
        var mark = SKRect.Create(header.Left, header.Top, header.Height, header.Height);
        DrawMark(canvas, mark);
        var textBox = new SKRect(mark.Right + header.Height * 0.25f, header.Top, header.Right, header.Bottom);
        canvas.FitText(editionName, new PdfTextStyle(size, Bold: true, Color: Brand), textBox,
            new PdfFitOptions(Math.Min(size, 5), MaxLines: 2) { CentreVertically = true });
    }

    /// <summary>The product's mark in vector: three linked nodes (technology meets partner) on a rounded square.</summary>
    internal static void DrawMark(PdfCanvas canvas, SKRect box)
    {
        canvas.FillRect(box, Brand, box.Width * 0.2f);
        var nodes = new[]
        {
            new SKPoint(box.Left + box.Width * 0.28f, box.Top + box.Height * 0.68f),
            new SKPoint(box.Left + box.Width * 0.5f, box.Top + box.Height * 0.3f),
            new SKPoint(box.Left + box.Width * 0.72f, box.Top + box.Height * 0.68f),
        };
        var stroke = box.Width * 0.07f;
        canvas.Line(nodes[0], nodes[1], SKColors.White, stroke);
        canvas.Line(nodes[1], nodes[2], SKColors.White, stroke);
        canvas.Line(nodes[0], nodes[2], SKColors.White, stroke);
        using var dot = new SKPaint { Color = SKColors.White, IsAntialias = true };
        foreach (var node in nodes)
        {
            canvas.Canvas.DrawCircle(node, box.Width * 0.11f, dot);
        }
    }

    private static void DrawBand(PdfCanvas canvas, SKRect band, string label, SKColor colour, float size)
    {
        canvas.FillRect(band, colour);
        var padding = band.Height * 0.12f;
        canvas.FitText(label, new PdfTextStyle(size, Bold: true, Color: BadgeColours.TextOn(colour)), SKRect.Inflate(band, -padding * 2, -padding),
            new PdfFitOptions(Math.Min(size, 5), MaxLines: 1, PdfAlignment.Centre) { CentreVertically = true });
    }

    private static SKColor ParseColour(string colour) => SKColor.TryParse(colour, out var parsed) ? parsed : Brand;
}

/// <summary>Text colour on a coloured band: black or white, whichever contrasts more (WCAG relative luminance).</summary>
public static class BadgeColours
{
    public static SKColor TextOn(SKColor background) =>
        Contrast(background, SKColors.White) >= Contrast(background, SKColors.Black) ? SKColors.White : SKColors.Black;

    public static double Contrast(SKColor a, SKColor b) => Wcag.Contrast(Luminance(a), Luminance(b));

    private static double Luminance(SKColor colour) => Wcag.Luminance(colour.Red, colour.Green, colour.Blue);
}
