using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

/// <summary>
/// A document of pages drawn entirely at absolute positions (badge sheets, cards), written page by page straight to
/// the output: nothing of a page is kept once it is written, so a thousand badges cost the memory of one sheet.
/// </summary>
public static class PdfPages
{
    /// <param name="drawPage">Draws page n (0-based) on the canvas, in points from the top-left corner.</param>
    public static void Write(
        Stream output, PdfFontProvider fonts, PdfPageSize size, PdfDocumentInfo info, int pageCount,
        Action<int, PdfCanvas> drawPage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(drawPage);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageCount);
        using var text = new TextShaper(fonts);
        using var document = SKDocument.CreatePdf(output, info.Metadata());
        for (var index = 0; index < pageCount; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canvas = document.BeginPage(size.Width, size.Height);
            drawPage(index, new PdfCanvas(canvas, text));
            document.EndPage();
        }
        document.Close();
    }

    /// <summary>Draws one page into a white bitmap (<paramref name="scale"/> 1 = 72 dpi), for previews and tests.</summary>
    public static SKBitmap Rasterize(PdfFontProvider fonts, PdfPageSize size, float scale, Action<PdfCanvas> drawPage)
    {
        ArgumentNullException.ThrowIfNull(drawPage);
        var bitmap = new SKBitmap((int)Math.Ceiling(size.Width * scale), (int)Math.Ceiling(size.Height * scale));
        using var text = new TextShaper(fonts);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        drawPage(new PdfCanvas(canvas, text));
        canvas.Flush();
        return bitmap;
    }
}
