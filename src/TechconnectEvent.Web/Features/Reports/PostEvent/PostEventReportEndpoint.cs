using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports.PostEvent;

/// <summary><c>GET /reports/post-event.pdf</c>: the working edition's post-event report, now, in the request's language.</summary>
internal static class PostEventReportEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/reports/post-event.pdf", RenderAsync).RequireAuthorization(Policies.StaffAndOrganisers);

    private static async Task<IResult> RenderAsync(
        EditionService editions, PostEventReport report, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return Results.Problem(text["Home.NoEdition"], statusCode: StatusCodes.Status404NotFound);
        }
        using var pdf = new MemoryStream();
        await report.WriteAsync(edition.Id, pdf, null, cancellationToken);
        var fileName = string.Create(CultureInfo.InvariantCulture,
            $"post-event-{edition.Year}-{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}.pdf");
        return Results.File(pdf.ToArray(), "application/pdf", fileName);
    }
}
