using TechconnectEvent.Web.Features.Reports.Further;
using TechconnectEvent.Web.Features.Reports.Live;
using TechconnectEvent.Web.Features.Reports.PostEvent;

namespace TechconnectEvent.Web.Features.Reports;

public static class ReportsFeature
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        // Stateless (each call opens its own context), so the live figures feed, a singleton, can hold them.
        services.AddSingleton<ZoneBoothCounts>();
        services.AddSingleton<IPostEventFigures, PostEventFigureQuery>();
        services.AddScoped<PostEventReport>();
        services.AddScoped<SessionAttendanceQuery>().AddScoped<CheckInLogQuery>().AddScoped<DelegateListQuery>().AddScoped<ReportJobs>();
        services.AddLiveFigures();
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        ZonesReportEndpoint.Map(endpoints);
        FloorPlanReportEndpoints.Map(endpoints);
        PostEventReportEndpoint.Map(endpoints);
        FurtherReportEndpoints.Map(endpoints);
        return endpoints;
    }
}
