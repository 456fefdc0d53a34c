namespace TechconnectEvent.Web.Features.CheckIns.Gates;

public static class GatesSetup
{
    /// <summary>The organisers' gates page. Needs AddAuditing() and AddLiveUpdates() registered as well.</summary>
    public static IServiceCollection AddGatesAdmin(this IServiceCollection services) => services.AddScoped<ScanPointAdminService>();
}
