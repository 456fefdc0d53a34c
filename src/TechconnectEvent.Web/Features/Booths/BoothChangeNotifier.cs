namespace TechconnectEvent.Web.Features.Booths;

/// <summary>A set of booths whose status or allocation just changed.</summary>
public sealed record BoothChange(int EditionId, IReadOnlyList<int> BoothIds);

/// <summary>
/// In-process broadcast of booth changes, so every open floor plan and grid redraws within a second.
/// Singleton; subscribers must unsubscribe when disposed. (A scale-out deployment would put a message bus here.)
/// </summary>
public sealed class BoothChangeNotifier
{
    public event Func<BoothChange, Task>? Changed;

    public async Task PublishAsync(BoothChange change)
    {
        var handlers = Changed;
        if (handlers is null)
        {
            return;
        }
        foreach (var handler in handlers.GetInvocationList().Cast<Func<BoothChange, Task>>())
        {
            try
            {
                await handler(change);
            }
            catch (ObjectDisposedException)
            {
                // A circuit that closed between the change and the notice.
            }
        }
    }
}
