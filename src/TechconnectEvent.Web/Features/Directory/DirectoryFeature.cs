namespace TechconnectEvent.Web.Features.Directory;

public static class DirectoryFeature
{
    /// <summary>The public exhibitor directory, and the eviction that keeps the cached public pages current.</summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddScoped<ExhibitorDirectoryService>();
        services.AddHostedService<PublicPageEviction>();
        return services;
    }
}
