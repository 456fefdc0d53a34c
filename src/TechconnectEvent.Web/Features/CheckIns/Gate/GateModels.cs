using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.CheckIns.Gate;

/// <summary>An open gate as the gate page offers it.</summary>
public sealed record GateOption(int Id, string Code, string Name, string? Location);

/// <summary>A category a walk-in may be given.</summary>
public sealed record GateCategory(int Id, string Code, LocalizedText Name, string Colour);

/// <summary>
/// What the gate page needs once: the working edition, its open gates, the categories for walk-ins, which day of
/// the edition today is (null before its first day or after its last), and today's open session doors in time order.
/// </summary>
public sealed record GateDeskContext(
    int EditionId, int Year, string TimeZoneId, DateOnly FirstDay, int DayCount, int? Today,
    IReadOnlyList<GateOption> Gates, IReadOnlyList<GateCategory> Categories, IReadOnlyList<GateOption> Sessions)
{
    /// <summary>Every scan point staff may choose: the gates, then the session doors.</summary>
    public IEnumerable<GateOption> ScanPoints => Gates.Concat(Sessions);

    public GateOption? Find(int id) => ScanPoints.FirstOrDefault(p => p.Id == id);

    public bool IsSessionDoor(int id) => Sessions.Any(s => s.Id == id);
}

/// <summary>
/// One person found by the desk's search. The badge code stays on the server: the page checks a person in by id.
/// </summary>
public sealed record GateSearchHit(
    int RegistrationId, string FullName, string? OrganizationName, LocalizedText CategoryName, string CategoryColour,
    RegistrationStatus Status, bool CheckedInToday);

/// <summary>A person registered at the desk: their details, and whether they come every day of the edition or only today.</summary>
public sealed class WalkInInput
{
    public RegistrationDetails Details { get; set; } = new();
    public bool AllDays { get; set; }
}

/// <summary>The new registration, and the verdict when it was checked in at once.</summary>
public sealed record WalkInResult(int RegistrationId, ScanVerdict? Verdict);

public static class GateErrors
{
    /// <summary>The gate is not one of the working edition (another year's, or removed).</summary>
    public const string UnknownGate = "CheckIn.Gate.UnknownGate";
    public const string NoEdition = "CheckIn.Gate.NoEdition";
    public const string EmailTaken = "Registrations.EmailTaken";
}

/// <summary>What the walk-in dialog hands back to the page: who was registered.</summary>
public sealed record WalkInSaved(int RegistrationId, string FullName);
