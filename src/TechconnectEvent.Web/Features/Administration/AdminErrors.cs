using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Administration;

/// <summary>Turns administration and Identity error codes into the user's language.</summary>
public static class AdminErrors
{
    public static string Describe(IStringLocalizer<SharedResource> localizer, string code)
    {
        var text = localizer[$"Identity.{code}"];
        return text.ResourceNotFound ? localizer["Identity.Unknown", code] : text.Value;
    }
}
