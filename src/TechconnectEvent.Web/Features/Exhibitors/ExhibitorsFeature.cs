namespace TechconnectEvent.Web.Features.Exhibitors;

public static class ExhibitorsFeature
{
    /// <summary>Exhibitor applications and technologies.</summary>
    public static IServiceCollection AddExhibitors(this IServiceCollection services)
    {
        services.AddScoped<ExhibitorApplicationService>();
        services.AddScoped<TechnologyService>();
        return services;
    }

    /// <summary><c>/api/exhibitor/...</c> for the exhibitor's own application and technologies.</summary>
    public static IEndpointRouteBuilder MapExhibitors(this IEndpointRouteBuilder endpoints)
    {
        ExhibitorApi.Map(endpoints);
        return endpoints;
    }
}
