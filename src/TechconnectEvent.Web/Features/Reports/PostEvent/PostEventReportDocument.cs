using System.Globalization;
using Microsoft.Extensions.Localization;
using SkiaSharp;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports.PostEvent;

/// <summary>
/// The post-event report, A4 portrait, in one language: cover, contents, then five chapters that each open with
/// their narrative. Every chapter is written even when its figures are empty, so the contents never change shape.
/// </summary>
public sealed partial class PostEventReportDocument
{
    private static readonly SKColor Muted = new(0x54, 0x6E, 0x7A);
    private static readonly SKColor TotalsBackground = new(0xF5, 0xF5, 0xF5);
    private static readonly SKColor UnknownColour = new(0x9E, 0x9E, 0x9E);

    private readonly PostEventFigures figures;
    private readonly IStringLocalizer<SharedResource> text;
    private readonly CultureInfo culture;
    private readonly PostEventNarrative narrative;
    private readonly PdfComposer composer;

    public PostEventReportDocument(PostEventFigures figures, IStringLocalizer<SharedResource> text, CultureInfo culture, PdfFontProvider fonts)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(fonts);
        this.figures = figures;
        this.text = text;
        this.culture = culture;
        narrative = new PostEventNarrative(text, culture);
        var edition = figures.Edition;
        var generated = Format("PostEvent.GeneratedAt", EditionClock.Format(figures.ComputedAt, edition.TimeZoneId, culture));
        composer = new PdfComposer(fonts, PdfPageSetup.A4Portrait, new PdfDocumentInfo(text["PostEvent.Title"], figures.ComputedAt)
            {
                Subject = edition.Name.For(culture),
            })
            .Header(edition.Name.For(culture), text["PostEvent.Title"])
            .Footer(text["PostEvent.PageNumber"], generated);
    }

    /// <summary>The chapters in order, so a caller can report progress as each is composed.</summary>
    public IReadOnlyList<Action> Chapters => [Cover, Attendance, Exhibition, Forum, Connections, Comparison];

    /// <summary>Composes every chapter and lays the document out.</summary>
    public static byte[] Render(PostEventFigures figures, IStringLocalizer<SharedResource> text, CultureInfo culture, PdfFontProvider fonts)
    {
        var document = new PostEventReportDocument(figures, text, culture, fonts);
        foreach (var chapter in document.Chapters)
        {
            chapter();
        }
        using var stream = new MemoryStream();
        document.WriteTo(stream);
        return stream.ToArray();
    }

    public void WriteTo(Stream destination) => composer.Render(destination);

    private void Cover()
    {
        var edition = figures.Edition;
        composer.Spacer(120)
            .Paragraph(text["PostEvent.Title"], PdfTextStyle.Heading2 with { Color = Muted }, PdfAlignment.Centre)
            .Paragraph(edition.Name.For(culture), new PdfTextStyle(22, Bold: true), PdfAlignment.Centre)
            .Spacer(18)
            .Paragraph(Format("PostEvent.Theme", edition.Theme.For(culture)), PdfTextStyle.Heading3, PdfAlignment.Centre)
            .Paragraph(Format("PostEvent.Venue", edition.Venue.For(culture), edition.Province.For(culture)), PdfTextStyle.Body, PdfAlignment.Centre)
            .Paragraph(Format("PostEvent.Dates", EditionClock.FormatDateRange(edition.StartDate, edition.EndDate, culture)), PdfTextStyle.Body, PdfAlignment.Centre)
            .Spacer(18)
            .Paragraph(Format("PostEvent.GeneratedAt", EditionClock.Format(figures.ComputedAt, edition.TimeZoneId, culture)),
                PdfTextStyle.Small, PdfAlignment.Centre)
            .PageBreak()
            .TableOfContents(text["PostEvent.Contents"])
            .PageBreak();
    }

    private void Chapter(string titleKey, string opening)
    {
        composer.Heading(text[titleKey]).Paragraph(opening);
    }

    private void Section(string titleKey, Action<PdfComposer> content) =>
        composer.KeepTogether(group => content(group.Heading(text[titleKey], 2)));

    private void Comparison()
    {
        Chapter("PostEvent.Chapter.Comparison", narrative.Comparison(figures.Headlines, figures.Previous));
        if (figures.Previous is not { } previous)
        {
            return;
        }
        var now = figures.Headlines;
        var before = previous.Headlines;
        (string Key, int Before, int Now)[] rows =
        [
            ("PostEvent.Headline.Registered", before.Registered, now.Registered),
            ("PostEvent.Headline.CheckedIn", before.CheckedIn, now.CheckedIn),
            ("PostEvent.Headline.Booths", before.Booths, now.Booths),
            ("PostEvent.Headline.AllocatedBooths", before.AllocatedBooths, now.AllocatedBooths),
            ("PostEvent.Headline.Exhibitors", before.Exhibitors, now.Exhibitors),
            ("PostEvent.Headline.Technologies", before.Technologies, now.Technologies),
            ("PostEvent.Headline.SessionsHeld", before.SessionsHeld, now.SessionsHeld),
            ("PostEvent.Headline.SessionAttendance", before.SessionAttendance, now.SessionAttendance),
            ("PostEvent.Headline.MeetingsHeld", before.MeetingsHeld, now.MeetingsHeld),
            ("PostEvent.Headline.MousSigned", before.MousSigned, now.MousSigned),
        ];
        composer.Table(
            [
                new(text["PostEvent.Column.Figure"], PdfColumnWidth.Relative(2)),
                new(previous.Year.ToString(CultureInfo.InvariantCulture), PdfColumnWidth.Fixed(70), PdfAlignment.Right),
                new(figures.Edition.Year.ToString(CultureInfo.InvariantCulture), PdfColumnWidth.Fixed(70), PdfAlignment.Right),
                new(text["PostEvent.Column.Change"], PdfColumnWidth.Fixed(100), PdfAlignment.Right),
            ],
            rows.Select(r => new PdfTableRow(text[r.Key].Value, N(r.Before), N(r.Now), narrative.Change(r.Before, r.Now))).ToList());
    }

    private string N(int value) => narrative.Number(value);

    private string Format(string key, params object[] arguments) => string.Format(culture, text[key], arguments);

    private static SKColor Colour(string hex) => SKColor.TryParse(hex, out var colour) ? colour : UnknownColour;
}
