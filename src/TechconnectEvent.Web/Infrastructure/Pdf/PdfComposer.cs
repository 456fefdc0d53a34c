using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf.Charts;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;
using TechconnectEvent.Web.Infrastructure.Qr;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

/// <summary>
/// Builds a PDF from flowing blocks (headings, paragraphs, tables, QR codes, images, drawings), top to
/// bottom. Collects content only; pages are made by <see cref="Layout"/> and written by <see cref="Render()"/>.
/// One composer per document and thread; the font provider behind it is shared.
/// </summary>
public sealed class PdfComposer(PdfFontProvider fonts, PdfPageSetup page, PdfDocumentInfo info)
{
    private readonly List<IPdfBlock> blocks = [];

    /// <summary>Every heading in document order, groups included, for the table of contents.</summary>
    private List<ContentsEntry> headings = [];
    private bool hasContents;
    private PageDecorations decorations = new(null, null, null, null);

    /// <summary>Text at the top of every page, left and optionally right-aligned.</summary>
    public PdfComposer Header(string left, string? right = null)
    {
        decorations = decorations with { HeaderLeft = left, HeaderRight = right };
        return this;
    }

    /// <summary>
    /// A mark such as "CONFIDENTIAL" at the top right of every page, in bold red so a printed page left on a desk says
    /// at a glance who may read it; it takes the place of the header's right text.
    /// </summary>
    public PdfComposer Mark(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        decorations = decorations with { Mark = text };
        return this;
    }

    /// <summary>A footer on every page; <paramref name="pageNumberFormat"/> like "Page {0} of {1}".</summary>
    public PdfComposer Footer(string? pageNumberFormat, string? left = null)
    {
        decorations = decorations with { PageNumberFormat = pageNumberFormat, FooterLeft = left };
        return this;
    }

    public PdfComposer Heading(string text, int level = 1)
    {
        var style = PdfTextStyle.ForHeading(level);
        headings.Add(new ContentsEntry(text, level));
        Add(new TextBlock(text, style, PdfAlignment.Left, style.Size * 0.6f, style.Size * 0.35f, keepWithNext: true));
        return Add(new HeadingMarkBlock());
    }

    public PdfComposer Paragraph(string text, PdfTextStyle? style = null, PdfAlignment alignment = PdfAlignment.Left)
    {
        var used = style ?? PdfTextStyle.Body;
        return Add(new TextBlock(text, used, alignment, 0, used.Size * 0.5f, keepWithNext: false));
    }

    public PdfComposer Spacer(float points) => Add(new SpacerBlock(points));

    public PdfComposer Table(IReadOnlyList<PdfTableColumn> columns, IReadOnlyList<PdfTableRow> rows) =>
        Table(new PdfTable(columns, rows));

    public PdfComposer Table(PdfTable table)
    {
        table.Validate();
        return Add(new TableBlock(table));
    }

    /// <summary>A vector QR code <paramref name="size"/> points square, quiet zone included.</summary>
    public PdfComposer QrCode(string payload, float size, PdfAlignment alignment = PdfAlignment.Left) =>
        QrCode(QrCodes.Matrix(payload), size, alignment);

