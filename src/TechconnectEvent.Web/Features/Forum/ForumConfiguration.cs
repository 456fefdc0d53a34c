using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Forum;

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.ToTable("Rooms");
        builder.HasOne<Edition>().WithMany().HasForeignKey(r => r.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexProperty(r => r.Name).MapText(ForumLimits.RoomName);
        builder.Property(r => r.LocationNote).HasMaxLength(ForumLimits.LocationNote);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.EditionId, r.SortOrder });
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.ToTable("Topics");
        builder.HasOne<Edition>().WithMany().HasForeignKey(t => t.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Code).HasMaxLength(ForumLimits.TopicCode).IsRequired();
        builder.ComplexProperty(t => t.Name).MapText(ForumLimits.TopicName);
        builder.Property(t => t.Colour).HasMaxLength(7);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.EditionId, t.Code }).IsUnique();
    }
}

internal sealed class ForumSessionConfiguration : IEntityTypeConfiguration<ForumSession>
{
    public void Configure(EntityTypeBuilder<ForumSession> builder)
    {
        builder.ToTable("ForumSessions");
        builder.HasOne<Edition>().WithMany().HasForeignKey(s => s.EditionId).OnDelete(DeleteBehavior.Cascade);
        // A topic or room in use cannot be deleted out from under its sessions.
        builder.HasOne<Topic>().WithMany().HasForeignKey(s => s.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Room>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(s => s.Title).MapText(ForumLimits.Title);
        builder.ComplexProperty(s => s.Description, d =>
        {
            d.Property(t => t.Vi).HasMaxLength(ForumLimits.Description).IsRequired();
            d.Property(t => t.En).HasMaxLength(ForumLimits.Description).IsRequired();
        });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.CancellationReason).HasMaxLength(ForumLimits.Reason);
        builder.Property(s => s.ProposedBy).HasMaxLength(256);
        builder.Property(s => s.ProposalNote).HasMaxLength(ForumLimits.ProposalNote);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Length);
        builder.HasMany(s => s.Chairs).WithOne().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Speakers).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        // The board and the agenda read one edition's sessions in time order; the clash check one room's.
        builder.HasIndex(s => new { s.EditionId, s.StartsAt });
        builder.HasIndex(s => new { s.RoomId, s.StartsAt });
    }
}

internal sealed class SessionChairConfiguration : IEntityTypeConfiguration<SessionChair>
{
    public void Configure(EntityTypeBuilder<SessionChair> builder)
    {
        builder.ToTable("SessionChairs");
        builder.HasKey(c => new { c.SessionId, c.UserId });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.UserId).HasMaxLength(450);
        // "My sessions": the sessions one chair chairs.
        builder.HasIndex(c => c.UserId);
    }
}

internal sealed class SpeakerConfiguration : IEntityTypeConfiguration<Speaker>
{
    public void Configure(EntityTypeBuilder<Speaker> builder)
    {
        builder.ToTable("Speakers");
        builder.Property(p => p.Name).HasMaxLength(ForumLimits.PersonName).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(ForumLimits.PersonTitle);
        builder.Property(p => p.Organization).HasMaxLength(ForumLimits.Organization);
        builder.Property(p => p.TalkTitle).HasMaxLength(ForumLimits.TalkTitle);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.SessionId, p.SortOrder });
    }
}

internal sealed class SessionInterestConfiguration : IEntityTypeConfiguration<SessionInterest>
{
    public void Configure(EntityTypeBuilder<SessionInterest> builder)
    {
        builder.ToTable("SessionInterests");
        builder.HasKey(i => new { i.RegistrationId, i.SessionId });
        builder.HasOne<Registration>().WithMany().HasForeignKey(i => i.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ForumSession>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
        // A chair's expected audience: the interests in one session.
        builder.HasIndex(i => i.SessionId);
    }
}

/// <summary>A session's door is a scan point tied to the session: it goes when the session goes.</summary>
internal sealed class SessionDoorConfiguration : IEntityTypeConfiguration<ScanPoint>
{
    public void Configure(EntityTypeBuilder<ScanPoint> builder)
    {
        builder.HasOne<ForumSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.SessionId).IsUnique();
    }
}
