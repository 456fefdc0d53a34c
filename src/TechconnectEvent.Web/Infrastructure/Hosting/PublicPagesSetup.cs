using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace TechconnectEvent.Web.Infrastructure.Hosting;

/// <summary>The output cache and HTML compression that keep the public pages fast for thousands of phones.</summary>
public static class PublicPagesSetup
{
    public static IServiceCollection AddPublicPages(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(PublicPageCache.PolicyName, new PublicPagePolicy()));
        services.AddSingleton<PublicPageCache>();
        services.AddResponseCompression(options =>
        {
            // Only HTML: static assets come precompressed from MapStaticAssets. HTTPS too, which is safe because
            // the middleware only runs for anonymous requests to public pages, whose HTML carries no secret.
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Compressed once per cache entry, not per request, so the better ratio is worth its time.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>After authentication (signed-in people bypass the cache) and before the endpoints.</summary>
    public static WebApplication UsePublicPages(this WebApplication app)
    {
        app.UseOutputCache();
        // Inside the cache, so the cache stores the compressed bytes.
        app.UseWhen(PublicPageCache.IsPublicPageForAnonymous, branch => branch.UseResponseCompression());
        return app;
    }
}
