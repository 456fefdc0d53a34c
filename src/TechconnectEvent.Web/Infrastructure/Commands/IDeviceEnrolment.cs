namespace TechconnectEvent.Web.Infrastructure.Commands;

/// <summary>
/// What <c>device add</c> asks of the check-in feature, so that the command stays plumbing: the feature finds the
/// current edition and the gate, applies its rules and returns either the device with its key or one line saying why not.
/// </summary>
public interface IDeviceEnrolment
{
    Task<DeviceEnrolment> EnrolAsync(string name, string gate, CancellationToken cancellationToken);
}

/// <summary><see cref="Key"/> with a sentence describing what was added, or <see cref="Refusal"/> and nothing written.</summary>
public sealed record DeviceEnrolment(string? Description, string? Key, string? Refusal)
{
    public static DeviceEnrolment Refused(string refusal) => new(null, null, refusal);
}
