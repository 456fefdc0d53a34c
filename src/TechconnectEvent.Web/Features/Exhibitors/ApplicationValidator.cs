using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>
/// Rules for an application. The eligible zones are the edition's open zones that accept the
/// organisation's type: a preference outside them is refused, whatever a hand-made request says.
/// </summary>
public static class ApplicationValidator
{
    public static IReadOnlyList<OperationError> Validate(ApplicationInput input, IReadOnlyCollection<int> eligibleZones)
    {
        var errors = new List<OperationError>();
        if (input.BoothsWanted is < 1 or > ApplicationInput.MaxBooths)
        {
            errors.Add(OperationError.ForField(nameof(input.BoothsWanted), "Application.BoothsRange", 1, ApplicationInput.MaxBooths));
        }
        if (!Enum.IsDefined(input.SizeWanted))
        {
            errors.Add(OperationError.ForField(nameof(input.SizeWanted), "Application.SizeInvalid"));
        }
        if (!Enum.IsDefined(input.SponsorTier))
        {
            errors.Add(OperationError.ForField(nameof(input.SponsorTier), "Application.TierInvalid"));
        }
        if (input.Notes is { } notes && notes.Trim().Length > ApplicationInput.MaxNotes)
        {
            errors.Add(OperationError.ForField(nameof(input.Notes), "Validation.TooLong", ApplicationInput.MaxNotes));
        }
        var seen = new HashSet<int>();
        foreach (var (field, zoneId) in input.Slots())
        {
            if (zoneId is not { } id)
            {
                continue;
            }
            if (!eligibleZones.Contains(id))
            {
                errors.Add(OperationError.ForField(field, "Application.ZoneNotEligible"));
            }
            else if (!seen.Add(id))
            {
                errors.Add(OperationError.ForField(field, "Application.ZoneRepeated"));
            }
        }
        return errors;
    }

    public static OperationError? ErrorFor(ApplicationInput input, IReadOnlyCollection<int> eligibleZones, string field) =>
        Validate(input, eligibleZones).FirstOrDefault(e => e.Field == field);

    public static readonly IReadOnlyList<BoothSize> Sizes = Enum.GetValues<BoothSize>();
}
