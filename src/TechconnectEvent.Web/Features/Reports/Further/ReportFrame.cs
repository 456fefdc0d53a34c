using System.Globalization;
using Microsoft.Extensions.Localization;
using SkiaSharp;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports.Further;

/// <summary>
/// What every further report prints around its content, already translated: title, the edition line, when it was
/// generated (in the edition's time zone), the page-number format and, for the organisers-only reports, the
/// confidential mark.
/// </summary>
public sealed record ReportFrame(
    string Title,
    string Subtitle,
    string GeneratedAtLabel,
    DateTimeOffset GeneratedAt,
    string PageNumberFormat,
    string? ConfidentialMark)
{
    /// <summary>1.5 cm margins: these reports are wide tables.</summary>
    public static readonly PdfMargins Margins = PdfMargins.Uniform(42.5f);

    private static readonly SKColor SubtitleInk = new(0x54, 0x6E, 0x7A);

    public static ReportFrame For(
        Edition edition, string title, DateTimeOffset now, bool confidential, IStringLocalizer<SharedResource> localizer, CultureInfo culture)
    {
        var dates = EditionClock.FormatDateRange(edition.StartDate, edition.EndDate, culture);
        var subtitle = $"{edition.Name.For(culture)} · {dates} · {edition.Venue.For(culture)}, {edition.Province.For(culture)}";
        return new ReportFrame(
            title, subtitle, localizer["ZonesReport.GeneratedAt", EditionClock.Format(now, edition.TimeZoneId, culture)], now,
            localizer["ZonesReport.PageNumber"], confidential ? localizer["Reports.Confidential"].Value : null);
    }

    /// <summary>A composer with the running header and footer, the title, the edition line and the generated time.</summary>
    public PdfComposer Start(PdfFontProvider fonts, PdfPageSize size)
    {
        var composer = new PdfComposer(fonts, new PdfPageSetup(size, Margins), new PdfDocumentInfo(Title, GeneratedAt) { Subject = Subtitle })
            .Header(Title)
            .Footer(PageNumberFormat, GeneratedAtLabel);
        if (ConfidentialMark is { } mark)
        {
            composer.Mark(mark);
        }
        return composer
            .Heading(Title)
            .Paragraph(Subtitle, PdfTextStyle.Body with { Color = SubtitleInk })
            .Paragraph(GeneratedAtLabel, PdfTextStyle.Small)
            .Spacer(4);
    }
}

/// <summary>Numbers and rates as the reports print them, in the reader's culture.</summary>
public static class ReportNumbers
{
    public static string Count(int value, CultureInfo culture) => value.ToString("N0", culture);

    /// <summary>"—" when there is nothing to divide by, rather than a misleading 0 %.</summary>
    public static string Rate(int part, int whole, CultureInfo culture) =>
        whole <= 0 ? "—" : ((double)part / whole).ToString("P0", culture);
}
