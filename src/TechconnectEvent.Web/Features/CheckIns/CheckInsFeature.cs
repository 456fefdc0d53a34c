using TechconnectEvent.Web.Features.CheckIns.Api;
using TechconnectEvent.Web.Features.CheckIns.Scanning;
using TechconnectEvent.Web.Features.CheckIns.Gate;

namespace TechconnectEvent.Web.Features.CheckIns;

public static class CheckInsFeature
{
    /// <summary>The scan path (gates, devices, the scanner API) and the pages built on it.</summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services)
    {
        services.AddSingleton<CheckInScanner>();
        services.AddSingleton<ICheckInScanner>(sp => sp.GetRequiredService<CheckInScanner>());
        services.AddSingleton<DeviceDirectory>();
        services.AddSingleton<ScanPointDirectory>();
        services.AddSingleton<CheckInRateLimits>();
        services.AddGateDesk();
        Dashboard.DashboardSetup.AddCheckInDashboard(services);
        Gates.GatesSetup.AddGatesAdmin(services);
        Devices.DevicesSetup.AddDevices(services);
        return services;
    }

    /// <summary><c>POST /api/checkin</c>, <c>/api/checkin/sync</c>.</summary>
    public static IEndpointRouteBuilder MapCheckIns(this IEndpointRouteBuilder endpoints)
    {
        CheckInEndpoints.Map(endpoints);
        return endpoints;
    }
}
