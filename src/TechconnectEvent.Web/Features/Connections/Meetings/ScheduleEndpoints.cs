using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Connections.Requests;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>
/// The printable schedules of the working edition, in the request's language:
/// <c>/connections/schedule/organizations/{id}.pdf</c> (organisers, and that organisation's own contacts),
/// <c>/connections/schedule/tables.pdf</c> and <c>/connections/schedule/tables/{id}.pdf</c> (staff and organisers).
/// Something named in the address that does not exist is a 404; an organisation without meetings gets a PDF that says so.
/// </summary>
internal static class ScheduleEndpoints
{
    private const string Pdf = "application/pdf";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/connections/schedule");
        group.MapGet("/organizations/{id:int}.pdf", OrganizationAsync).RequireAuthorization(Policies.ConnectionContactsAndOrganisers);
        group.MapGet("/tables.pdf", TablesAsync).RequireAuthorization(Policies.StaffAndOrganisers);
        group.MapGet("/tables/{id:int}.pdf", TableAsync).RequireAuthorization(Policies.StaffAndOrganisers);
    }

    private static async Task<IResult> OrganizationAsync(int id, ClaimsPrincipal user, EditionService editions, ScheduleDocuments documents,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var actor = Actor.From(user);
        // Checked before looking the organisation up, so a contact learns nothing about other organisations' ids.
        if (!actor.IsOrganiser && RequestAccess.ContactOrganization(actor) != id)
        {
            return Results.Problem(text["Meetings.Pdf.OtherOrganization"], statusCode: StatusCodes.Status403Forbidden);
        }
        if (await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return NoEdition(text);
        }
        return await documents.OrganizationPdfAsync(edition, id, cancellationToken) is { } pdf
            ? File(pdf, $"schedule-{id}-{edition.Year}")
            : Results.Problem(text["Meetings.Pdf.UnknownOrganization"], statusCode: StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> TablesAsync(EditionService editions, ScheduleDocuments documents,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        await editions.GetWorkingAsync(cancellationToken) is { } edition
            ? File(await documents.TablesPdfAsync(edition, cancellationToken), $"table-signs-{edition.Year}")
            : NoEdition(text);

    private static async Task<IResult> TableAsync(int id, EditionService editions, ScheduleDocuments documents,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return NoEdition(text);
        }
        return await documents.TablePdfAsync(edition, id, cancellationToken) is { } pdf
            ? File(pdf, $"table-{id}-{edition.Year}")
            : Results.Problem(text["Meetings.Pdf.UnknownTable"], statusCode: StatusCodes.Status404NotFound);
    }

    private static IResult NoEdition(IStringLocalizer<SharedResource> text) =>
        Results.Problem(text["Home.NoEdition"], statusCode: StatusCodes.Status404NotFound);

    private static IResult File(byte[] pdf, string name) =>
        Results.File(pdf, Pdf, string.Create(CultureInfo.InvariantCulture, $"{name}-{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}.pdf"));
}
