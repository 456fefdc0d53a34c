using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;

namespace TechconnectEvent.Web.Infrastructure.Data;

public sealed class EventDbContext(DbContextOptions<EventDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<Zone> Zones => Set<Zone>();
    public DbSet<Booth> Booths => Set<Booth>();
    public DbSet<Organization> Organizations => Set<Organization>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EventDbContext).Assembly);
    }
}
