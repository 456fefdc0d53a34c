using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports;

/// <summary>
/// <c>GET /reports/floorplan.pdf</c> (the hall, A3 landscape) and <c>GET /reports/booths.pdf</c> (booths per
/// zone, A4): organisers only, in the request's language.
/// </summary>
public static class FloorPlanReportEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/floorplan.pdf", FloorPlanAsync).RequireAuthorization(Policies.Organisers);
        endpoints.MapGet("/reports/booths.pdf", BoothListAsync).RequireAuthorization(Policies.Organisers);
        return endpoints;
    }

    private static async Task<IResult> FloorPlanAsync(
        FloorPlanQuery query, EditionService editions, PdfFontProvider fonts, TimeProvider time,
        IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var (edition, plan) = await LoadAsync(query, editions, cancellationToken);
        if (edition is null || plan is null)
        {
            return Results.Problem(localizer["Home.NoEdition"], statusCode: StatusCodes.Status404NotFound);
        }
        var model = BuildFloorPlanModel(edition, plan, time.GetUtcNow(), localizer, CultureInfo.CurrentCulture);
        var pdf = await Task.Run(() => FloorPlanReportDocument.Render(model, fonts), cancellationToken);
        return Results.File(pdf, "application/pdf", FileName("floorplan", edition));
    }

    private static async Task<IResult> BoothListAsync(
        FloorPlanQuery query, EditionService editions, PdfFontProvider fonts, TimeProvider time,
        IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var (edition, plan) = await LoadAsync(query, editions, cancellationToken);
        if (edition is null || plan is null)
        {
            return Results.Problem(localizer["Home.NoEdition"], statusCode: StatusCodes.Status404NotFound);
        }
        var model = BuildBoothListModel(edition, plan, time.GetUtcNow(), localizer, CultureInfo.CurrentCulture);
        var pdf = await Task.Run(() => BoothListDocument.Render(model, fonts), cancellationToken);
        return Results.File(pdf, "application/pdf", FileName("booths", edition));
    }

    internal static FloorPlanReportModel BuildFloorPlanModel(
        Edition edition, FloorPlanData plan, DateTimeOffset now, IStringLocalizer<SharedResource> localizer, CultureInfo culture)
    {
        var zones = plan.Zones
            .Where(z => !z.IsArchived || plan.Booths.Any(b => b.ZoneId == z.Id))
            .Select(z => new FloorPlanReportZone(z.Code, z.Name.For(culture), z.Colour))
            .ToList();
        var statuses = Enum.GetValues<BoothStatus>().ToDictionary(s => s, s => localizer[$"BoothStatus.{s}"].Value);
        var initials = plan.Booths
            .Where(b => b.Exhibitor is not null)
            .ToDictionary(b => b.Id, b => b.Exhibitor!.Initials);
        return new FloorPlanReportModel(
            localizer["FloorPlanReport.Title"], Subtitle(edition, culture), GeneratedAt(edition, now, localizer, culture), now,
            localizer["ZonesReport.PageNumber"], localizer["FloorPlan.LegendZones"], localizer["FloorPlan.LegendStatuses"],
            zones, statuses, initials, plan);
    }

    internal static BoothListModel BuildBoothListModel(
        Edition edition, FloorPlanData plan, DateTimeOffset now, IStringLocalizer<SharedResource> localizer, CultureInfo culture)
    {
        var labels = new BoothListLabels(
            localizer["BoothList.Code"], localizer["BoothList.Size"], localizer["BoothList.Status"], localizer["BoothList.Exhibitor"],
            localizer["ZonesReport.PageNumber"], localizer["FloorPlan.Empty"]);
        var zones = plan.Zones
            .Select(zone => (zone, booths: plan.Booths.Where(b => b.ZoneId == zone.Id).OrderBy(b => b.Code, StringComparer.Ordinal).ToList()))
            .Where(z => z.booths.Count > 0)
            .Select(z => new BoothListZone(
                localizer["BoothList.ZoneHeading", z.zone.Code, z.zone.Name.For(culture), z.booths.Count],
                z.zone.Colour,
                z.booths.Select(b => new BoothListRow(
                    b.Code,
                    localizer["BoothList.SizeValue", localizer[$"BoothSize.{b.Size}"].Value, b.Width.ToString("0.#", culture), b.Height.ToString("0.#", culture)],
                    localizer[$"BoothStatus.{b.Status}"],
                    b.Exhibitor?.Name.For(culture) ?? "")).ToList()))
            .ToList();
        return new BoothListModel(localizer["BoothList.Title"], Subtitle(edition, culture), GeneratedAt(edition, now, localizer, culture), now, labels, zones);
    }

    private static async Task<(Edition? Edition, FloorPlanData? Plan)> LoadAsync(
        FloorPlanQuery query, EditionService editions, CancellationToken cancellationToken)
    {
        var edition = await editions.GetWorkingAsync(cancellationToken);
        return edition is null ? (null, null) : (edition, await query.ForEditionAsync(edition.Id, cancellationToken));
    }

    private static string Subtitle(Edition edition, CultureInfo culture) =>
        $"{edition.Name.For(culture)} · {EditionClock.FormatDateRange(edition.StartDate, edition.EndDate, culture)} · {edition.Venue.For(culture)}, {edition.Province.For(culture)}";

    private static string GeneratedAt(Edition edition, DateTimeOffset now, IStringLocalizer<SharedResource> localizer, CultureInfo culture) =>
        localizer["ZonesReport.GeneratedAt", EditionClock.Format(now, edition.TimeZoneId, culture)];

    private static string FileName(string kind, Edition edition) =>
        $"{kind}-{edition.Year}-{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}.pdf";
}
