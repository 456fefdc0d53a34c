using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Administration;

/// <summary><c>GET /admin/audit/export.csv?person=&amp;kind=&amp;record=&amp;from=&amp;to=</c>: the audit log page's filters, as a file.</summary>
public static class AuditLogEndpoints
{
    public const string ExportPath = "/admin/audit/export.csv";

    public static IEndpointRouteBuilder MapAuditLog(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization(Policies.Organisers);
        return endpoints;
    }

    /// <summary>The export URL for a filter, with times written with their offset so nobody's zone is guessed.</summary>
    public static string ExportUrl(AuditLogFilter filter)
    {
        var query = new Dictionary<string, string?>
        {
            ["person"] = filter.Person, ["kind"] = filter.EntityType, ["record"] = filter.EntityId,
            ["from"] = filter.From?.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = filter.To?.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(ExportPath.TrimStart('/'), query.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }

    private static async Task<IResult> ExportAsync(string? person, string? kind, string? record, string? from, string? to,
        EditionService editions, AuditLogCsv csv, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var zone = (await editions.GetWorkingAsync(cancellationToken))?.TimeZone ?? TimeZoneInfo.FindSystemTimeZoneById(Edition.DefaultTimeZoneId);
        if (!AuditLogCsv.TryParseTime(from, zone, out var fromInstant) || !AuditLogCsv.TryParseTime(to, zone, out var toInstant))
        {
            return Results.Problem(localizer["AuditLog.BadTime"], statusCode: StatusCodes.Status400BadRequest);
        }
        var filter = new AuditLogFilter(person, kind, record, fromInstant, toInstant);
        return Results.File(await csv.WriteAsync(filter, zone, cancellationToken), "text/csv; charset=utf-8", "audit-log.csv");
    }
}
