namespace TechconnectEvent.Web.Infrastructure.Auditing;

public static class AuditingFeature
{
    public static IServiceCollection AddAuditing(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, CurrentActor>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<AuditLogQuery>();
        services.AddSingleton<AuditLogCsv>();
        return services;
    }
}
