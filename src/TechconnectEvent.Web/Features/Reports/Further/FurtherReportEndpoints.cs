using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports.Further;

/// <summary>
/// <c>GET /reports/booth-allocation.pdf</c> and <c>/reports/session-attendance.pdf</c> (staff and organisers),
/// <c>/reports/checkin-log.pdf</c> and <c>/reports/delegates.pdf</c> (organisers only, marked confidential): the
/// working edition's current report in the request's language, for scripts; the page runs the same writers as jobs.
/// </summary>
internal static class FurtherReportEndpoints
{
    private static readonly string[] Keys = ["booth-allocation", "session-attendance", "checkin-log", "delegates"];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        foreach (var report in Keys.Select(key => ReportCatalog.Find(key)!))
        {
            endpoints.MapGet("/" + report.Url, (HttpContext http, EditionService editions, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
                    RenderAsync(report, http.RequestServices, editions, localizer, ct))
                .RequireAuthorization(report.Policy);
        }
    }

    private static async Task<IResult> RenderAsync(
        ReportDefinition report, IServiceProvider services, EditionService editions, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (await editions.GetWorkingAsync(ct) is not { } edition)
        {
            return Results.Problem(localizer["Home.NoEdition"], statusCode: StatusCodes.Status404NotFound);
        }
        using var buffer = new MemoryStream();
        await report.Write(services, edition.Id, buffer, null, ct);
        return Results.File(buffer.ToArray(), "application/pdf", ReportJobs.FileName(report, edition.Year, CultureInfo.CurrentUICulture));
    }
}
