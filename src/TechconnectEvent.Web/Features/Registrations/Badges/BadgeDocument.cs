using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.Web.Features.Registrations.Badges;

/// <summary>The paper a batch is printed on (the <c>layout</c> query value keeps these names).</summary>
public enum BadgeLayout
{
    /// <summary>A4 sheets of 8 badges (2 × 4) with cut marks.</summary>
    A4x8 = 0,
    /// <summary>One A6 portrait badge per page (badge printers, A6 pouches).</summary>
    A6 = 1,
    /// <summary>One CR80 card (85.6 × 54 mm) per page, for card printers.</summary>
    CR80 = 2,
}

/// <summary>What one badge shows, already in the badge's language.</summary>
public sealed record BadgeContent(
    int RegistrationId,
    string Code,
    string FullName,
    string? Honorific,
    string? Position,
    string? Organization,
    string CategoryLabel,
    string CategoryColour,
    string? RibbonLabel,
    SKColor RibbonColour);

public sealed record BadgeBatch(string Title, string EditionName, BadgeLayout Layout, IReadOnlyList<BadgeContent> Badges, DateTimeOffset CreatedAt);

/// <summary>Badges as a PDF, written page by page; progress is reported after each badge.</summary>
public static class BadgeDocument
{
    public static PdfPageSize PageSize(BadgeLayout layout) => layout switch
    {
        BadgeLayout.A6 => PdfPageSize.A6Portrait,
        BadgeLayout.CR80 => PdfPageSize.Cr80Card,
        _ => PdfSheet.A4Badges8.Page,
    };

    /// <returns>The badges whose name had to go below the name box's lines or height (printed whole, smaller).</returns>
    public static IReadOnlyList<int> Write(
        Stream output, PdfFontProvider fonts, BadgeBatch batch, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Badges.Count == 0)
        {
            throw new ArgumentException("A badge document needs at least one badge.", nameof(batch));
        }
        var crowded = new List<int>();
        var total = batch.Badges.Count;
        var done = 0;
        var info = new PdfDocumentInfo(batch.Title, batch.CreatedAt) { Subject = batch.EditionName };

        void Paint(PdfCanvas canvas, SKRect box, BadgeContent badge, BadgeProportions proportions)
        {
            if (!BadgePainter.Paint(canvas, box, badge, batch.EditionName, proportions))
            {
                crowded.Add(badge.RegistrationId);
            }
            progress?.Invoke(++done, total);
        }

        if (batch.Layout == BadgeLayout.A4x8)
        {
            var sheet = PdfSheet.A4Badges8;
            PdfPages.Write(output, fonts, sheet.Page, info, sheet.PagesFor(total), (page, canvas) =>
            {
                var first = page * sheet.PerPage;
                var onPage = Math.Min(sheet.PerPage, total - first);
                for (var index = 0; index < onPage; index++)
                {
                    Paint(canvas, sheet.Cells[index], batch.Badges[first + index], BadgeProportions.Landscape);
                }
                sheet.DrawCutMarks(canvas.Canvas, onPage);
            }, cancellationToken);
            return crowded;
        }

        var size = PageSize(batch.Layout);
        var proportions = batch.Layout == BadgeLayout.A6 ? BadgeProportions.Portrait : BadgeProportions.Card;
        var card = SKRect.Create(0, 0, size.Width, size.Height);
        PdfPages.Write(output, fonts, size, info, total,
            (page, canvas) => Paint(canvas, card, batch.Badges[page], proportions), cancellationToken);
        return crowded;
    }
}
