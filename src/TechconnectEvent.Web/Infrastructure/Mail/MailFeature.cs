namespace TechconnectEvent.Web.Infrastructure.Mail;

public static class MailFeature
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<MailTemplates>();
        services.AddSingleton<Outbox>();
        services.AddScoped<PublicLinks>();
        return services;
    }
}
