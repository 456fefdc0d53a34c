using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports.PostEvent;

/// <summary>
/// Writes the post-event report of an edition in the current UI culture: the GET endpoint and the /reports page's
/// background job both call <see cref="WriteAsync"/>.
/// </summary>
public sealed class PostEventReport(IPostEventFigures figures, IStringLocalizer<SharedResource> text, PdfFontProvider fonts)
{
    /// <param name="report">Called with (done, total) after the figures are counted, after each chapter and when written.</param>
    /// <exception cref="InvalidOperationException">The edition does not exist.</exception>
    public async Task WriteAsync(int editionId, Stream destination, Action<int, int>? report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var culture = CultureInfo.CurrentCulture;
        var counted = await figures.ComputeAsync(editionId, ct)
            ?? throw new InvalidOperationException($"Edition {editionId} does not exist, so it has no post-event report.");
        var document = new PostEventReportDocument(counted, text, culture, fonts);
        var chapters = document.Chapters;
        var total = chapters.Count + 2;
        var done = 1;
        report?.Invoke(done, total);
        foreach (var chapter in chapters)
        {
            ct.ThrowIfCancellationRequested();
            chapter();
            report?.Invoke(++done, total);
        }
        // Laid out in memory first: a failure half-way must not leave a truncated PDF in the destination.
        using var buffer = new MemoryStream();
        await Task.Run(() => document.WriteTo(buffer), ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, ct);
        report?.Invoke(++done, total);
    }
}
