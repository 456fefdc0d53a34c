using TechconnectEvent.Web.Features.Allocation.Auto;

namespace TechconnectEvent.Web.Features.Allocation;

public static class AllocationFeature
{
    /// <summary>Manual and automatic booth allocation. Needs AddAuditing, AddEventData and AddLiveUpdates.</summary>
    public static IServiceCollection AddAllocation(this IServiceCollection services)
    {
        services.AddScoped<AllocationService>();
        services.AddScoped<BoothHoldService>();
        services.AddScoped<AutoAllocationService>();
        return services;
    }
}
