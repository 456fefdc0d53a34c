using System.Globalization;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Infrastructure.Auditing;

/// <summary>
/// The filtered audit log as CSV: UTF-8 with BOM (Excel reads Vietnamese), times with their offset in the
/// edition's zone, every text cell neutralised against formula injection like the booth export.
/// </summary>
public sealed class AuditLogCsv(AuditLogQuery query)
{
    public static readonly IReadOnlyList<string> Columns = ["at", "person", "action", "record_kind", "record_id", "before", "after", "details"];

    public Task<byte[]> WriteAsync(AuditLogFilter filter, TimeZoneInfo zone, CancellationToken cancellationToken = default) =>
        CsvDocument.WriteAsync(Columns, Rows(filter, zone, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<IReadOnlyList<string?>> Rows(AuditLogFilter filter, TimeZoneInfo zone,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in query.AllAsync(filter, cancellationToken))
        {
            yield return
            [
                TimeZoneInfo.ConvertTime(row.At, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                .. new[] { row.UserName, row.Action, row.EntityType, row.EntityId, row.Before, row.After, row.Details }.Select(SpreadsheetSanitizer.Neutralise),
            ];
        }
    }

    /// <summary>
    /// A time from a query string: with an offset it is taken as is; without one (<c>2023-09-29</c>,
    /// <c>2023-09-29T08:00</c>) it is read in the edition's zone, never in the server's.
    /// </summary>
    public static bool TryParseTime(string? text, TimeZoneInfo zone, out DateTimeOffset? instant)
    {
        instant = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        text = text.Trim();
        if (text.Length > 10 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            instant = withOffset;
            return true;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            instant = new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
            return true;
        }
        return false;
    }
}
