using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>
/// A booth on the hall floor plan. Coordinates and sizes are metres from the hall's top-left corner. Its status
/// changes only through <see cref="Allocate"/>, <see cref="Hold"/>, <see cref="LiftHold"/>, <see cref="Release"/>,
/// <see cref="Block"/> and <see cref="Unblock"/>, each of which refuses an illegal move with a coded error.
/// </summary>
public sealed class Booth : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public int ZoneId { get; set; }
    public required string Code { get; set; }
    public BoothSize Size { get; set; }
    public double X { get; set; }
    public double Y { get; set; }
    public double Width { get; set; } = 3;
    public double Height { get; set; } = 3;
    public BoothStatus Status { get; private set; }
    /// <summary>Why the booth is blocked (a pillar, an emergency exit …); set only while Blocked.</summary>
    public string? BlockReason { get; private set; }
    /// <summary>The application a Held booth is reserved for, until <see cref="HeldUntil"/>.</summary>
    public int? HeldForApplicationId { get; private set; }
    public DateTimeOffset? HeldUntil { get; private set; }
    /// <summary>Concurrency token: every change bumps it, so two organisers cannot overwrite each other.</summary>
    public long Version { get; set; }

    /// <summary>Held, and the hold has not run out at <paramref name="now"/> (a hold without an end never runs out).</summary>
    public bool IsHeldAt(DateTimeOffset now) => Status == BoothStatus.Held && (HeldUntil is null || HeldUntil > now);

    /// <summary>Nobody has it at <paramref name="now"/>: Available, or Held by a hold that has run out.</summary>
    public bool IsFreeAt(DateTimeOffset now) => Status == BoothStatus.Available || (Status == BoothStatus.Held && !IsHeldAt(now));

    /// <summary>Gives the booth to an application: free, or held for that same application.</summary>
    public OperationError? Allocate(int applicationId, DateTimeOffset now) =>
        AllocationRefusal(applicationId, now) ?? MoveTo(BoothStatus.Allocated);

    /// <summary>Why <see cref="Allocate"/> would refuse the booth to this application now, or null.</summary>
    public OperationError? AllocationRefusal(int applicationId, DateTimeOffset now) =>
        IsHeldAt(now) && HeldForApplicationId == applicationId ? null : Refusal(now);

    /// <summary>Reserves a free booth for an application until <paramref name="until"/> (UTC is stored).</summary>
    public OperationError? Hold(int applicationId, DateTimeOffset until, DateTimeOffset now)
    {
        if (until <= now)
        {
            return OperationError.ForField("until", BoothErrors.HoldUntilPast);
        }
        if (IsHeldAt(now))
        {
            return OperationError.Of(HeldForApplicationId == applicationId ? BoothErrors.AlreadyHeld : BoothErrors.Held, Code);
        }
        if (Refusal(now) is { } refusal)
        {
            return refusal;
        }
        var error = MoveTo(BoothStatus.Held);
        HeldForApplicationId = applicationId;
        HeldUntil = until.ToUniversalTime();
        return error;
    }

    /// <summary>Frees a Held booth, whether or not its hold has run out.</summary>
    public OperationError? LiftHold() =>
        Status == BoothStatus.Held ? MoveTo(BoothStatus.Available) : OperationError.Of(BoothErrors.NotHeld, Code);

    /// <summary>Frees an Allocated booth; the caller removes the allocation row.</summary>
    public OperationError? Release() =>
        Status == BoothStatus.Allocated ? MoveTo(BoothStatus.Available) : OperationError.Of(BoothErrors.NotAllocated, Code);

    /// <summary>Takes an Available booth out of allocation (a pillar, an exit …).</summary>
    public OperationError? Block(string reason)
    {
        if (Status != BoothStatus.Available)
        {
            return OperationError.Of(BoothErrors.BlockNotAvailable, Code, Status.ToString());
        }
        var error = MoveTo(BoothStatus.Blocked);
        BlockReason = reason.Trim();
        return error;
    }

    public OperationError? Unblock() =>
        Status == BoothStatus.Blocked ? MoveTo(BoothStatus.Available) : OperationError.Of(BoothErrors.NotBlocked, Code);

    /// <summary>Why nobody may take the booth now, or null when it is free.</summary>
    private OperationError? Refusal(DateTimeOffset now) => Status switch
    {
        BoothStatus.Blocked => OperationError.Of(BoothErrors.Blocked, Code, BlockReason ?? ""),
        BoothStatus.Allocated => OperationError.Of(BoothErrors.AlreadyAllocated, Code),
        BoothStatus.Held when IsHeldAt(now) => OperationError.Of(BoothErrors.Held, Code),
        _ => null,
    };

    private OperationError? MoveTo(BoothStatus status)
    {
        Status = status;
        BlockReason = null;
        HeldForApplicationId = null;
        HeldUntil = null;
        this.Touch();
        return null;
    }
}

public enum BoothSize
{
    Standard = 0,
    Double = 1,
    Corner = 2,
    Island = 3,
}

public enum BoothStatus
{
    Available = 0,
    Held = 1,
    Allocated = 2,
    Blocked = 3,
}
