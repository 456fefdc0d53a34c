using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Registrations.Badges;

/// <summary>
/// <c>GET /badges/batch.pdf?layout=A4x8|A6|CR80[&amp;category=&amp;status=&amp;organization=&amp;notPrinted=true]</c>
/// for scripts and direct downloads: the working edition's badges in the request's language. It does not count as
/// printing (the badge page's batches do), so a script can fetch a preview as often as it likes.
/// </summary>
internal static class BadgeEndpoints
{
    /// <summary>How many badges were left out because no font has the characters of their names.</summary>
    public const string UnprintableHeader = "X-Badges-Unprintable";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/badges/batch.pdf", RenderAsync).RequireAuthorization(Policies.StaffAndOrganisers);

    private static async Task<IResult> RenderAsync(
        HttpContext http, BadgeService badges, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var query = http.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        if (!BadgeQuery.TryParse(query, out var layout, out var filter, out var errorKey))
        {
            return Message(localizer[errorKey], StatusCodes.Status400BadRequest);
        }
        var edition = await badges.WorkingEditionAsync(cancellationToken);
        if (edition is null)
        {
            return Message(localizer["Home.NoEdition"], StatusCodes.Status404NotFound);
        }
        var selection = await badges.SelectAsync(edition.Id, filter, cancellationToken);
        if (selection is null)
        {
            return Message(localizer["Badges.Error.Category", filter.CategoryCode ?? ""], StatusCodes.Status400BadRequest);
        }
        if (selection.Unprintable.Count > 0)
        {
            http.Response.Headers[UnprintableHeader] = selection.Unprintable.Count.ToString(CultureInfo.InvariantCulture);
        }
        if (selection.Badges.Count == 0)
        {
            return Message(localizer["Badges.NoneMatch"], StatusCodes.Status404NotFound);
        }
        var pdf = await Task.Run(() =>
        {
            using var buffer = new MemoryStream();
            badges.Render(buffer, edition, layout, selection.Badges, cancellationToken: cancellationToken);
            return buffer.ToArray();
        }, cancellationToken);
        var fileName = $"badges-{edition.Year}-{layout}-{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}.pdf";
        return Results.File(pdf, "application/pdf", fileName);
    }

    private static IResult Message(string text, int statusCode) =>
        Results.Text(text, "text/plain; charset=utf-8", Encoding.UTF8, statusCode);
}
