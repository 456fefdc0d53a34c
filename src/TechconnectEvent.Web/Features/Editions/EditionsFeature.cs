namespace TechconnectEvent.Web.Features.Editions;

public static class EditionsFeature
{
    public static IServiceCollection AddEditions(this IServiceCollection services)
    {
        services.AddScoped<EditionService>();
        services.AddSingleton<EditionClock>();
        services.AddScoped<TechconnectEvent.Web.Infrastructure.Export.IExportEditions, WorkingEditionForExports>();
        return services;
    }
}
