using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

/// <summary>Draws one laid-out item on a page canvas; positions are captured when the item is placed.</summary>
internal delegate void PageDrawing(SKCanvas canvas);

/// <summary>
/// The cursor that blocks advance down the body area of the current page. Blocks only record drawings here;
/// nothing is painted until every page exists, which is what lets footers say "page X of Y".
/// </summary>
internal sealed class PageFlow
{
    private const float Epsilon = 0.01f;
    private readonly List<List<PageDrawing>> pages = [[]];

    public PageFlow(TextShaper text, float left, float width, float top, float bottom, List<IDisposable> resources)
    {
        Text = text;
        Left = left;
        Width = width;
        Top = top;
        Bottom = bottom;
        Resources = resources;
        Y = top;
    }

    public TextShaper Text { get; }
    public float Left { get; }
    public float Width { get; }
    public float Top { get; }
    public float Bottom { get; }

    /// <summary>Native objects (decoded images) that must outlive layout until the pages are painted.</summary>
    public List<IDisposable> Resources { get; }

    public float Y { get; private set; }
    public float Right => Left + Width;
    public float Remaining => Bottom - Y;
    public float PageBodyHeight => Bottom - Top;
    public bool IsPageEmpty => pages[^1].Count == 0 && Y - Top < Epsilon;

    public IReadOnlyList<IReadOnlyList<PageDrawing>> Pages => pages;

    /// <summary>1-based number of the page being filled.</summary>
    public int PageNumber => pages.Count;

    /// <summary>The page each heading landed on, in document order, as this pass lays them out.</summary>
    public List<int> HeadingPages { get; } = [];

    /// <summary>Heading pages from an earlier pass, for a table of contents that precedes its headings.</summary>
    public IReadOnlyList<int>? KnownHeadingPages { get; init; }

    public void Draw(PageDrawing drawing) => pages[^1].Add(drawing);

    public void Advance(float height) => Y = Math.Min(Y + height, Bottom);

    /// <summary>Leaves vertical space, unless the page is fresh: a gap at the top of a page only looks lost.</summary>
    public void Gap(float height)
    {
        if (!IsPageEmpty)
        {
            Y += height;
        }
    }

    public bool Fits(float height) => height <= Remaining + Epsilon;

    public void NewPage()
    {
        pages.Add([]);
        Y = Top;
    }

    /// <summary>Starts a new page when the height does not fit here but would fit on an empty page.</summary>
    public void EnsureSpace(float height)
    {
        if (!Fits(height) && !IsPageEmpty)
        {
            NewPage();
        }
    }
}
