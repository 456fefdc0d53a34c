namespace TechconnectEvent.Web.Features.FloorPlan;

public static class FloorPlanFeature
{
    /// <summary>The floor plan query behind the live plan, the directory's plan and the plan PDFs.</summary>
    public static IServiceCollection AddFloorPlan(this IServiceCollection services)
    {
        services.AddScoped<FloorPlanQuery>();
        return services;
    }
}
