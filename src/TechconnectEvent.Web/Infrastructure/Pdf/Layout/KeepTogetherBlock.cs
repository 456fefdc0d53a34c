namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

/// <summary>
/// Blocks placed on one page when they can be: the group is first laid out on a scratch page to learn its
/// height, then for real, after a page break if it would not fit where the flow stands.
/// </summary>
internal sealed class KeepTogetherBlock(IReadOnlyList<IPdfBlock> blocks) : IPdfBlock
{
    public void Layout(PageFlow flow)
    {
        var height = Measure(flow);
        if (height is { } fits)
        {
            flow.EnsureSpace(fits);
        }
        foreach (var block in blocks)
        {
            block.Layout(flow);
        }
    }

    /// <summary>The group's height from the top of an empty page, or null when it needs more than one page.</summary>
    private float? Measure(PageFlow flow)
    {
        var scratchResources = new List<IDisposable>();
        try
        {
            var scratch = new PageFlow(flow.Text, flow.Left, flow.Width, flow.Top, flow.Bottom, scratchResources);
            foreach (var block in blocks)
            {
                block.Layout(scratch);
            }
            return scratch.Pages.Count == 1 ? scratch.Y - scratch.Top : null;
        }
        finally
        {
            scratchResources.ForEach(resource => resource.Dispose());
        }
    }
}
