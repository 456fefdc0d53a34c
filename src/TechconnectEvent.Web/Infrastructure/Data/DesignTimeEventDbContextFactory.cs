using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TechconnectEvent.Web.Infrastructure.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the app, through the same provider choice
/// as the app (<c>Database__Provider</c> in the environment), on a scratch SQLite file.
/// </summary>
internal sealed class DesignTimeEventDbContextFactory : IDesignTimeDbContextFactory<EventDbContext>
{
    public EventDbContext CreateDbContext(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = "Data Source=design-time.db" })
            .AddEnvironmentVariables()
            .Build();
        var options = new DbContextOptionsBuilder<EventDbContext>();
        options.UseConfiguredDatabase(configuration, Directory.GetCurrentDirectory());
        return new(options.Options);
    }
}