    public PdfComposer QrCode(QrModuleMatrix matrix, float size, PdfAlignment alignment = PdfAlignment.Left)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return Add(new QrBlock(matrix, size, alignment));
    }

    /// <summary>An encoded image (PNG, JPEG, WebP) scaled to <paramref name="width"/> points.</summary>
    public PdfComposer Image(byte[] encoded, float width, PdfAlignment alignment = PdfAlignment.Left)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        // Read only the header now, so bad bytes fail where they were passed in, not later in Render().
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data)
            ?? throw new ArgumentException("The bytes are not an image format Skia can decode.", nameof(encoded));
        return Add(new ImageBlock(encoded, null, codec.Info.Size, width, alignment));
    }

    /// <summary>An image the caller owns and keeps alive until rendering is done.</summary>
    public PdfComposer Image(SKImage image, float width, PdfAlignment alignment = PdfAlignment.Left)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        return Add(new ImageBlock(null, image, new SKSizeI(image.Width, image.Height), width, alignment));
    }

    /// <summary>
    /// A box of free vector drawing (charts, floor plans), full content width unless <paramref name="width"/>
    /// is given; the callback gets the box in page coordinates.
    /// </summary>
    public PdfComposer Drawing(float height, Action<SKCanvas, SKRect> draw, float? width = null)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        return Add(new DrawingBlock(height, draw, width));
    }

    /// <summary>
    /// Draws at an absolute place on the page the flow has reached, without moving the flow: a stamp, a logo in a
    /// corner, a badge on a sheet. The callback gets a <see cref="PdfCanvas"/> and <paramref name="box"/>.
    /// </summary>
    public PdfComposer Absolute(SKRect box, Action<PdfCanvas, SKRect> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        return Add(new AbsoluteBlock(box, draw));
    }

    /// <summary>A bar chart across the content width; moved whole to the next page when it does not fit.</summary>
    public PdfComposer BarChart(PdfBarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        chart.Validate();
        return Add(new BarChartBlock(chart));
    }

    /// <summary>A pie chart with its legend; grows past its height when the legend needs more room.</summary>
    public PdfComposer PieChart(PdfPieChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        chart.Validate();
        return Add(new PieChartBlock(chart));
    }

    /// <summary>A line chart across the content width; moved whole to the next page when it does not fit.</summary>
    public PdfComposer LineChart(PdfLineChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        chart.Validate();
        return Add(new LineChartBlock(chart));
    }

    /// <summary>
    /// Blocks added by <paramref name="content"/> stay on one page (a heading with its chart and note): when the group
    /// does not fit in what is left, it starts on the next page. A group taller than a page flows as usual.
    /// </summary>
    public PdfComposer KeepTogether(Action<PdfComposer> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var group = new PdfComposer(fonts, page, info) { headings = headings };
        content(group);
        hasContents |= group.hasContents;
        return Add(new KeepTogetherBlock(group.blocks));
    }

    /// <summary>
    /// A contents list of the headings up to <paramref name="maxLevel"/>, with the page each starts on; headings
    /// added after this call are listed too. The document is laid out twice to learn those pages.
    /// </summary>
    public PdfComposer TableOfContents(string title, int maxLevel = 2)
    {
        ArgumentNullException.ThrowIfNull(title);
        hasContents = true;
        return Add(new TableOfContentsBlock(title, headings, maxLevel));
    }

    public PdfComposer Rule(float thickness = 0.5f, SKColor? colour = null) =>
        Add(new RuleBlock(thickness, colour ?? PageDecorations.RuleColour));

    public PdfComposer PageBreak() => Add(new PageBreakBlock());

    /// <summary>Lays out every page. The caller disposes the result (it holds fonts and decoded images).</summary>
    public PdfLayout Layout()
    {
        var text = new TextShaper(fonts);
        var resources = new List<IDisposable>();
        try
        {
            var lineHeight = text.LineHeight(PageDecorations.Style);
            var band = lineHeight + PageDecorations.BandSpacing;
            var top = page.Margins.Top + (decorations.HasHeader ? band : 0);
            var bottom = page.Size.Height - page.Margins.Bottom - (decorations.HasFooter ? band : 0);
            if (bottom - top < lineHeight * 4 || page.ContentWidth < lineHeight * 4)
            {
                throw new InvalidOperationException("The margins leave no room for content on the page.");
            }
            IReadOnlyList<int>? headingPages = null;
            if (hasContents)
            {
                // Contents lines are as tall with or without their page numbers, so the first pass's pages hold.
                var firstPass = new List<IDisposable>();
                headingPages = LayOut(new PageFlow(text, page.Margins.Left, page.ContentWidth, top, bottom, firstPass)).HeadingPages;
                firstPass.ForEach(resource => resource.Dispose());
            }
            var flow = LayOut(new PageFlow(text, page.Margins.Left, page.ContentWidth, top, bottom, resources) { KnownHeadingPages = headingPages });
            return new PdfLayout(page, info, decorations, text, flow.Pages, resources);
        }
        catch
        {
            resources.ForEach(resource => resource.Dispose());
            text.Dispose();
            throw;
        }
    }

    public byte[] Render()
    {
        using var layout = Layout();
        return layout.ToPdf();
    }

    public void Render(Stream output)
    {
        using var layout = Layout();
        layout.WritePdf(output);
    }

    private PageFlow LayOut(PageFlow flow)
    {
        foreach (var block in blocks)
        {
            block.Layout(flow);
        }
        return flow;
    }

    private PdfComposer Add(IPdfBlock block)
    {
        blocks.Add(block);
        return this;
    }
}
