using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TechconnectEvent.Web.Infrastructure.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app.</summary>
internal sealed class DesignTimeEventDbContextFactory : IDesignTimeDbContextFactory<EventDbContext>
{
    public EventDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EventDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
