using System.Globalization;
using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

/// <summary>
/// A document whose pages are all laid out but not yet painted. Because the page count is known before any
/// page is drawn, footers get the right total; and because pages draw onto any SKCanvas, the same pages can
/// be written as PDF or rasterised (previews, tests).
/// </summary>
public sealed class PdfLayout : IDisposable
{
    private readonly PdfPageSetup setup;
    private readonly PdfDocumentInfo info;
    private readonly PageDecorations decorations;
    private readonly TextShaper text;
    private readonly IReadOnlyList<IReadOnlyList<PageDrawing>> pages;
    private readonly List<IDisposable> resources;

    internal PdfLayout(
        PdfPageSetup setup,
        PdfDocumentInfo info,
        PageDecorations decorations,
        TextShaper text,
        IReadOnlyList<IReadOnlyList<PageDrawing>> pages,
        List<IDisposable> resources)
    {
        this.setup = setup;
        this.info = info;
        this.decorations = decorations;
        this.text = text;
        this.pages = pages;
        this.resources = resources;
    }

    public int PageCount => pages.Count;
    public PdfPageSize PageSize => setup.Size;

    /// <summary>Draws page <paramref name="pageIndex"/> (0-based) in PDF points, header and footer included.</summary>
    public void DrawPage(int pageIndex, SKCanvas canvas)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pageIndex, PageCount);
        foreach (var drawing in pages[pageIndex])
        {
            drawing(canvas);
        }
        DrawHeader(canvas);
        DrawFooter(canvas, pageIndex + 1);
    }

    public void WritePdf(Stream output)
    {
        using var document = SKDocument.CreatePdf(output, info.Metadata());
        for (var index = 0; index < PageCount; index++)
        {
            var canvas = document.BeginPage(setup.Size.Width, setup.Size.Height);
            DrawPage(index, canvas);
            document.EndPage();
        }
        document.Close();
    }

    public byte[] ToPdf()
    {
        using var buffer = new MemoryStream();
        WritePdf(buffer);
        return buffer.ToArray();
    }

    /// <summary>A white raster image of one page; <paramref name="scale"/> 1 is 72 dpi.</summary>
    public SKBitmap Rasterize(int pageIndex, float scale)
    {
        var bitmap = new SKBitmap(
            (int)Math.Ceiling(setup.Size.Width * scale), (int)Math.Ceiling(setup.Size.Height * scale));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        DrawPage(pageIndex, canvas);
        canvas.Flush();
        return bitmap;
    }

    public void Dispose()
    {
        foreach (var resource in resources)
        {
            resource.Dispose();
        }
        text.Dispose();
    }

    private void DrawHeader(SKCanvas canvas)
    {
        if (!decorations.HasHeader)
        {
            return;
        }
        var top = setup.Margins.Top;
        DrawBand(canvas, top, decorations.HeaderLeft, decorations.Mark is null ? decorations.HeaderRight : null);
        if (decorations.Mark is { } mark)
        {
            var shaped = text.Shape(mark, PageDecorations.MarkStyle);
            shaped.Draw(canvas, setup.Size.Width - setup.Margins.Right - shaped.Width, top + text.Ascent(PageDecorations.Style), PageDecorations.MarkStyle.Ink);
        }
        DrawRule(canvas, top + text.LineHeight(PageDecorations.Style) + PageDecorations.RuleGap);
    }

    private void DrawFooter(SKCanvas canvas, int pageNumber)
    {
        if (!decorations.HasFooter)
        {
            return;
        }
        var lineHeight = text.LineHeight(PageDecorations.Style);
        var top = setup.Size.Height - setup.Margins.Bottom - lineHeight;
        var pageLabel = decorations.PageNumberFormat is null
            ? null
            : string.Format(CultureInfo.InvariantCulture, decorations.PageNumberFormat, pageNumber, PageCount);
        DrawRule(canvas, top - PageDecorations.RuleGap);
        DrawBand(canvas, top, decorations.FooterLeft, pageLabel);
    }

    private void DrawBand(SKCanvas canvas, float top, string? left, string? right)
    {
        var style = PageDecorations.Style;
        var baseline = top + text.Ascent(style);
        if (left is not null)
        {
            text.Shape(left, style).Draw(canvas, setup.Margins.Left, baseline, style.Ink);
        }
        if (right is not null)
        {
            var shaped = text.Shape(right, style);
            shaped.Draw(canvas, setup.Size.Width - setup.Margins.Right - shaped.Width, baseline, style.Ink);
        }
    }

    private void DrawRule(SKCanvas canvas, float y)
    {
        using var paint = new SKPaint { Color = PageDecorations.RuleColour, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke };
        canvas.DrawLine(setup.Margins.Left, y, setup.Size.Width - setup.Margins.Right, y, paint);
    }
}

/// <summary>Running header and footer text; the page-number format takes {0} = page, {1} = page count.</summary>
internal sealed record PageDecorations(string? HeaderLeft, string? HeaderRight, string? FooterLeft, string? PageNumberFormat, string? Mark = null)
{
    /// <summary>As tall as the band's text, so a marked header takes no more room than a plain one.</summary>
    public static readonly PdfTextStyle MarkStyle = new(8, Bold: true, Color: new SKColor(0xB7, 0x1C, 0x1C));

    public const float RuleGap = 3;
    public const float BandSpacing = 10;
    public static readonly PdfTextStyle Style = PdfTextStyle.Small;
    public static readonly SKColor RuleColour = new(0xB0, 0xBE, 0xC5);

    public bool HasHeader => HeaderLeft is not null || HeaderRight is not null || Mark is not null;
    public bool HasFooter => FooterLeft is not null || PageNumberFormat is not null;
}
