namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

/// <summary>A piece of flowing content that places itself on pages, starting new ones as it needs.</summary>
internal interface IPdfBlock
{
    void Layout(PageFlow flow);
}
