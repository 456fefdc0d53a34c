using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Infrastructure.Hosting;

/// <summary>
/// Cross-site protection for cookie-authenticated endpoints that change data and that scripts call without an
/// antiforgery token. A browser always says where a request comes from (<c>Sec-Fetch-Site</c>, and <c>Origin</c> on
/// every cross-origin POST/PUT), so a request that a browser marks as coming from another site is refused with 403.
/// Scripts (curl, PowerShell, Python) send neither header and are let through: a forged request needs a browser
/// carrying the victim's cookie, and a browser never leaves these headers out.
/// </summary>
public static class SameOriginRequests
{
    public const string PublicBaseUrlKey = "App:PublicBaseUrl";

    public static TBuilder RequireSameOriginForWrites<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (IsCrossSiteWrite(http.Request, http.RequestServices.GetRequiredService<IConfiguration>()[PublicBaseUrlKey]))
            {
                var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                return Results.Problem(localizer["Error.Api.CrossSite"], statusCode: StatusCodes.Status403Forbidden,
                    extensions: new Dictionary<string, object?> { ["codes"] = new[] { "Api.CrossSite" } });
            }
            return await next(context);
        });

    public static bool IsCrossSiteWrite(HttpRequest request, string? publicBaseUrl)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return false;
        }
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            // The browser's own verdict; "none" is a request the user started (address bar, bookmark).
            return fetchSite is not ("same-origin" or "none");
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var from))
        {
            // "null" (sandboxed frames, some redirects) or garbage: nothing to trust.
            return true;
        }
        // Behind a TLS-terminating proxy the scheme the app sees can differ from the browser's, so hosts are compared.
        var sameHost = string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        var publicHost = Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var configured)
            && string.Equals(from.GetLeftPart(UriPartial.Authority), configured.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
        return !sameHost && !publicHost;
    }
}
