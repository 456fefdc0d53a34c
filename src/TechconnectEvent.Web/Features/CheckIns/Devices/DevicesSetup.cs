using TechconnectEvent.Web.Infrastructure.Commands;

namespace TechconnectEvent.Web.Features.CheckIns.Devices;

public static class DevicesSetup
{
    /// <summary>Scanner devices: the organisers' page and the <c>device add</c> command share the same service and rules.</summary>
    public static IServiceCollection AddDevices(this IServiceCollection services) =>
        services.AddScoped<DeviceAdminService>()
            .AddScoped<IDeviceEnrolment, OperatorDeviceEnrolment>();
}
