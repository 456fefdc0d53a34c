using TechconnectEvent.Web.Features.Reports.PostEvent;

namespace TechconnectEvent.Web.Features.Reports;

public static class ReportsFeature
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ZoneBoothCounts>();
        services.AddScoped<IPostEventFigures, PostEventFigureQuery>();
        services.AddScoped<PostEventReport>();
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        ZonesReportEndpoint.Map(endpoints);
        FloorPlanReportEndpoints.Map(endpoints);
        PostEventReportEndpoint.Map(endpoints);
        return endpoints;
    }
}
