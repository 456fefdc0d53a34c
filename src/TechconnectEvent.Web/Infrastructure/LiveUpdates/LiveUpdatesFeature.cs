namespace TechconnectEvent.Web.Infrastructure.LiveUpdates;

public static class LiveUpdatesFeature
{
    /// <summary>One <see cref="ChangeNotifier{TChange}"/> singleton per payload type, resolved on first use.</summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services) =>
        services.AddSingleton(typeof(ChangeNotifier<>));
}
