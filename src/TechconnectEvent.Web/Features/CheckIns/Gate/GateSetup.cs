namespace TechconnectEvent.Web.Features.CheckIns.Gate;

/// <summary>The gate page (<c>/checkin</c>) and the desk's service behind it.</summary>
public static class GateSetup
{
    public static IServiceCollection AddGateDesk(this IServiceCollection services)
    {
        services.AddScoped<GateDesk>();
        return services;
    }
}
