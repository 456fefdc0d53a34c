using System.Globalization;
using Microsoft.Extensions.Localization;
using SkiaSharp;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports.Further;

/// <summary>Booth allocation by zone, in the reader's language: one section per zone, then the summary of all zones.</summary>
public sealed record BoothAllocationModel(ReportFrame Frame, BoothAllocationLabels Labels, IReadOnlyList<BoothAllocationZone> Zones)
{
    public int Booths => Zones.Sum(z => z.Rows.Count);
    public int Allocated => Zones.Sum(z => z.Allocated);
}

public sealed record BoothAllocationLabels(
    string Code, string Size, string Exhibitor, string Status, string Zone, string Booths, string Allocated, string Rate,
    string Summary, string Total, string SubtotalFormat, string Empty);

public sealed record BoothAllocationZone(string Code, string Name, string Colour, IReadOnlyList<BoothAllocationRow> Rows)
{
    public int Allocated => Rows.Count(r => r.IsAllocated);
}

public sealed record BoothAllocationRow(string Code, string Size, string Exhibitor, string Status, bool IsAllocated);

public static class BoothAllocationReport
{
    private static readonly SKColor TotalsBackground = new(0xF5, 0xF5, 0xF5);

    public static BoothAllocationModel Build(FloorPlanData plan, ReportFrame frame, IStringLocalizer<SharedResource> localizer, CultureInfo culture)
    {
        var labels = new BoothAllocationLabels(
            localizer["BoothList.Code"], localizer["BoothList.Size"], localizer["BoothList.Exhibitor"], localizer["BoothList.Status"],
            localizer["ZonesReport.Zone"], localizer["ZonesReport.Booths"], localizer["BoothStatus.Allocated"], localizer["Reports.Rate"],
            localizer["Reports.BoothAllocation.Summary"], localizer["ZonesReport.Total"], localizer["Reports.BoothAllocation.Subtotal"],
            localizer["Reports.BoothAllocation.Empty"]);
        var zones = plan.Zones
            .Select(zone => (zone, booths: plan.Booths.Where(b => b.ZoneId == zone.Id).OrderBy(b => b.Code, StringComparer.Ordinal).ToList()))
            .Where(z => z.booths.Count > 0)
            .Select(z => new BoothAllocationZone(z.zone.Code, z.zone.Name.For(culture), z.zone.Colour,
                z.booths.Select(b => new BoothAllocationRow(
                    b.Code,
                    localizer["BoothList.SizeValue", localizer[$"BoothSize.{b.Size}"].Value, b.Width.ToString("0.#", culture), b.Height.ToString("0.#", culture)],
                    b.Exhibitor?.Name.For(culture) ?? "",
                    localizer[$"BoothStatus.{b.Status}"],
                    b.Status == BoothStatus.Allocated)).ToList()))
            .ToList();
        return new BoothAllocationModel(frame, labels, zones);
    }

    public static void Render(BoothAllocationModel model, PdfFontProvider fonts, CultureInfo culture, Stream output, Action<int, int>? report = null)
    {
        var total = model.Zones.Count + 2;
        report?.Invoke(0, total);
        var labels = model.Labels;
        var composer = model.Frame.Start(fonts, PdfPageSize.A4Portrait);
        if (model.Zones.Count == 0)
        {
            composer.Paragraph(labels.Empty);
        }
        var columns = new PdfTableColumn[]
        {
            new(labels.Code, PdfColumnWidth.Fixed(62)),
            new(labels.Size, PdfColumnWidth.Fixed(118)),
            new(labels.Exhibitor, PdfColumnWidth.Relative()),
            new(labels.Status, PdfColumnWidth.Fixed(78)),
        };
        var done = 0;
        foreach (var zone in model.Zones)
        {
            var swatch = Swatch(zone.Colour);
            var rows = zone.Rows.Select(r => new PdfTableRow(PdfTableCell.WithSwatch(swatch, r.Code), r.Size, r.Exhibitor, r.Status)).ToList();
            var subtotal = Subtotal(labels.SubtotalFormat, zone.Allocated, zone.Rows.Count, culture);
            // The zone's heading and subtotal move with its table: a zone never starts on the last line of a page.
            composer.KeepTogether(group => group
                .Heading($"{zone.Code} · {zone.Name}", 2)
                .Paragraph(subtotal, PdfTextStyle.Body.WithBold())
                .Table(columns, rows));
            composer.Spacer(6);
            report?.Invoke(++done, total);
        }
        if (model.Zones.Count > 0)
        {
            composer.KeepTogether(group => group.Heading(labels.Summary, 2).Table(SummaryTable(model, culture)));
        }
        using (var layout = composer.Layout())
        {
            report?.Invoke(total - 1, total);
            layout.WritePdf(output);
        }
        report?.Invoke(total, total);
    }

    /// <summary>"allocated / booths (rate)", e.g. "Đã phân bổ 30/32 gian (94 %)".</summary>
    public static string Subtotal(string format, int allocated, int booths, CultureInfo culture) =>
        string.Format(culture, format, ReportNumbers.Count(allocated, culture), ReportNumbers.Count(booths, culture), ReportNumbers.Rate(allocated, booths, culture));

    private static PdfTable SummaryTable(BoothAllocationModel model, CultureInfo culture)
    {
        var labels = model.Labels;
        var columns = new PdfTableColumn[]
        {
            new(labels.Zone, PdfColumnWidth.Relative()),
            new(labels.Booths, PdfColumnWidth.Fixed(60), PdfAlignment.Right),
            new(labels.Allocated, PdfColumnWidth.Fixed(66), PdfAlignment.Right),
            new(labels.Rate, PdfColumnWidth.Fixed(60), PdfAlignment.Right),
        };
        var rows = model.Zones
            .Select(z => new PdfTableRow(
                PdfTableCell.WithSwatch(Swatch(z.Colour), $"{z.Code} · {z.Name}"),
                ReportNumbers.Count(z.Rows.Count, culture), ReportNumbers.Count(z.Allocated, culture), ReportNumbers.Rate(z.Allocated, z.Rows.Count, culture)))
            .ToList();
        rows.Add(new PdfTableRow(labels.Total, ReportNumbers.Count(model.Booths, culture), ReportNumbers.Count(model.Allocated, culture),
            ReportNumbers.Rate(model.Allocated, model.Booths, culture)) { Bold = true, Background = TotalsBackground });
        return new PdfTable(columns, rows);
    }

    private static SKColor Swatch(string colour)
    {
        var parsed = BoothColours.Parse(colour);
        return new SKColor(parsed.R, parsed.G, parsed.B);
    }
}
