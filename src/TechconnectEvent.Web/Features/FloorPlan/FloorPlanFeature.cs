using TechconnectEvent.Web.Features.ExhibitorDirectory;

namespace TechconnectEvent.Web.Features.FloorPlan;

public static class FloorPlanFeature
{
    /// <summary>The floor plan query and the public exhibitor directory built on it.</summary>
    public static IServiceCollection AddFloorPlan(this IServiceCollection services)
    {
        services.AddScoped<FloorPlanQuery>();
        services.AddScoped<ExhibitorDirectoryService>();
        return services;
    }
}
