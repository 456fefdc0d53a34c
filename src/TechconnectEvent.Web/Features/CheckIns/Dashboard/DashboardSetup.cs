namespace TechconnectEvent.Web.Features.CheckIns.Dashboard;

public static class DashboardSetup
{
    /// <summary>The live check-in dashboard: one counter and one feed shared by every open dashboard.</summary>
    public static IServiceCollection AddCheckInDashboard(this IServiceCollection services)
    {
        services.AddSingleton<CheckInCounts>();
        services.AddSingleton<ICheckInCounts>(sp => sp.GetRequiredService<CheckInCounts>());
        services.AddSingleton<CheckInDashboardFeed>();
        return services;
    }
}
