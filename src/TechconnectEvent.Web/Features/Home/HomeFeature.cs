namespace TechconnectEvent.Web.Features.Home;

public static class HomeFeature
{
    public static IServiceCollection AddHome(this IServiceCollection services)
    {
        services.AddScoped<EditionComparisonQuery>();
        return services;
    }
}
