namespace TechconnectEvent.Web.Features.Administration;

public static class AdministrationFeature
{
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        // Stateless: every operation opens its own scope.
        services.AddSingleton<UserAdministrationService>();
        return services;
    }
}
