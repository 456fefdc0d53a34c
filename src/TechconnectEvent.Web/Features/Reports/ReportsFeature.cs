using TechconnectEvent.Web.Features.Reports.Live;

namespace TechconnectEvent.Web.Features.Reports;

public static class ReportsFeature
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ZoneBoothCounts>();
        services.AddLiveFigures();
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        ZonesReportEndpoint.Map(endpoints);
        FloorPlanReportEndpoints.Map(endpoints);
        return endpoints;
    }
}
