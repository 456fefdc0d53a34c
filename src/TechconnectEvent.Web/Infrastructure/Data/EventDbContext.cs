using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.Web.Infrastructure.Data;

public sealed class EventDbContext(DbContextOptions<EventDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<Zone> Zones => Set<Zone>();
    public DbSet<Booth> Booths => Set<Booth>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<BoothPrice> BoothPrices => Set<BoothPrice>();
    public DbSet<ExhibitorApplication> ExhibitorApplications => Set<ExhibitorApplication>();
    public DbSet<BoothAllocation> BoothAllocations => Set<BoothAllocation>();
    public DbSet<Technology> Technologies => Set<Technology>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite stores DateTimeOffset as text, which it cannot order or compare; a UTC tick count can.
        // The token is provider-neutral: on PostgreSQL the converter is simply not applied.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EventDbContext).Assembly);
    }
}
