using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using SkiaSharp;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Export;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>
/// The ceremony run sheet for the master of ceremonies and the register as PDF, CSV and XLSX. Names are drawn exactly
/// as stored (NFC); spreadsheet cells are neutralised against formula injection.
/// </summary>
public sealed class MouReports(IDbContextFactory<EventDbContext> dbFactory, PdfFontProvider fonts, TimeProvider time, IStringLocalizer<SharedResource> text)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "ceremony", "stage_order", "title_vi", "title_en", "field", "parties", "status", "signed_at_local", "value_vnd", "cancellation_reason",
    ];

    private static readonly PdfPageSetup Page = PdfPageSetup.A4Portrait with { Margins = PdfMargins.Uniform(42.5f) };
    private static readonly SKColor Muted = new(0x54, 0x6E, 0x7A);

    /// <summary>Per ceremony (by its start), the MoUs to be signed there in stage order; cancelled ones are left out.</summary>
    public async Task<byte[]> RunSheetAsync(Edition edition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var culture = CultureInfo.CurrentCulture;
        var rows = (await RegisterAsync(edition.Id, cancellationToken))
            .Where(r => r.Ceremony is not null && r.Mou.Status != MouStatus.Cancelled).ToList();
        var composer = Compose(text["Mou.RunSheet.Title"], edition, culture);
        if (rows.Count == 0)
        {
            composer.Paragraph(text["Mou.RunSheet.Empty"]);
        }
        var columns = new PdfTableColumn[]
        {
            new(text["Mou.Order"], PdfColumnWidth.Fixed(34), PdfAlignment.Right),
            new(text["Mou.Field.Title"], PdfColumnWidth.Relative(1.2f)),
            new(text["Mou.RunSheet.Signatories"], PdfColumnWidth.Relative(1.6f)),
            new(text["Mou.Witnesses"], PdfColumnWidth.Relative()),
        };
        foreach (var ceremony in rows.GroupBy(r => r.Ceremony!.Id).OrderBy(g => g.First().Ceremony!.StartsAt))
        {
            var session = ceremony.First().Ceremony!;
            var where = session.Room is { } room ? $" · {room.For(culture)}" : "";
            composer.Heading(session.Title.For(culture), 2)
                .Paragraph(EditionClock.Format(session.StartsAt, edition.TimeZoneId, culture) + where, PdfTextStyle.Body with { Color = Muted });
            var table = ceremony.OrderBy(r => r.Mou.StageOrder ?? int.MaxValue).Select(r => new PdfTableRow(
                r.Mou.StageOrder?.ToString(culture) ?? "",
                r.Mou.Title.For(culture),
                string.Join("\n", r.Parties.Select(p =>
                    $"{p.Organization.For(culture)} ({text["Mou.Role." + p.Party.Role]}): {p.Party.SignatoryName}, {p.Party.SignatoryPosition}")),
                string.Join("\n", r.Mou.Witnesses.OrderBy(w => w.SortOrder).Select(w => $"{w.Name}, {w.Title}")))).ToList();
            composer.Table(columns, table).Spacer(8);
        }
        return Render(composer);
    }

    public async Task<byte[]> RegisterPdfAsync(Edition edition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var culture = CultureInfo.CurrentCulture;
        var rows = await RegisterAsync(edition.Id, cancellationToken);
        var composer = Compose(text["Mou.Register.Title"], edition, culture);
        if (rows.Count == 0)
        {
            return Render(composer.Paragraph(text["Mou.Register.Empty"]));
        }
        var columns = new PdfTableColumn[]
        {
            new(text["Mou.Field.Title"], PdfColumnWidth.Relative(1.3f)),
            new(text["Mou.Parties"], PdfColumnWidth.Relative(1.7f)),
            new(text["Mou.Field.Status"], PdfColumnWidth.Fixed(70)),
            new(text["Mou.Field.SignedAt"], PdfColumnWidth.Fixed(80)),
            new(text["Mou.Field.Value"], PdfColumnWidth.Fixed(80), PdfAlignment.Right),
        };
        var table = rows.Select(r => new PdfTableRow(
            $"{r.Mou.Title.For(culture)}\n{text["TechnologyField." + r.Mou.Field]}"
                + (r.Ceremony is { } c ? $"\n{c.Title.For(culture)} · {text["Mou.Order"]} {r.Mou.StageOrder}" : ""),
            string.Join("\n", r.Parties.Select(p => $"{p.Organization.For(culture)} ({text["Mou.Role." + p.Party.Role]}): {p.Party.SignatoryName}")),
            text[MouRules.StatusKey(r.Mou.Status)].Value,
            r.Mou.SignedAt is { } signed ? EditionClock.Format(signed, edition.TimeZoneId, culture) : "",
            r.Mou.ValueVnd is { } value ? MouRules.FormatVnd(value, culture) : "")).ToList();
        return Render(composer.Table(columns, table));
    }

    public async Task<byte[]> CsvAsync(Edition edition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var rows = await CellsAsync(edition, cancellationToken);
        return await CsvDocument.WriteAsync(Columns, rows.Select(r => (IReadOnlyList<string?>)[.. r.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture))]), cancellationToken);
    }

    public async Task<byte[]> XlsxAsync(Edition edition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var sheet = (await CellsAsync(edition, cancellationToken)).Select(cells =>
        {
            var record = new Dictionary<string, object?>(Columns.Count);
            for (var i = 0; i < Columns.Count; i++)
            {
                record[Columns[i]] = cells[i];
            }
            return record;
        }).ToList();
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, sheet, sheetName: "MoU", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>One row per MoU: text in Vietnamese as signed, codes for field, role and status, the local signing time.</summary>
    private async Task<List<object?[]>> CellsAsync(Edition edition, CancellationToken cancellationToken)
    {
        var rows = await RegisterAsync(edition.Id, cancellationToken);
        return rows.Select(r => new object?[]
        {
            Cell(r.Ceremony?.Title.Vi), r.Mou.StageOrder, Cell(r.Mou.Title.Vi), Cell(r.Mou.Title.En), r.Mou.Field.ToString(),
            Cell(string.Join("; ", r.Parties.Select(p => $"{p.Organization.Vi} ({p.Party.Role}): {p.Party.SignatoryName}, {p.Party.SignatoryPosition}"))),
            r.Mou.Status.ToString(),
            r.Mou.SignedAt is { } signed ? EditionClock.ToLocal(signed, edition.TimeZoneId).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "",
            r.Mou.ValueVnd, Cell(r.Mou.CancellationReason),
        }).ToList();
    }

    private static string Cell(string? value) => SpreadsheetSanitizer.Neutralise(value);

    private async Task<IReadOnlyList<MouRow>> RegisterAsync(int editionId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await MouService.LoadRegisterAsync(db, editionId, null, cancellationToken);
    }

    private PdfComposer Compose(string title, Edition edition, CultureInfo culture)
    {
        var now = time.GetUtcNow();
        var subtitle = $"{edition.Name.For(culture)} · {EditionClock.FormatDateRange(edition.StartDate, edition.EndDate, culture)}";
        return new PdfComposer(fonts, Page, new PdfDocumentInfo(title, now) { Subject = subtitle })
            .Header(subtitle)
            .Footer(text["ZonesReport.PageNumber"], text["ZonesReport.GeneratedAt", EditionClock.Format(now, edition.TimeZoneId, culture)])
            .Heading(title)
            .Paragraph(subtitle, PdfTextStyle.Body with { Color = Muted });
    }

    private static byte[] Render(PdfComposer composer)
    {
        using var layout = composer.Layout();
        return layout.ToPdf();
    }
}
