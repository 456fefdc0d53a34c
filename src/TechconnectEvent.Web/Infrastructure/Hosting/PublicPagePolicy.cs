using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace TechconnectEvent.Web.Infrastructure.Hosting;

/// <summary>
/// Caches public pages for anonymous visitors only: a signed-in person's page shows their name and menu, so it is
/// neither served from the cache nor stored in it.
/// </summary>
internal sealed class PublicPagePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.HttpContext.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = PublicPageCache.Lifetime;
        context.Tags.Add(PublicPageCache.Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        // Compression runs inside the cache, so what is stored is already Brotli or gzip: one entry per encoding.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        if (cacheable)
        {
            var response = context.HttpContext.Response;
            // The page renders an antiforgery cookie for whoever happens to fill the cache; a page without a form
            // does not need it, and it must not be stored and handed to every visitor after.
            response.OnStarting(() =>
            {
                response.Headers.Remove(HeaderNames.SetCookie);
                return Task.CompletedTask;
            });
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
