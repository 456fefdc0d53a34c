using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Registrations.Public;

/// <summary>A category the public may choose, in its display order.</summary>
public sealed record CategoryChoice(int Id, LocalizedText Name);

/// <summary>What the public form needs: the current edition (null when there is none), its public categories and its public sessions.</summary>
public sealed record RegisterForm(Edition? Edition, IReadOnlyList<CategoryChoice> Categories, IReadOnlyList<SessionChoice> Sessions)
{
    public bool IsOpen => RegistrationIntake.IsOpen(Edition);
}

/// <summary>A registration made: the private token (for the redirect to the management page) and where it stands.</summary>
public sealed record RegisterOutcome(string Token, RegistrationStatus Status);

/// <summary>One's own registration as the management page shows it.</summary>
public sealed record ManagedRegistration(
    Registration Registration, RegistrationCategory Category, Edition Edition, IReadOnlyList<CategoryChoice> Categories)
{
    public bool IsCancelled => Registration.Status == RegistrationStatus.Cancelled;

    /// <summary>An e-ticket admits its holder, so only a confirmed registration has one.</summary>
    public bool HasTicket => Registration.Status == RegistrationStatus.Confirmed;

    /// <summary>Details can be corrected while registration is open and the registration still stands.</summary>
    public bool CanEdit => RegistrationIntake.IsOpen(Edition) && Registration.Status is not (RegistrationStatus.Cancelled or RegistrationStatus.Rejected);

    public bool CanCancel => Edition.Status != EditionStatus.Archived && Registration.Status is not (RegistrationStatus.Cancelled or RegistrationStatus.Rejected);
}
