using System.Globalization;
using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.Web.Features.Reports;

/// <summary>The zones report: one row per zone with its colour and booth counts, A4 portrait.</summary>
public static class ZonesReportDocument
{
    /// <summary>Shown when a zone's stored colour cannot be parsed, rather than failing the whole report.</summary>
    private static readonly SKColor UnknownColour = new(0x9E, 0x9E, 0x9E);

    private static readonly SKColor TotalsBackground = new(0xF5, 0xF5, 0xF5);

    /// <summary>1.5 cm margins: seven columns need the width for zone names to stay on one line.</summary>
    private static readonly PdfPageSetup Page = PdfPageSetup.A4Portrait with { Margins = PdfMargins.Uniform(42.5f) };

    /// <param name="numberFormat">Counts are formatted with this culture; defaults to the request's culture.</param>
    public static byte[] Render(ZonesReportModel model, PdfFontProvider fonts, IFormatProvider? numberFormat = null)
    {
        using var layout = Compose(model, fonts, numberFormat).Layout();
        return layout.ToPdf();
    }

    internal static PdfComposer Compose(ZonesReportModel model, PdfFontProvider fonts, IFormatProvider? numberFormat = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fonts);
        var format = numberFormat ?? CultureInfo.CurrentCulture;
        var labels = model.Labels;

        var columns = new PdfTableColumn[]
        {
            // Fixed widths fit the longest Vietnamese headings ("Đã phân bổ") on one line at 9 pt.
            new(labels.Code, PdfColumnWidth.Fixed(36)),
            new(labels.Zone, PdfColumnWidth.Relative(2.3f)),
            new(labels.Kind, PdfColumnWidth.Relative(1)),
            new(labels.Colour, PdfColumnWidth.Fixed(66)),
            new(labels.Booths, PdfColumnWidth.Fixed(56), PdfAlignment.Right),
            new(labels.Available, PdfColumnWidth.Fixed(54), PdfAlignment.Right),
            new(labels.Allocated, PdfColumnWidth.Fixed(60), PdfAlignment.Right),
        };

        var rows = model.Rows
            .Select(row => new PdfTableRow(
                row.Code,
                row.Name,
                row.KindLabel,
                PdfTableCell.WithSwatch(ParseColour(row.Colour), row.Colour.ToUpperInvariant()),
                Count(row.BoothCount, format),
                Count(row.AvailableCount, format),
                Count(row.AllocatedCount, format)))
            .ToList();
        var totals = model.Totals;
        rows.Add(new PdfTableRow(
            string.Empty,
            labels.Total,
            string.Empty,
            string.Empty,
            Count(totals.BoothCount, format),
            Count(totals.AvailableCount, format),
            Count(totals.AllocatedCount, format))
        {
            Bold = true,
            Background = TotalsBackground,
        });

        return new PdfComposer(fonts, Page, new PdfDocumentInfo(model.Title, model.GeneratedAt)
            {
                Subject = model.Subtitle,
            })
            .Header(model.Subtitle)
            .Footer(labels.PageNumberFormat, model.GeneratedAtLabel)
            .Heading(model.Title)
            .Paragraph(model.Subtitle, PdfTextStyle.Body with { Color = new SKColor(0x54, 0x6E, 0x7A) })
            .Spacer(6)
            .Table(columns, rows);
    }

    private static string Count(int value, IFormatProvider format) => value.ToString("N0", format);

    private static SKColor ParseColour(string hex) =>
        SKColor.TryParse(hex, out var colour) ? colour : UnknownColour;
}
