namespace TechconnectEvent.Web.Infrastructure.Auditing;

/// <summary>One change that matters: who did what to which record, when, and what it was before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public int? EditionId { get; set; }
    /// <summary>A stable code such as <c>booth.allocated</c>, <c>application.approved</c>.</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Details { get; set; }
}
