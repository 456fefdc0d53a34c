using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Admin;

public enum BulkDecision
{
    Approve,
    Reject,
    Cancel,
}

/// <summary>A selected row as the grid showed it: its version guards against a change made meanwhile.</summary>
public sealed record BulkTarget(int Id, string FullName, long Version);

public sealed record BulkRefusal(BulkTarget Target, OperationError Error);

/// <summary>What a bulk action did: how many rows changed, and each refused row with its reason.</summary>
public sealed record BulkOutcome(int Done, IReadOnlyList<BulkRefusal> Refused);

public sealed partial class RegistrationAdminService
{
    /// <summary>
    /// One decision on many rows, each row its own transaction: a row another organiser changed meanwhile, or one
    /// a full category refuses, is reported and the others still go through. Never overrides a capacity.
    /// </summary>
    public async Task<BulkOutcome> BulkAsync(BulkDecision decision, IReadOnlyList<BulkTarget> targets, string? reason = null,
        CancellationToken cancellationToken = default)
    {
        if (decision != BulkDecision.Approve && RegistrationTransitions.CheckReason(reason) is { } missing)
        {
            return new BulkOutcome(0, targets.Select(t => new BulkRefusal(t, missing)).ToList());
        }
        var done = 0;
        var refused = new List<BulkRefusal>();
        foreach (var target in targets)
        {
            var result = decision switch
            {
                BulkDecision.Approve => await ApproveAsync(target.Id, target.Version, overrideCapacity: false, cancellationToken),
                BulkDecision.Reject => await RejectAsync(target.Id, target.Version, reason!, cancellationToken),
                _ => await CancelAsync(target.Id, target.Version, reason!, cancellationToken),
            };
            if (result.Succeeded)
            {
                done++;
            }
            else
            {
                refused.AddRange(result.Errors.Take(1).Select(e => new BulkRefusal(target, e)));
            }
        }
        return new BulkOutcome(done, refused);
    }
}
