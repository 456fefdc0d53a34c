using SkiaSharp;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;

namespace TechconnectEvent.Web.Features.Reports;

/// <summary>
/// The hall on one A3 landscape page, in vector: booths in their zone colours, marked by status the same way
/// as on screen (solid, outlined, hatched, crossed) so the print reads without colour too; codes and a legend.
/// </summary>
public static class FloorPlanReportDocument
{
    /// <summary>1 cm margins: the plan wants the paper.</summary>
    private static readonly PdfPageSetup Page = PdfPageSetup.A3Landscape with { Margins = PdfMargins.Uniform(28.35f) };

    /// <summary>Height left for the plan under title and subtitle, above the legend.</summary>
    private const float MaxPlanHeight = 600;

    private const float LegendRow = 14;

    public static byte[] Render(FloorPlanReportModel model, PdfFontProvider fonts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fonts);
        // The drawings run when the layout is written, so their shaper must live until then.
        using var text = new TextShaper(fonts);
        using var layout = Compose(model, fonts, text).Layout();
        return layout.ToPdf();
    }

    internal static PdfComposer Compose(FloorPlanReportModel model, PdfFontProvider fonts, TextShaper text)
    {
        var extent = model.Plan.Extent;
        var planHeight = (float)Math.Min(MaxPlanHeight, Page.ContentWidth * extent.Height / extent.Width);
        var zoneRows = (int)Math.Ceiling(model.Zones.Count / 3.0);
        var legendHeight = LegendRow * (Math.Max(zoneRows, model.StatusLabels.Count) + 1) + 6;

        return new PdfComposer(fonts, Page, new PdfDocumentInfo(model.Title, model.GeneratedAt) { Subject = model.Subtitle })
            .Header(model.Subtitle)
            .Footer(model.PageNumberFormat, model.GeneratedAtLabel)
            .Heading(model.Title)
            .Paragraph(model.Subtitle, PdfTextStyle.Body with { Color = new SKColor(0x54, 0x6E, 0x7A) })
            .Drawing(planHeight, (canvas, box) => FloorPlanPainter.Paint(canvas, box, model, text))
            .Spacer(8)
            .Drawing(legendHeight, (canvas, box) => FloorPlanPainter.PaintLegend(canvas, box, model, text, LegendRow));
    }
}

/// <summary>Skia drawing of the plan and its legend; the layout helpers are shared with the SVG.</summary>
internal static class FloorPlanPainter
{
    private static readonly SKColor FloorColour = new(0xF5, 0xF5, 0xF5);

    public static void Paint(SKCanvas canvas, SKRect box, FloorPlanReportModel model, TextShaper text)
    {
        var plan = model.Plan;
        var extent = plan.Extent;
        var scale = (float)Math.Min(box.Width / extent.Width, box.Height / extent.Height);
        var left = box.Left + (box.Width - (float)extent.Width * scale) / 2;
        var top = box.Top;
        SKRect Map(double x, double y, double w, double h) => SKRect.Create(
            left + (float)(x - extent.X) * scale, top + (float)(y - extent.Y) * scale, (float)w * scale, (float)h * scale);

        using var floor = new SKPaint { Color = FloorColour, Style = SKPaintStyle.Fill };
        canvas.DrawRect(Map(extent.X, extent.Y, extent.Width, extent.Height), floor);

        foreach (var booth in plan.Booths)
        {
            var zone = BoothColours.Parse(plan.ZoneOf(booth).Colour);
            var rect = Map(booth.X, booth.Y, booth.Width, booth.Height);
            PaintBooth(canvas, rect, booth.Status, zone, scale);
            PaintLabel(canvas, booth, zone, rect, model.Initials.GetValueOrDefault(booth.Id), scale, extent, top, text);
        }
    }

