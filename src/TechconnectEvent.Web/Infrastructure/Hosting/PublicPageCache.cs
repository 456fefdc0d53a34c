using Microsoft.AspNetCore.OutputCaching;

namespace TechconnectEvent.Web.Infrastructure.Hosting;

/// <summary>
/// The output cache of the public pages (home, exhibitor directory): one rendering per path, query, culture and
/// accepted encoding, shared by every anonymous visitor until something they show changes.
/// </summary>
public sealed class PublicPageCache(IOutputCacheStore store)
{
    public const string PolicyName = "PublicPage";
    public const string Tag = "public-pages";

    /// <summary>A safety net for changes nobody announces (an edition renamed in the database); announced ones evict at once.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>Drops every cached public page; the next visitor renders fresh data.</summary>
    public ValueTask EvictAsync(CancellationToken cancellationToken = default) => store.EvictByTagAsync(Tag, cancellationToken);

    /// <summary>Anonymous requests for pages that use the public cache: their HTML carries no secret, so it may be compressed.</summary>
    public static bool IsPublicPageForAnonymous(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: PolicyName };
}
