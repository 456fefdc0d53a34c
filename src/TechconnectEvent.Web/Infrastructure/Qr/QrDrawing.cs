using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Qr;

/// <summary>Draws a QR module matrix as vector rectangles on any canvas (PDF page or raster bitmap).</summary>
public static class QrDrawing
{
    public static void Draw(SKCanvas canvas, QrModuleMatrix matrix, SKRect target, SKColor dark, SKColor? light = null)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(matrix);
        var moduleSize = Math.Min(target.Width, target.Height) / matrix.Size;

        if (light is { } background)
        {
            using var lightPaint = new SKPaint { Color = background, Style = SKPaintStyle.Fill };
            canvas.DrawRect(SKRect.Create(target.Left, target.Top, moduleSize * matrix.Size, moduleSize * matrix.Size), lightPaint);
        }

        // One path of horizontal runs: fewer PDF operators than one rect per module, and a single fill
        // leaves no hairline seams between neighbouring modules in viewers that anti-alias each shape.
        using var path = new SKPath();
        for (var row = 0; row < matrix.Size; row++)
        {
            var column = 0;
            while (column < matrix.Size)
            {
                if (!matrix.IsDark(row, column))
                {
                    column++;
                    continue;
                }
                var start = column;
                while (column < matrix.Size && matrix.IsDark(row, column))
                {
                    column++;
                }
                path.AddRect(SKRect.Create(
                    target.Left + start * moduleSize,
                    target.Top + row * moduleSize,
                    (column - start) * moduleSize,
                    moduleSize));
            }
        }
        using var paint = new SKPaint { Color = dark, Style = SKPaintStyle.Fill, IsAntialias = false };
        canvas.DrawPath(path, paint);
    }
}
