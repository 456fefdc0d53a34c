using TechconnectEvent.Web.Features.Booths;

namespace TechconnectEvent.Web.Features.Allocation;

/// <summary>Error and reason codes of allocation; each has a resource "Error.&lt;code&gt;" in both languages.</summary>
public static class AllocationErrors
{
    public const string NotOrganiser = "Allocation.NotOrganiser";
    public const string BoothNotFound = "Allocation.BoothNotFound";
    public const string ApplicationNotFound = "Allocation.ApplicationNotFound";
    public const string DifferentEdition = "Allocation.DifferentEdition";
    /// <summary>Args: booth code, the organisation's name (LocalizedText, shown in the reader's language).</summary>
    public const string BoothTaken = "Allocation.BoothTaken";
    /// <summary>Args: booth code. The booth changed (blocked, released, edited) since the user loaded it.</summary>
    public const string BoothChanged = "Allocation.BoothChanged";
    public const string BoothBlocked = BoothErrors.Blocked;
    public const string BoothHeld = BoothErrors.Held;
    public const string ApplicationNotApproved = "Allocation.ApplicationNotApproved";
    public const string ZoneNotAccepting = "Allocation.ZoneNotAccepting";
    public const string OverrideRequired = "Allocation.OverrideRequired";
    public const string OverrideTooLong = "Allocation.OverrideTooLong";
    public const string NotAllocated = BoothErrors.NotAllocated;
    /// <summary>Args: booth code. Lifting a hold from a booth that is not Held.</summary>
    public const string NotHeld = BoothErrors.NotHeld;
    /// <summary>Args: booth code. A live hold for the same application: lift it first to change the expiry.</summary>
    public const string HoldAlreadyHeld = BoothErrors.AlreadyHeld;
    /// <summary>Args: the organisation's name. The application is Rejected or Withdrawn.</summary>
    public const string HoldApplicationClosed = "Allocation.HoldApplicationClosed";
    public const string HoldUntilPast = BoothErrors.HoldUntilPast;
    /// <summary>Args: the longest hold in days.</summary>
    public const string HoldUntilTooFar = "Allocation.HoldUntilTooFar";
    public const string HoldUntilRequired = "Allocation.HoldUntilRequired";

    public const string AutoZoneNotAccepting = "Allocation.Auto.ZoneNotAccepting";
    public const string AutoNoEligibleZone = "Allocation.Auto.NoEligibleZone";
    public const string AutoPlacedInPreference = "Allocation.Auto.PlacedInPreference";
    public const string AutoPlacedOutsidePreferences = "Allocation.Auto.PlacedOutsidePreferences";
    public const string AutoNoFreeBooth = "Allocation.Auto.NoFreeBooth";
    public const string AutoNoAdjacentBlock = "Allocation.Auto.NoAdjacentBlock";
    public const string AutoNotEnoughBooths = "Allocation.Auto.NotEnoughBooths";
    public const string AutoConflict = "Allocation.Auto.Conflict";
    public const string AutoApplicationChanged = "Allocation.Auto.ApplicationChanged";
    public const string AutoNothingToCommit = "Allocation.Auto.NothingToCommit";

    /// <summary>Longest override reason stored (BoothAllocation.OverrideReason column).</summary>
    public const int OverrideReasonMaxLength = 500;
}
