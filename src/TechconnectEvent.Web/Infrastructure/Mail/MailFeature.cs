namespace TechconnectEvent.Web.Infrastructure.Mail;

public static class MailFeature
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<MailTemplates>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Outbox>();
        services.AddScoped<PublicLinks>();
        // Read when first needed, not at registration, so settings added later (tests, command line) count.
        services.AddSingleton(provider => MailOptions.Read(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton<IMailTransport>(provider => provider.GetRequiredService<MailOptions>().UsesSmtp
            ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(provider)
            : ActivatorUtilities.CreateInstance<PickupFolderTransport>(provider));
        services.AddSingleton<OutboxSender>();
        services.AddHostedService<OutboxWorker>();
        // Scoped: it asks who is acting, which depends on the request or circuit.
        services.AddScoped<OutboxAdministration>();
        return services;
    }
}
