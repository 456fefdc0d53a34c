using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Forum.Scheduling;

/// <summary>A clash as one sentence in the reader's language, naming the other session in that language too.</summary>
public static class ClashText
{
    public static string Describe(Clash clash, IStringLocalizer<SharedResource> localizer)
    {
        var other = clash.OtherTitle?.Current ?? "";
        return clash.Kind switch
        {
            ClashKind.RoomDoubleBooked => localizer["Forum.Clash.RoomDoubleBooked", other],
            ClashKind.PersonDoubleBooked => localizer["Forum.Clash.PersonDoubleBooked", clash.Person ?? "", other],
            ClashKind.OutsideEditionDays => localizer["Forum.Clash.OutsideEditionDays"],
            ClashKind.SpeakerMinutesExceedLength => localizer["Forum.Clash.SpeakerMinutesExceedLength", clash.Planned ?? 0, clash.Available ?? 0],
            ClashKind.AudienceAboveCapacity => localizer["Forum.Clash.AudienceAboveCapacity", clash.Planned ?? 0, clash.Available ?? 0],
            ClashKind.EndsBeforeStart => localizer["Forum.Clash.EndsBeforeStart"],
            _ => localizer["Forum.Clash.Unknown"],
        };
    }
}
