using System.Security.Claims;

namespace TechconnectEvent.Web.Infrastructure.Jobs;

public static class BackgroundJobsSetup
{
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services)
    {
        // Read when first needed, so settings added after registration (tests, command line) count.
        services.AddSingleton(provider => BackgroundJobOptions.Read(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton<BackgroundJobs>();
        services.AddSingleton<IBackgroundJobs>(provider => provider.GetRequiredService<BackgroundJobs>());
        services.AddHostedService<BackgroundJobWorker>();
        return services;
    }

    /// <summary>
    /// <c>GET /jobs/{id}/download</c> for any signed-in person: the file of a finished job they started (or one shared
    /// with their role); anything else is 404, so a job id tells nobody else that the job exists.
    /// </summary>
    public static IEndpointRouteBuilder MapBackgroundJobs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/jobs/{id:guid}/download", (Guid id, ClaimsPrincipal user, BackgroundJobs jobs) =>
            jobs.Download(id, user) is { } file
                ? Results.File(file.Path, file.ContentType, file.FileName)
                : Results.NotFound())
            .RequireAuthorization();
        return endpoints;
    }
}
