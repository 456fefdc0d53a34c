using System.Text.Json;
using System.Text.Encodings.Web;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Infrastructure.Auditing;

/// <summary>
/// Adds audit rows to the same context as the change they describe, so both are saved by one SaveChanges:
/// no change without its audit row, no audit row for a change that failed.
/// </summary>
public sealed class AuditTrail(TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public AuditEntry Add(EventDbContext db, Actor actor, string action, string entityType, object entityId,
        int? editionId = null, object? before = null, object? after = null, string? details = null)
    {
        var entry = new AuditEntry
        {
            At = time.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            EditionId = editionId,
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            Details = details,
        };
        db.AuditLog.Add(entry);
        return entry;
    }
}
