namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>The MoU register, its documents, the ceremony run sheet and the register exports.</summary>
internal static class MousSetup
{
    public static void Add(IServiceCollection services)
    {
        // Read when first needed, so that settings added after registration (tests, command line) count.
        services.AddSingleton(provider => MouDocumentOptions.Read(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddScoped<MouService>();
        services.AddScoped<MouDocumentStore>();
        services.AddScoped<MouReports>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        MouDocumentEndpoints.Map(endpoints);
        MouReportEndpoints.Map(endpoints);
    }
}
