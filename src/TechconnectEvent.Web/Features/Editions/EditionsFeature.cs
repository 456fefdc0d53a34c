namespace TechconnectEvent.Web.Features.Editions;

public static class EditionsFeature
{
    public static IServiceCollection AddEditions(this IServiceCollection services)
    {
        services.AddScoped<EditionService>();
        services.AddSingleton<EditionClock>();
        return services;
    }
}
