using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Infrastructure.Data;

public sealed class EventDbContext(DbContextOptions<EventDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<Zone> Zones => Set<Zone>();
    public DbSet<Booth> Booths => Set<Booth>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<BoothPrice> BoothPrices => Set<BoothPrice>();
    public DbSet<ExhibitorApplication> ExhibitorApplications => Set<ExhibitorApplication>();
    public DbSet<BoothAllocation> BoothAllocations => Set<BoothAllocation>();
    public DbSet<Technology> Technologies => Set<Technology>();
    public DbSet<RegistrationCategory> RegistrationCategories => Set<RegistrationCategory>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<ScanPoint> ScanPoints => Set<ScanPoint>();
    public DbSet<Device> Devices => Set<Device>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<ScanRecord> ScanLog => Set<ScanRecord>();
    public DbSet<RetiredBadgeCode> RetiredBadgeCodes => Set<RetiredBadgeCode>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<ForumSession> ForumSessions => Set<ForumSession>();
    public DbSet<SessionChair> SessionChairs => Set<SessionChair>();
    public DbSet<Speaker> Speakers => Set<Speaker>();
    public DbSet<SessionInterest> SessionInterests => Set<SessionInterest>();
    public DbSet<TechnologyOffer> TechnologyOffers => Set<TechnologyOffer>();
    public DbSet<TechnologyNeed> TechnologyNeeds => Set<TechnologyNeed>();
    public DbSet<MeetingRequest> MeetingRequests => Set<MeetingRequest>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingRound> MeetingRounds => Set<MeetingRound>();
    public DbSet<MeetingTable> MeetingTables => Set<MeetingTable>();
    public DbSet<ConnectionParticipant> ConnectionParticipants => Set<ConnectionParticipant>();
    public DbSet<Mou> Mous => Set<Mou>();
    public DbSet<MouDocument> MouDocuments => Set<MouDocument>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    /// <summary>The data-protection key ring, shared by every instance on this database and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Here rather than where the options are built, so that every context (app, commands, tests, tools) keeps
    // its search keys up to date and leaves archived editions alone.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(SearchKeyInterceptor.Instance, ArchivedEditionGuard.Instance);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no instant type: as text or as local ticks with the offset it cannot order instants written
        // with different offsets; a UTC tick count it can. PostgreSQL's timestamptz needs no conversion.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EventDbContext).Assembly);
    }
}
