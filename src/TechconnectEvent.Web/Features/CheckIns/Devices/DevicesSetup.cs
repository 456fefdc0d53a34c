namespace TechconnectEvent.Web.Features.CheckIns.Devices;

public static class DevicesSetup
{
    /// <summary>Scanner devices: the organisers' page and the <c>device add</c> command share this service.</summary>
    public static IServiceCollection AddDevices(this IServiceCollection services) =>
        services.AddScoped<DeviceAdminService>();
}
