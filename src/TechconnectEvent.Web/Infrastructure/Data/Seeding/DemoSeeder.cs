namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>Seeds the demo edition from assets/demo. Placeholder until the demo data lands.</summary>
public sealed class DemoSeeder
{
    public Task SeedAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
