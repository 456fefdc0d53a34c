using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>
/// <c>/reports/mou-runsheet.pdf</c> (staff and organisers: the master of ceremonies' sheet) and the register as
/// <c>/reports/mous.pdf|.csv|.xlsx</c> (organisers), for the working edition, in the request's language.
/// </summary>
internal static class MouReportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/mou-runsheet.pdf", (EditionService editions, MouReports reports, IStringLocalizer<SharedResource> text, CancellationToken token) =>
            RenderAsync(editions, text, edition => reports.RunSheetAsync(edition, token), "application/pdf", "mou-runsheet", "pdf", token))
            .RequireAuthorization(Policies.StaffAndOrganisers);
        endpoints.MapGet("/reports/mous.pdf", (EditionService editions, MouReports reports, IStringLocalizer<SharedResource> text, CancellationToken token) =>
            RenderAsync(editions, text, edition => reports.RegisterPdfAsync(edition, token), "application/pdf", "mous", "pdf", token))
            .RequireAuthorization(Policies.Organisers);
        endpoints.MapGet("/reports/mous.csv", (EditionService editions, MouReports reports, IStringLocalizer<SharedResource> text, CancellationToken token) =>
            RenderAsync(editions, text, edition => reports.CsvAsync(edition, token), "text/csv; charset=utf-8", "mous", "csv", token))
            .RequireAuthorization(Policies.Organisers);
        endpoints.MapGet("/reports/mous.xlsx", (EditionService editions, MouReports reports, IStringLocalizer<SharedResource> text, CancellationToken token) =>
            RenderAsync(editions, text, edition => reports.XlsxAsync(edition, token), Xlsx, "mous", "xlsx", token))
            .RequireAuthorization(Policies.Organisers);
    }

    private static async Task<IResult> RenderAsync(EditionService editions, IStringLocalizer<SharedResource> text,
        Func<Edition, Task<byte[]>> render, string contentType, string name, string extension, CancellationToken cancellationToken)
    {
        if (await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return Results.Problem(text["Home.NoEdition"], statusCode: StatusCodes.Status404NotFound);
        }
        var language = extension == "pdf" ? "-" + CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : "";
        return Results.File(await render(edition), contentType, string.Create(CultureInfo.InvariantCulture, $"{name}-{edition.Year}{language}.{extension}"));
    }
}
