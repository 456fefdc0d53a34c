using TechconnectEvent.Web.Features.Booths.Export;
using TechconnectEvent.Web.Features.Booths.Import;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>Booths management: services, hall options and the import/export endpoints.</summary>
public static class BoothManagementFeature
{
    /// <summary>Needs AddAuditing(), AddEditions() and AddLiveUpdates() registered as well.</summary>
    public static IServiceCollection AddBoothManagement(this IServiceCollection services)
    {
        services.AddOptions<HallOptions>().BindConfiguration(HallOptions.Section);
        services.AddScoped<BoothService>();
        services.AddScoped<BoothImportService>();
        services.AddScoped<BoothExportService>();
        return services;
    }

    public static IEndpointRouteBuilder MapBoothManagement(this IEndpointRouteBuilder endpoints)
    {
        BoothEndpoints.Map(endpoints);
        return endpoints;
    }
}
