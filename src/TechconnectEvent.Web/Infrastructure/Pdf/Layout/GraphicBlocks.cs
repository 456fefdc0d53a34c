using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Qr;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

/// <summary>Something of a known size that is never split: placed whole, on the next page if need be.</summary>
internal abstract class BoxBlock(float width, float height, PdfAlignment alignment, float spaceAfter) : IPdfBlock
{
    public void Layout(PageFlow flow)
    {
        // Too big for a page body: shrink, keeping proportions, rather than run off the paper.
        var scale = Math.Min(1f, Math.Min(flow.Width / width, flow.PageBodyHeight / height));
        var boxWidth = width * scale;
        var boxHeight = height * scale;
        flow.EnsureSpace(boxHeight);
        var x = alignment switch
        {
            PdfAlignment.Centre => flow.Left + (flow.Width - boxWidth) / 2,
            PdfAlignment.Right => flow.Right - boxWidth,
            _ => flow.Left,
        };
        flow.Draw(Place(flow, SKRect.Create(x, flow.Y, boxWidth, boxHeight)));
        flow.Advance(boxHeight);
        flow.Gap(spaceAfter);
    }

    protected abstract PageDrawing Place(PageFlow flow, SKRect target);
}

internal sealed class QrBlock(QrModuleMatrix matrix, float size, PdfAlignment alignment)
    : BoxBlock(size, size, alignment, spaceAfter: 6)
{
    protected override PageDrawing Place(PageFlow flow, SKRect target) =>
        canvas => QrDrawing.Draw(canvas, matrix, target, SKColors.Black, SKColors.White);
}

/// <summary>An image from encoded bytes (decoded per layout, owned by it) or from a caller-owned SKImage.</summary>
internal sealed class ImageBlock(byte[]? encoded, SKImage? image, SKSizeI pixelSize, float width, PdfAlignment alignment)
    : BoxBlock(width, width * pixelSize.Height / pixelSize.Width, alignment, spaceAfter: 6)
{
    protected override PageDrawing Place(PageFlow flow, SKRect target)
    {
        var drawn = image;
        if (encoded is not null)
        {
            drawn = SKImage.FromEncodedData(encoded)
                ?? throw new InvalidOperationException("The image bytes could not be decoded.");
            flow.Resources.Add(drawn);
        }
        ArgumentNullException.ThrowIfNull(drawn);
        return canvas =>
        {
            using var paint = new SKPaint { IsAntialias = true };
            canvas.DrawImage(drawn, target, new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
        };
    }
}

internal sealed class DrawingBlock(float height, Action<SKCanvas, SKRect> draw, float? width)
    : IPdfBlock
{
    public void Layout(PageFlow flow)
    {
        var box = new CustomBox(width ?? flow.Width, height, draw);
        box.Layout(flow);
    }

    private sealed class CustomBox(float width, float height, Action<SKCanvas, SKRect> draw)
        : BoxBlock(width, height, PdfAlignment.Left, spaceAfter: 0)
    {
        // The callback sees its own box; clipping keeps a careless drawing off the header and footer.
        protected override PageDrawing Place(PageFlow flow, SKRect target) => canvas =>
        {
            canvas.Save();
            canvas.ClipRect(target);
            draw(canvas, target);
            canvas.Restore();
        };
    }
}

internal sealed class RuleBlock(float thickness, SKColor colour) : IPdfBlock
{
    private const float SpaceAround = 4;

    public void Layout(PageFlow flow)
    {
        flow.EnsureSpace(thickness + SpaceAround * 2);
        flow.Gap(SpaceAround);
        var y = flow.Y + thickness / 2;
        var left = flow.Left;
        var right = flow.Right;
        flow.Draw(canvas =>
        {
            using var paint = new SKPaint { Color = colour, StrokeWidth = thickness, Style = SKPaintStyle.Stroke };
            canvas.DrawLine(left, y, right, y, paint);
        });
        flow.Advance(thickness + SpaceAround);
    }
}

/// <summary>A drawing pinned to page coordinates on the flow's current page; the flow does not move.</summary>
internal sealed class AbsoluteBlock(SKRect box, Action<PdfCanvas, SKRect> draw) : IPdfBlock
{
    public void Layout(PageFlow flow)
    {
        var text = flow.Text;
        flow.Draw(canvas => draw(new PdfCanvas(canvas, text), box));
    }
}
