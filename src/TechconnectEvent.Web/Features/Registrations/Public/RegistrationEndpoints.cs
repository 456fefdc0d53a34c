using System.Text.Json;
using TechconnectEvent.Web.Features.Registrations.ETicket;

namespace TechconnectEvent.Web.Features.Registrations.Public;

/// <summary>
/// The files of one's own registration, behind the private link: the e-ticket and one's personal data. A wrong
/// token and a registration without a ticket both answer 404, which tells nobody whether anything exists.
/// </summary>
internal static class RegistrationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/register/manage/{token}/ticket.pdf", TicketAsync).AllowAnonymous();
        endpoints.MapGet("/register/manage/{token}/data.json", DataAsync).AllowAnonymous();
    }

    private static async Task<IResult> TicketAsync(string token, PublicRegistrationService registrations, ETickets tickets, CancellationToken cancellationToken)
    {
        if (await registrations.FindAsync(token, cancellationToken) is not { HasTicket: true } found)
        {
            return Results.NotFound();
        }
        var pdf = tickets.Render(found.Registration, found.Category, found.Edition);
        return Results.File(pdf, ETickets.ContentType, ETickets.FileName(found.Edition));
    }

    private static async Task<IResult> DataAsync(string token, PublicRegistrationService registrations, HttpContext http, CancellationToken cancellationToken)
    {
        if (await registrations.FindAsync(token, cancellationToken) is not { } found)
        {
            return Results.NotFound();
        }
        // Personal data: never kept by a shared cache or the browser's.
        http.Response.Headers.CacheControl = "no-store";
        var json = JsonSerializer.SerializeToUtf8Bytes(PersonalData.Of(found), PersonalData.Json);
        return Results.File(json, "application/json; charset=utf-8", $"registration-{found.Edition.Year}.json");
    }
}
