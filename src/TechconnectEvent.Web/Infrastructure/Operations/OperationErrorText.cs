using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Infrastructure.Operations;

public static class OperationErrorText
{
    /// <summary>The error in the user's language; an unknown code still reads as a sentence, with the code for support.</summary>
    public static string Describe(this IStringLocalizer<SharedResource> localizer, OperationError error)
    {
        var text = localizer[error.ResourceKey, [.. error.Arguments]];
        return text.ResourceNotFound ? localizer["Error.Unknown", error.Code] : text.Value;
    }
}
