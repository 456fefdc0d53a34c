using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Infrastructure.Export;

/// <summary>Maps a list's <c>export.csv</c> and <c>export.xlsx</c> beside its page, in the request's language.</summary>
public static class ListExportEndpoints
{
    public static IEndpointRouteBuilder MapListExport<TRow>(this IEndpointRouteBuilder endpoints, ListExport<TRow> export)
    {
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            endpoints.MapGet($"{export.Route}/export.{ExportWriter.Extension(format)}",
                    (HttpContext http, IExportEditions editions, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
                        ExportAsync(export, format, http, editions, text, cancellationToken))
                .RequireAuthorization(export.Policy);
        }
        return endpoints;
    }

    private static async Task<IResult> ExportAsync<TRow>(ListExport<TRow> export, ExportFormat format, HttpContext http,
        IExportEditions editions, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return Results.Problem(text["Home.NoEdition"], statusCode: StatusCodes.Status404NotFound);
        }
        var request = new ExportRequest(edition, Actor.From(http.User), http.Request.Query, http.RequestServices);
        if (await export.RowsAsync(request, cancellationToken) is not { } rows)
        {
            return Results.Problem(text["Export.NotYours"], statusCode: StatusCodes.Status403Forbidden);
        }
        var table = ExportTable.Build(export.Columns, rows, text, edition.TimeZone);
        var content = await ExportWriter.WriteAsync(table, format, export.Name, cancellationToken);
        return Results.File(content, ExportWriter.ContentType(format),
            string.Create(CultureInfo.InvariantCulture, $"{export.Name}-{edition.Year}.{ExportWriter.Extension(format)}"));
    }
}
