namespace TechconnectEvent.Web.Features.Registrations.Badges;

/// <summary>Badge printing: the service, the background batches and <c>/badges/batch.pdf</c>.</summary>
public static class BadgesSetup
{
    public static IServiceCollection AddBadges(this IServiceCollection services)
    {
        services.AddScoped<BadgeService>();
        // Built on first use rather than checked when the host starts: the badge PDF endpoint works whether or not
        // the background-job runner (IBackgroundJobs) is registered in this host.
        services.AddScoped<BadgeBatchJobs>();
        return services;
    }

    public static IEndpointRouteBuilder MapBadges(this IEndpointRouteBuilder endpoints)
    {
        BadgeEndpoints.Map(endpoints);
        return endpoints;
    }
}
