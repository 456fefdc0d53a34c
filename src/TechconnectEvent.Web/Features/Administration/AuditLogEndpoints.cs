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
        endpoints.MapGet(AuditLogExport.XlsxPath, ExportXlsxAsync).RequireAuthorization(Policies.Organisers);
        return endpoints;
    }

    /// <summary>The export URL for a filter, with times written with their offset so nobody's zone is guessed.</summary>
    public static string ExportUrl(AuditLogFilter filter, string path = ExportPath)
    {
        var query = new Dictionary<string, string?>
        {
            ["person"] = filter.Person, ["kind"] = filter.EntityType, ["record"] = filter.EntityId,
            ["from"] = filter.From?.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = filter.To?.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path.TrimStart('/'), query.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
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

    private static async Task<IResult> ExportXlsxAsync(string? person, string? kind, string? record, string? from, string? to,
        EditionService editions, AuditLogQuery query, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var edition = await editions.GetWorkingAsync(cancellationToken);
        var zone = edition?.TimeZone ?? TimeZoneInfo.FindSystemTimeZoneById(Edition.DefaultTimeZoneId);
        if (!AuditLogCsv.TryParseTime(from, zone, out var fromInstant) || !AuditLogCsv.TryParseTime(to, zone, out var toInstant))
        {
            return Results.Problem(localizer["AuditLog.BadTime"], statusCode: StatusCodes.Status400BadRequest);
        }
        var rows = await AuditLogExport.RowsAsync(query, new AuditLogFilter(person, kind, record, fromInstant, toInstant), cancellationToken);
        var table = TechconnectEvent.Web.Infrastructure.Export.ExportTable.Build(AuditLogExport.Columns, rows, localizer, zone);
        var content = await TechconnectEvent.Web.Infrastructure.Export.ExportWriter.XlsxAsync(table, "audit-log", cancellationToken);
        return Results.File(content, TechconnectEvent.Web.Infrastructure.Export.ExportWriter.XlsxContentType,
            edition is null ? "audit-log.xlsx" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"audit-log-{edition.Year}.xlsx"));
    }
}
