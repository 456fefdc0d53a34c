using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Administration;

/// <summary>
/// The audit log in the reader's language: record kinds, actions and field names from the resources, statuses by
/// their names, instants in the edition's time zone. Codes nobody translated yet are shown as they are, so a row
/// written by a newer feature is never hidden. The CSV export keeps the codes: it is read by scripts.
/// </summary>
public sealed class AuditLogText(IStringLocalizer<SharedResource> localizer, string timeZoneId)
{
    public string Kind(string entityType) => Lookup("AuditKind." + entityType, entityType);

    public string Action(string action) => Lookup("AuditAction." + action, action);

    public string Field(string field) => Lookup("AuditField." + field, field);

    public string? Value(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (field == "Status")
        {
            var status = localizer["BoothStatus." + value];
            return status.ResourceNotFound ? Lookup("ApplicationStatus." + value, Lookup("OutboxStatus." + value, value)) : status.Value;
        }
        // Instants are stored in UTC (ISO 8601 with an offset); people read them in the edition's time zone.
        return value.Contains('T', StringComparison.Ordinal)
               && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? EditionClock.Format(instant, timeZoneId, CultureInfo.CurrentCulture)
            : value;
    }

    public IEnumerable<AuditChange> Changes(string? before, string? after) =>
        AuditChanges.Describe(before, after).Select(c => new AuditChange(
            c.Field.Length == 0 ? c.Field : Field(c.Field), Value(c.Field, c.Before), Value(c.Field, c.After)));

    private string Lookup(string key, string fallback)
    {
        var text = localizer[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
