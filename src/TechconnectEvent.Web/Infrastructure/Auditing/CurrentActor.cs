using Microsoft.AspNetCore.Components.Authorization;

namespace TechconnectEvent.Web.Infrastructure.Auditing;

/// <summary>Finds the acting user in a Blazor circuit (authentication state) or an HTTP endpoint (HttpContext).</summary>
public interface ICurrentActor
{
    Task<Actor> GetAsync();
}

internal sealed class CurrentActor(IServiceProvider services, IHttpContextAccessor http) : ICurrentActor
{
    public async Task<Actor> GetAsync()
    {
        var authentication = services.GetService<AuthenticationStateProvider>();
        if (authentication is not null)
        {
            try
            {
                return Actor.From((await authentication.GetAuthenticationStateAsync()).User);
            }
            catch (InvalidOperationException)
            {
                // Outside a component render (minimal API endpoints) the provider has no state; use the request.
            }
        }
        return http.HttpContext is { } context ? Actor.From(context.User) : Actor.System;
    }
}

/// <summary>A set actor, for work done outside a request or a circuit: operator commands, background workers.</summary>
public sealed class FixedActor(Actor actor) : ICurrentActor
{
    public static FixedActor System { get; } = new(Actor.System);

    public Task<Actor> GetAsync() => Task.FromResult(actor);
}
