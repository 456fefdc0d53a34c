using Microsoft.Extensions.Localization;
using MudBlazor;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Infrastructure.Localization;

/// <summary>
/// Gives MudBlazor's own texts (pager, loading, filters) in the user's language from our resources
/// (keys "Mud.&lt;MudBlazor key&gt;"); a text we do not translate falls back to MudBlazor's English.
/// </summary>
internal sealed class ProductMudLocalizer(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var text = localizer["Mud." + key];
            return text.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : new LocalizedString(key, text.Value);
        }
    }

    // A few of MudBlazor's texts take positional arguments (the pager's "{0}-{1} of {2}"); fill them in our text.
    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var text = this[key];
            return text.ResourceNotFound || arguments.Length == 0
                ? text
                : new LocalizedString(key, string.Format(System.Globalization.CultureInfo.CurrentCulture, text.Value, arguments));
        }
    }
}
