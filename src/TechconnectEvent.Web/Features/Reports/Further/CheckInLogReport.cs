using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports.Further;

/// <summary>One admission as the log prints it; <see cref="By"/> is the device's name or the staff member's.</summary>
public sealed record CheckInLogRow(DateTimeOffset At, int DayIndex, string Name, string Organization, string Category, string Place, string By);

/// <summary>
/// Every fair-gate and session-door admission of an edition in time order: four small lookups, then one query whose rows
/// are read as they come, so twenty thousand admissions cost no query each.
/// </summary>
public sealed class CheckInLogQuery(IDbContextFactory<EventDbContext> dbFactory)
{
    public async Task<int> CountAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CheckIns.CountAsync(c => c.EditionId == editionId, cancellationToken);
    }

    public async IAsyncEnumerable<CheckInLogRow> ReadAsync(int editionId, CultureInfo culture,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == editionId)
            .ToDictionaryAsync(c => c.Id, c => c.Name.For(culture), cancellationToken);
        var places = await db.ScanPoints.AsNoTracking().Where(p => p.EditionId == editionId)
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var devices = await db.Devices.AsNoTracking().Where(d => d.EditionId == editionId)
            .ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var staff = await db.Users.AsNoTracking()
            .Where(u => db.CheckIns.Any(c => c.EditionId == editionId && c.StaffUserId == u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email ?? u.UserName })
            .ToDictionaryAsync(u => u.Id, u => u.Name ?? "", cancellationToken);
        var rows = (
                from c in db.CheckIns.AsNoTracking()
                where c.EditionId == editionId
                join r in db.Registrations on c.RegistrationId equals r.Id
                orderby c.At, c.Id
                select new { c.At, c.DayIndex, c.ScanPointId, c.DeviceId, c.StaffUserId, r.FullName, r.OrganizationName, r.CategoryId })
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);
        await foreach (var row in rows)
        {
            var by = row.DeviceId is { } deviceId ? devices.GetValueOrDefault(deviceId, "")
                : row.StaffUserId is { } userId ? staff.GetValueOrDefault(userId, "") : "";
            yield return new CheckInLogRow(row.At, row.DayIndex, row.FullName, row.OrganizationName ?? "",
                categories.GetValueOrDefault(row.CategoryId, ""), places.GetValueOrDefault(row.ScanPointId, ""), by);
        }
    }
}

public static class CheckInLogReport
{
    /// <summary>How often progress is told while rows are read: often enough to move the bar, rarely enough to cost nothing.</summary>
    private const int ReportEvery = 500;

    /// <param name="count">The number of admissions, for progress; rows are read once.</param>
    public static async Task RenderAsync(
        IAsyncEnumerable<CheckInLogRow> admissions, int count, Edition edition, ReportFrame frame, IStringLocalizer<SharedResource> localizer,
        PdfFontProvider fonts, CultureInfo culture, Stream output, Action<int, int>? report = null, CancellationToken cancellationToken = default)
    {
        // Reading the rows is half the work, laying out and writing the pages the other half.
        var total = count * 2 + 1;
        report?.Invoke(0, total);
        var composer = frame.Start(fonts, PdfPageSize.A4Landscape);
        var columns = new PdfTableColumn[]
        {
            new(localizer["Reports.CheckInLog.Time"], PdfColumnWidth.Fixed(50)),
            new(localizer["Reports.CheckInLog.Name"], PdfColumnWidth.Relative(1.3f)),
            new(localizer["Reports.CheckInLog.Organization"], PdfColumnWidth.Relative(1.5f)),
            new(localizer["Reports.CheckInLog.Category"], PdfColumnWidth.Relative(1)),
            new(localizer["Reports.CheckInLog.Place"], PdfColumnWidth.Relative(1)),
            new(localizer["Reports.CheckInLog.By"], PdfColumnWidth.Relative(0.9f)),
        };
        var rows = new List<PdfTableRow>();
        int? day = null;
        var read = 0;
        void CloseDay()
        {
            if (day is { } index)
            {
                var date = edition.StartDate.AddDays(index);
                composer.Heading(localizer["Reports.CheckInLog.Day", date.ToString("D", culture), ReportNumbers.Count(rows.Count, culture)], 2)
                    .Table(columns, rows).Spacer(6);
                rows = [];
            }
        }
        await foreach (var admission in admissions.WithCancellation(cancellationToken))
        {
            if (admission.DayIndex != day)
            {
                CloseDay();
                day = admission.DayIndex;
            }
            rows.Add(new PdfTableRow(
                EditionClock.ToLocal(admission.At, edition.TimeZoneId).ToString("HH:mm:ss", culture),
                admission.Name, admission.Organization, admission.Category, admission.Place, admission.By));
            if (++read % ReportEvery == 0)
            {
                report?.Invoke(Math.Min(read, count), total);
            }
        }
        CloseDay();
        if (read == 0)
        {
            composer.Paragraph(localizer["Reports.CheckInLog.Empty"]);
        }
        else
        {
            composer.Paragraph(localizer["Reports.CheckInLog.Total", ReportNumbers.Count(read, culture)], PdfTextStyle.Body.WithBold());
        }
        report?.Invoke(Math.Max(count, read), total);
        await Task.Run(() =>
        {
            using var layout = composer.Layout();
            report?.Invoke(total - 1, total);
            layout.WritePdf(output);
        }, cancellationToken);
        report?.Invoke(total, total);
    }
}
