namespace TechconnectEvent.Web.Features.Zones;

public static class ZonesFeature
{
    /// <summary>Functional zones and demonstration areas of an edition.</summary>
    public static IServiceCollection AddZones(this IServiceCollection services)
    {
        services.AddScoped<ZoneService>();
        return services;
    }
}
