using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.Web.Features.Allocation;

internal static class Allocations
{
    /// <summary>The row that records a booth just allocated, by hand or by the automatic proposal.</summary>
    public static BoothAllocation Record(Booth booth, int applicationId, int organizationId, DateTimeOffset now, Actor actor, string? overrideReason = null) =>
        new()
        {
            EditionId = booth.EditionId,
            BoothId = booth.Id,
            ApplicationId = applicationId,
            OrganizationId = organizationId,
            AllocatedAt = now,
            AllocatedBy = actor.UserName,
            OverrideReason = overrideReason,
        };
}
