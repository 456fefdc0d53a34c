using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Allocation;

/// <summary>The rules a manual allocation must pass once the booth's version has been checked.</summary>
public static class AllocationRules
{
    /// <param name="existing">Booths the application already has.</param>
    /// <returns>The first rule broken, or null when the allocation may go ahead.</returns>
    public static OperationError? Check(Booth booth, ExhibitorApplication application, Organization organization, Zone zone,
        int existing, string? overrideReason, DateTimeOffset now)
    {
        if (application.EditionId != booth.EditionId)
        {
            return OperationError.Of(AllocationErrors.DifferentEdition, booth.Code);
        }
        if (booth.AllocationRefusal(application.Id, now) is { } refusal)
        {
            return refusal;
        }
        if (application.Status is not (ApplicationStatus.Approved or ApplicationStatus.Allocated))
        {
            return OperationError.Of(AllocationErrors.ApplicationNotApproved, organization.Name);
        }
        if (!zone.Accepts(organization.Type))
        {
            return OperationError.Of(AllocationErrors.ZoneNotAccepting, zone.Name, organization.Name);
        }
        if (existing >= application.BoothsWanted && overrideReason is null)
        {
            return OperationError.ForField("overrideReason", AllocationErrors.OverrideRequired, organization.Name, application.BoothsWanted);
        }
        return null;
    }
}
