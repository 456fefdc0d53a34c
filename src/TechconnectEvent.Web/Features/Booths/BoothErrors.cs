namespace TechconnectEvent.Web.Features.Booths;

/// <summary>
/// Codes of the moves <see cref="Booth"/> refuses (resource keys "Error." + code). Several kept the names they
/// had when allocation alone checked them, so their translations did not move.
/// </summary>
public static class BoothErrors
{
    /// <summary>Args: booth code.</summary>
    public const string AlreadyAllocated = "Booth.AlreadyAllocated";
    /// <summary>Args: booth code, block reason.</summary>
    public const string Blocked = "Allocation.BoothBlocked";
    /// <summary>Args: booth code. Held, for another application, and the hold has not run out.</summary>
    public const string Held = "Allocation.BoothHeld";
    /// <summary>Args: booth code. A live hold for the same application: lift it first to change the expiry.</summary>
    public const string AlreadyHeld = "Allocation.HoldAlreadyHeld";
    public const string HoldUntilPast = "Allocation.HoldUntilPast";
    /// <summary>Args: booth code.</summary>
    public const string NotHeld = "Allocation.NotHeld";
    /// <summary>Args: booth code.</summary>
    public const string NotAllocated = "Allocation.NotAllocated";
    /// <summary>Args: booth code, its status.</summary>
    public const string BlockNotAvailable = "Booth.BlockNotAvailable";
    /// <summary>Args: booth code.</summary>
    public const string NotBlocked = "Booth.NotBlocked";
}
