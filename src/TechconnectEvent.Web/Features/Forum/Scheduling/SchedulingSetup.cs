namespace TechconnectEvent.Web.Features.Forum.Scheduling;

/// <summary>Services of the clash rules and the scheduler that moves sessions (board, dialogs).</summary>
internal static class SchedulingSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<IForumScheduler, ForumScheduler>();
    }
}
