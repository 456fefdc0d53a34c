namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

internal sealed class SpacerBlock(float height) : IPdfBlock
{
    public void Layout(PageFlow flow) => flow.Gap(height);
}

internal sealed class PageBreakBlock : IPdfBlock
{
    public void Layout(PageFlow flow)
    {
        // Two breaks in a row, or a break at the very start, would otherwise leave a blank page.
        if (!flow.IsPageEmpty)
        {
            flow.NewPage();
        }
    }
}
