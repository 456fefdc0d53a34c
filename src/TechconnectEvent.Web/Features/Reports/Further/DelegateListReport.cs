using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports.Further;

/// <param name="DaysRegistered">Day indexes (0 = the edition's first day) the person registered for.</param>
/// <param name="DaysCheckedIn">Day indexes the person came through a fair gate.</param>
public sealed record DelegateListRow(
    string Name, string Organization, string Position, string Nationality, IReadOnlyList<int> DaysRegistered, IReadOnlyList<int> DaysCheckedIn);

public sealed record DelegateListCategory(string Name, IReadOnlyList<DelegateListRow> People);

/// <summary>Confirmed registrations by category, then by name as the registrations page sorts them (folded name, then id).</summary>
public sealed class DelegateListQuery(IDbContextFactory<EventDbContext> dbFactory)
{
    public async Task<IReadOnlyList<DelegateListCategory>> ForEditionAsync(Edition edition, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.RegistrationCategories.AsNoTracking()
            .Where(c => c.EditionId == edition.Id)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var people = await db.Registrations.AsNoTracking()
            .Where(r => r.EditionId == edition.Id && r.Status == RegistrationStatus.Confirmed)
            .OrderBy(r => r.NameKey).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.CategoryId, r.FullName, r.OrganizationName, r.Position, r.Nationality, r.DaysMask })
            .ToListAsync(cancellationToken);
        var gateDays = (await db.CheckIns.AsNoTracking()
                .Where(c => c.EditionId == edition.Id && c.Scope == CheckIn.FairEntry)
                .Select(c => new { c.RegistrationId, c.DayIndex })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.RegistrationId, c => c.DayIndex);
        var dayCount = edition.EndDate.DayNumber - edition.StartDate.DayNumber + 1;
        var byCategory = people.ToLookup(p => p.CategoryId);
        return categories
            .Where(c => byCategory[c.Id].Any())
            .Select(c => new DelegateListCategory(c.Name.For(culture), byCategory[c.Id]
                .Select(p => new DelegateListRow(
                    p.FullName, p.OrganizationName ?? "", p.Position ?? "", p.Nationality,
                    Enumerable.Range(0, dayCount).Where(d => (p.DaysMask & (1 << d)) != 0).ToList(),
                    gateDays[p.Id].Distinct().Order().ToList()))
                .ToList()))
            .ToList();
    }
}

public static class DelegateListReport
{
    public static void Render(
        IReadOnlyList<DelegateListCategory> categories, Edition edition, ReportFrame frame, IStringLocalizer<SharedResource> localizer,
        PdfFontProvider fonts, CultureInfo culture, Stream output, Action<int, int>? report = null)
    {
        var total = categories.Count + 2;
        report?.Invoke(0, total);
        var composer = frame.Start(fonts, PdfPageSize.A4Landscape);
        var columns = new PdfTableColumn[]
        {
            new("#", PdfColumnWidth.Fixed(34), PdfAlignment.Right),
            new(localizer["Reports.Delegates.Name"], PdfColumnWidth.Relative(1.3f)),
            new(localizer["Reports.Delegates.Organization"], PdfColumnWidth.Relative(1.6f)),
            new(localizer["Reports.Delegates.Position"], PdfColumnWidth.Relative(1.1f)),
            new(localizer["Reports.Delegates.Nationality"], PdfColumnWidth.Fixed(58)),
            new(localizer["Reports.Delegates.DaysRegistered"], PdfColumnWidth.Fixed(86)),
            new(localizer["Reports.Delegates.DaysCheckedIn"], PdfColumnWidth.Fixed(86)),
        };
        string dayFormat = localizer["Reports.Delegates.DayFormat"];
        var done = 0;
        foreach (var category in categories)
        {
            var rows = category.People
                .Select((p, index) => new PdfTableRow(
                    ReportNumbers.Count(index + 1, culture), p.Name, p.Organization, p.Position, p.Nationality,
                    Days(p.DaysRegistered, edition, dayFormat, culture), Days(p.DaysCheckedIn, edition, dayFormat, culture)))
                .ToList();
            composer.Heading(localizer["Reports.Delegates.Category", category.Name, ReportNumbers.Count(category.People.Count, culture)], 2)
                .Table(columns, rows).Spacer(6);
            report?.Invoke(++done, total);
        }
        var people = categories.Sum(c => c.People.Count);
        composer.Paragraph(people == 0
            ? localizer["Reports.Delegates.Empty"]
            : localizer["Reports.Delegates.Total", ReportNumbers.Count(people, culture)], PdfTextStyle.Body.WithBold());
        using (var layout = composer.Layout())
        {
            report?.Invoke(total - 1, total);
            layout.WritePdf(output);
        }
        report?.Invoke(total, total);
    }

    /// <summary>Days as short dates ("29/09, 30/09"): a number like "day 2" would have to be looked up.</summary>
    public static string Days(IReadOnlyList<int> days, Edition edition, string format, CultureInfo culture) =>
        string.Join(", ", days.Select(d => edition.StartDate.AddDays(d).ToString(format, culture)));
}
