using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports;

/// <summary><c>GET /reports/zones.pdf</c>: the current edition's zones with colour and booth counts, in the request's language.</summary>
internal static class ZonesReportEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/reports/zones.pdf", RenderAsync).RequireAuthorization(Policies.Organisers);

    private static async Task<IResult> RenderAsync(
        EditionService editions, ZoneBoothCounts counts, PdfFontProvider fonts, TimeProvider time,
        IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var edition = await editions.GetWorkingAsync(cancellationToken);
        if (edition is null)
        {
            return Results.Problem(localizer["Home.NoEdition"], statusCode: StatusCodes.Status404NotFound);
        }
        var rows = await counts.ForEditionAsync(edition.Id, cancellationToken);
        var model = BuildModel(edition, rows, time.GetUtcNow(), localizer, CultureInfo.CurrentCulture);
        var pdf = await Task.Run(() => ZonesReportDocument.Render(model, fonts), cancellationToken);
        var fileName = $"zones-{edition.Year}-{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}.pdf";
        return Results.File(pdf, "application/pdf", fileName);
    }

    internal static ZonesReportModel BuildModel(
        Edition edition, IReadOnlyList<ZoneBoothCount> rows, DateTimeOffset now, IStringLocalizer<SharedResource> localizer, CultureInfo culture)
    {
        var dates = EditionClock.FormatDateRange(edition.StartDate, edition.EndDate, culture);
        var subtitle = $"{edition.Name.For(culture)} · {dates} · {edition.Venue.For(culture)}, {edition.Province.For(culture)}";
        var generated = localizer["ZonesReport.GeneratedAt", EditionClock.Format(now, edition.TimeZoneId, culture)];
        var labels = new ZonesReportLabels(
            localizer["ZonesReport.Code"], localizer["ZonesReport.Zone"], localizer["ZonesReport.Kind"], localizer["ZonesReport.Colour"],
            localizer["ZonesReport.Booths"], localizer["BoothStatus.Available"], localizer["BoothStatus.Allocated"],
            localizer["ZonesReport.Total"], localizer["ZonesReport.PageNumber"]);
        var reportRows = rows.Select(r => new ZonesReportRow(
            r.Code, r.Name.For(culture), localizer[r.Kind == ZoneKind.DemonstrationArea ? "ZoneKind.DemonstrationArea" : "ZoneKind.FunctionalZone"],
            r.Colour, r.Booths, r.Available, r.Allocated)).ToList();
        return new ZonesReportModel(localizer["ZonesReport.Title"], subtitle, generated, now, labels, reportRows);
    }
}
