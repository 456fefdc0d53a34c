namespace TechconnectEvent.Web.Features.Reports.Live;

public static class LiveFiguresSetup
{
    /// <summary>
    /// The organisers' live figures: one feed shared by every open dashboard. It reads the figures through
    /// <see cref="PostEvent.IPostEventFigures"/>, which the post-event report registers.
    /// </summary>
    public static IServiceCollection AddLiveFigures(this IServiceCollection services) => services.AddSingleton<LiveFiguresFeed>();
}