    /// <summary>One booth's rectangle with its status marking; <paramref name="scale"/> is points per metre.</summary>
    public static void PaintBooth(SKCanvas canvas, SKRect rect, BoothStatus status, RgbColour zone, float scale)
    {
        using var fill = new SKPaint { Color = Sk(BoothColours.Fill(status, zone)), Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawRect(rect, fill);
        if (status == BoothStatus.Held)
        {
            using var hatch = new SKPaint { Color = Sk(zone), StrokeWidth = 0.12f * scale, Style = SKPaintStyle.Stroke, IsAntialias = true };
            canvas.Save();
            canvas.ClipRect(rect);
            var gap = 0.55f * scale;
            for (var offset = -rect.Height; offset < rect.Width; offset += gap)
            {
                canvas.DrawLine(rect.Left + offset, rect.Bottom, rect.Left + offset + rect.Height, rect.Top, hatch);
            }
            canvas.Restore();
        }
        var borderColour = Sk(BoothColours.Border(status, zone));
        var borderWidth = (status == BoothStatus.Available ? 0.25f : 0.12f) * scale;
        using var border = new SKPaint { Color = borderColour, StrokeWidth = borderWidth, Style = SKPaintStyle.Stroke, IsAntialias = true };
        var inset = rect;
        inset.Inflate(-borderWidth / 2, -borderWidth / 2);
        canvas.DrawRect(inset, border);
        if (status == BoothStatus.Blocked)
        {
            using var cross = new SKPaint { Color = Sk(BoothColours.BlockedInk), StrokeWidth = 0.12f * scale, Style = SKPaintStyle.Stroke, IsAntialias = true };
            canvas.DrawLine(rect.Left, rect.Top, rect.Right, rect.Bottom, cross);
            canvas.DrawLine(rect.Right, rect.Top, rect.Left, rect.Bottom, cross);
        }
    }

    private static void PaintLabel(SKCanvas canvas, FloorPlanBooth booth, RgbColour zone, SKRect rect, string? initials, float scale,
        FloorPlanExtent extent, float top, TextShaper text)
    {
        var label = BoothLabel.For(booth, booth.Status == BoothStatus.Allocated ? initials : null);
        var ink = Sk(BoothColours.TextOn(BoothColours.Fill(booth.Status, zone)));
        DrawCentred(canvas, text, booth.Code, Size(label.CodeSize * scale), true, rect.MidX,
            top + (float)(label.CodeY - extent.Y) * scale, ink, halo: booth.Status == BoothStatus.Held);
        if (label.Initials is not null && label.InitialsSize is { } size)
        {
            DrawCentred(canvas, text, label.Initials, Size(size * scale), false, rect.MidX,
                top + (float)(label.InitialsY - extent.Y) * scale, ink, halo: false);
        }
    }

    public static void PaintLegend(SKCanvas canvas, SKRect box, FloorPlanReportModel model, TextShaper text, float row)
    {
        var title = new PdfTextStyle(9, Bold: true);
        var body = new PdfTextStyle(8.5f);
        var ink = PdfTextStyle.Body.Ink;
        var zonesWidth = box.Width * 0.74f;
        var columnWidth = zonesWidth / 3;
        text.Shape(model.LegendZonesTitle, title).Draw(canvas, box.Left, box.Top + row - 4, ink);
        for (var index = 0; index < model.Zones.Count; index++)
        {
            var zone = model.Zones[index];
            var rows = (int)Math.Ceiling(model.Zones.Count / 3.0);
            var x = box.Left + index / rows * columnWidth;
            var y = box.Top + row * (index % rows + 1) + 4;
            using var swatch = new SKPaint { Color = Sk(BoothColours.Parse(zone.Colour)), Style = SKPaintStyle.Fill };
            canvas.DrawRect(SKRect.Create(x, y, 10, 10), swatch);
            DrawFitted(canvas, text, $"{zone.Code} · {zone.Name}", body, x + 14, y + 8.5f, columnWidth - 20, ink);
        }

        var statusLeft = box.Left + zonesWidth + 10;
        text.Shape(model.LegendStatusesTitle, title).Draw(canvas, statusLeft, box.Top + row - 4, ink);
        var grey = new RgbColour(0x61, 0x61, 0x61);
        var line = 0;
        foreach (var (status, label) in model.StatusLabels)
        {
            var y = box.Top + row * (line + 1) + 4;
            PaintBooth(canvas, SKRect.Create(statusLeft, y, 18, 11), status, grey, 4);
            text.Shape(label, body).Draw(canvas, statusLeft + 24, y + 8.5f, ink);
            line++;
        }
    }

    /// <summary>Long zone names get a smaller size rather than running into the next legend column.</summary>
    private static void DrawFitted(SKCanvas canvas, TextShaper text, string value, PdfTextStyle style, float x, float baseline, float width, SKColor ink)
    {
        var shaped = text.Shape(value, style);
        if (shaped.Width > width)
        {
            shaped = text.Shape(value, style with { Size = Size(Math.Max(5.5, style.Size * width / shaped.Width)) });
        }
        shaped.Draw(canvas, x, baseline, ink);
    }

    private static void DrawCentred(SKCanvas canvas, TextShaper text, string value, float size, bool bold, float centreX,
        float baseline, SKColor ink, bool halo)
    {
        var style = new PdfTextStyle(size, Bold: bold);
        var shaped = text.Shape(value, style);
        var x = centreX - shaped.Width / 2;
        if (halo)
        {
            // Hatching under the code would make it unreadable: give it a white backing.
            using var backing = new SKPaint { Color = SKColors.White.WithAlpha(230), Style = SKPaintStyle.Fill };
            canvas.DrawRect(SKRect.Create(x - size * 0.15f, baseline - size * 0.8f, shaped.Width + size * 0.3f, size * 1.0f), backing);
        }
        shaped.Draw(canvas, x, baseline, ink);
    }

    /// <summary>Rounded to a tenth of a point, so the shaper's font cache stays small.</summary>
    private static float Size(double points) => MathF.Round((float)points * 10) / 10;

    private static SKColor Sk(RgbColour colour) => new(colour.R, colour.G, colour.B);
}
