namespace TechconnectEvent.Web.Features.Organizations;

public static class OrganizationsFeature
{
    /// <summary>The organisations that exhibit, sign or attend, shared by every edition.</summary>
    public static IServiceCollection AddOrganizations(this IServiceCollection services)
    {
        services.AddScoped<OrganizationService>();
        return services;
    }
}
