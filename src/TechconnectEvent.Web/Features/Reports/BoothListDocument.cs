using SkiaSharp;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.Web.Features.Reports;

/// <summary>Every booth, grouped per zone, A4 portrait; long zones break across pages with their header row repeated.</summary>
public static class BoothListDocument
{
    private static readonly PdfPageSetup Page = PdfPageSetup.A4Portrait with { Margins = PdfMargins.Uniform(42.5f) };

    public static byte[] Render(BoothListModel model, PdfFontProvider fonts)
    {
        using var layout = Compose(model, fonts).Layout();
        return layout.ToPdf();
    }

    internal static PdfComposer Compose(BoothListModel model, PdfFontProvider fonts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fonts);
        var labels = model.Labels;
        var composer = new PdfComposer(fonts, Page, new PdfDocumentInfo(model.Title, model.GeneratedAt) { Subject = model.Subtitle })
            .Header(model.Subtitle)
            .Footer(labels.PageNumberFormat, model.GeneratedAtLabel)
            .Heading(model.Title)
            .Paragraph(model.Subtitle, PdfTextStyle.Body with { Color = new SKColor(0x54, 0x6E, 0x7A) });
        if (model.Zones.Count == 0)
        {
            return composer.Paragraph(labels.Empty);
        }

        var columns = new PdfTableColumn[]
        {
            new(labels.Code, PdfColumnWidth.Fixed(62)),
            new(labels.Size, PdfColumnWidth.Fixed(120)),
            new(labels.Status, PdfColumnWidth.Fixed(80)),
            new(labels.Exhibitor, PdfColumnWidth.Relative()),
        };
        foreach (var zone in model.Zones)
        {
            var colour = BoothColours.Parse(zone.Colour);
            var swatch = new SKColor(colour.R, colour.G, colour.B);
            var rows = zone.Rows
                .Select(row => new PdfTableRow(PdfTableCell.WithSwatch(swatch, row.Code), row.Size, row.Status, row.Exhibitor))
                .ToList();
            composer.Heading(zone.Heading, 2).Table(columns, rows).Spacer(6);
        }
        return composer;
    }
}
