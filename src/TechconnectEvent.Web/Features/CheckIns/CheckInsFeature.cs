namespace TechconnectEvent.Web.Features.CheckIns;

public static class CheckInsFeature
{
    /// <summary>The scan path (gates, devices, the scanner API) and the pages built on it.</summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services)
    {
        Devices.DevicesSetup.AddDevices(services);
        return services;
    }

    /// <summary><c>POST /api/checkin</c>, <c>/api/checkin/sync</c>.</summary>
    public static IEndpointRouteBuilder MapCheckIns(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
