using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Allocation;

/// <summary>
/// A booth given to an application. At most one per booth (unique index): the database itself refuses a
/// double booking, on top of the booth's concurrency token.
/// </summary>
public sealed class BoothAllocation : IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public int BoothId { get; set; }
    public int ApplicationId { get; set; }
    public int OrganizationId { get; set; }
    public DateTimeOffset AllocatedAt { get; set; }
    public string? AllocatedBy { get; set; }
    /// <summary>Why an organiser gave more booths than asked for, or otherwise overrode a rule.</summary>
    public string? OverrideReason { get; set; }
}
