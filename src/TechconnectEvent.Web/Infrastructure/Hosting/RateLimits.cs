using System.Globalization;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Infrastructure.Hosting;

/// <summary>
/// Named limits on the public forms, each a fixed window per client address set by
/// <c>RateLimits:{Name}:PermitsPerMinute</c>. A page or endpoint opts in with
/// <c>[EnableRateLimiting(RateLimits.X)]</c>; only its posts count, so reading the form is never refused. A refused
/// post gets a short page in the visitor's language with status 429 and a Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Applications = nameof(Applications);
    /// <summary>Delegate registration and its management posts; generous, because a registration desk shares one address.</summary>
    public const string Registration = nameof(Registration);

    /// <summary>Each policy and the permits per minute it allows when the setting is absent.</summary>
    private static readonly IReadOnlyDictionary<string, int> Defaults = new Dictionary<string, int>
    {
        [Applications] = 10,
        [Registration] = 20,
    };

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            foreach (var (name, fallback) in Defaults)
            {
                var permits = Math.Max(1, configuration.GetValue($"RateLimits:{name}:PermitsPerMinute", fallback));
                options.AddPolicy(name, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
            }
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) => WriteRefusalAsync(context.HttpContext, cancellationToken);
        });
        return services;
    }

    /// <summary>
    /// The client address the limit counts by. Behind a reverse proxy this is the proxy's unless forwarded headers are
    /// configured, which is the operator's choice, not the app's.
    /// </summary>
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask WriteRefusalAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        // The app's encoder leaves Vietnamese letters as they are (WebUtility would turn them into entities).
        var html = context.RequestServices.GetRequiredService<HtmlEncoder>();
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "60";
        context.Response.ContentType = "text/html; charset=utf-8";
        var title = html.Encode(text["RateLimit.Title"]);
        var body = html.Encode(text["RateLimit.Text"]);
        var back = html.Encode(text["RateLimit.Back"]);
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + $"<title>{title}</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5\">"
            + $"<h1>{title}</h1><p>{body}</p><p><a href=\"/\">{back}</a></p></body></html>",
            cancellationToken);
    }
}
