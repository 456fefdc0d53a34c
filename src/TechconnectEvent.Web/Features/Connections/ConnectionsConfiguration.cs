using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Connections;

internal sealed class TechnologyOfferConfiguration : IEntityTypeConfiguration<TechnologyOffer>
{
    public void Configure(EntityTypeBuilder<TechnologyOffer> builder)
    {
        builder.ToTable("TechnologyOffers");
        builder.HasOne<Edition>().WithMany().HasForeignKey(o => o.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Technology>().WithMany().HasForeignKey(o => o.TechnologyId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(o => o.Field).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.OfferType).HasConversion<string>().HasMaxLength(16);
        builder.ComplexProperty(o => o.Title).MapText(ConnectionLimits.Title);
        builder.ComplexProperty(o => o.Description).MapText(ConnectionLimits.Description);
        builder.Property(o => o.ContactName).HasMaxLength(ConnectionLimits.PersonName).IsRequired();
        builder.Property(o => o.ContactEmail).HasMaxLength(ConnectionLimits.Email);
        builder.Property(o => o.ContactPhone).HasMaxLength(ConnectionLimits.Phone);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => new { o.EditionId, o.Field });
        builder.HasIndex(o => new { o.OrganizationId, o.EditionId });
        // One offer per exhibited technology and edition: the one-click offer cannot make two.
        builder.HasIndex(o => new { o.EditionId, o.TechnologyId }).IsUnique();
    }
}

internal sealed class TechnologyNeedConfiguration : IEntityTypeConfiguration<TechnologyNeed>
{
    public void Configure(EntityTypeBuilder<TechnologyNeed> builder)
    {
        builder.ToTable("TechnologyNeeds");
        builder.HasOne<Edition>().WithMany().HasForeignKey(n => n.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(n => n.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Field).HasConversion<string>().HasMaxLength(32);
        builder.ComplexProperty(n => n.Title).MapText(ConnectionLimits.Title);
        builder.ComplexProperty(n => n.Description).MapText(ConnectionLimits.Description);
        builder.Property(n => n.ContactName).HasMaxLength(ConnectionLimits.PersonName).IsRequired();
        builder.Property(n => n.ContactEmail).HasMaxLength(ConnectionLimits.Email);
        builder.Property(n => n.ContactPhone).HasMaxLength(ConnectionLimits.Phone);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasIndex(n => new { n.EditionId, n.Field });
        builder.HasIndex(n => new { n.OrganizationId, n.EditionId });
    }
}

internal sealed class MeetingRequestConfiguration : IEntityTypeConfiguration<MeetingRequest>
{
    public void Configure(EntityTypeBuilder<MeetingRequest> builder)
    {
        builder.ToTable("MeetingRequests");
        builder.HasOne<Edition>().WithMany().HasForeignKey(r => r.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.FromOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.ToOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TechnologyOffer>().WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<TechnologyNeed>().WithMany().HasForeignKey(r => r.NeedId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(r => r.Message).HasMaxLength(ConnectionLimits.Message).IsRequired();
        builder.Property(r => r.FromContactName).HasMaxLength(ConnectionLimits.PersonName).IsRequired();
        builder.Property(r => r.ToContactName).HasMaxLength(ConnectionLimits.PersonName);
        builder.Property(r => r.FromUserId).HasMaxLength(450);
        builder.Property(r => r.ToUserId).HasMaxLength(450);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.DeclineReason).HasMaxLength(ConnectionLimits.Reason);
        builder.Property(r => r.Version).IsConcurrencyToken();
        // "Requests to us" and "requests we sent", per edition.
        builder.HasIndex(r => new { r.EditionId, r.ToOrganizationId, r.Status });
        builder.HasIndex(r => new { r.EditionId, r.FromOrganizationId, r.Status });
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.HasOne<Edition>().WithMany().HasForeignKey(m => m.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationAId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationBId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TechnologyOffer>().WithMany().HasForeignKey(m => m.OfferId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<TechnologyNeed>().WithMany().HasForeignKey(m => m.NeedId).OnDelete(DeleteBehavior.SetNull);
        // A round or table with meetings in it cannot be deleted out from under them.
        builder.HasOne<MeetingRound>().WithMany().HasForeignKey(m => m.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MeetingTable>().WithMany().HasForeignKey(m => m.TableId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Mou>().WithMany().HasForeignKey(m => m.MouId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(m => m.ContactA).HasMaxLength(ConnectionLimits.PersonName).IsRequired();
        builder.Property(m => m.ContactB).HasMaxLength(ConnectionLimits.PersonName).IsRequired();
        builder.Property(m => m.UserAId).HasMaxLength(450);
        builder.Property(m => m.UserBId).HasMaxLength(450);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Unplaced).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.OutcomeNotes).HasMaxLength(ConnectionLimits.Notes);
        builder.Property(m => m.OutcomeBy).HasMaxLength(256);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.EditionId, m.RoundId });
        builder.HasIndex(m => new { m.OrganizationAId, m.EditionId });
        builder.HasIndex(m => new { m.OrganizationBId, m.EditionId });
        // One meeting per table per round: the database refuses a double booking two organisers race into.
        builder.HasIndex(m => new { m.RoundId, m.TableId }).IsUnique();
    }
}

internal sealed class MeetingRoundConfiguration : IEntityTypeConfiguration<MeetingRound>
{
    public void Configure(EntityTypeBuilder<MeetingRound> builder)
    {
        builder.ToTable("MeetingRounds");
        builder.HasOne<Edition>().WithMany().HasForeignKey(r => r.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.EndsAt);
        builder.HasIndex(r => new { r.EditionId, r.Number }).IsUnique();
    }
}

internal sealed class MeetingTableConfiguration : IEntityTypeConfiguration<MeetingTable>
{
    public void Configure(EntityTypeBuilder<MeetingTable> builder)
    {
        builder.ToTable("MeetingTables");
        builder.HasOne<Edition>().WithMany().HasForeignKey(t => t.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.MeetingLink).HasMaxLength(ConnectionLimits.MeetingLink);
        builder.Property(t => t.Location).HasMaxLength(ConnectionLimits.Location);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.EditionId, t.Number }).IsUnique();
    }
}

internal sealed class ConnectionParticipantConfiguration : IEntityTypeConfiguration<ConnectionParticipant>
{
    public void Configure(EntityTypeBuilder<ConnectionParticipant> builder)
    {
        builder.ToTable("ConnectionParticipants");
        builder.HasOne<Edition>().WithMany().HasForeignKey(p => p.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.EditionId, p.OrganizationId }).IsUnique();
        builder.HasMany(p => p.UnavailableRounds).WithOne().HasForeignKey(u => u.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParticipantUnavailabilityConfiguration : IEntityTypeConfiguration<ParticipantUnavailability>
{
    public void Configure(EntityTypeBuilder<ParticipantUnavailability> builder)
    {
        builder.ToTable("ParticipantUnavailability");
        builder.HasKey(u => new { u.ParticipantId, u.RoundId });
        builder.HasOne<MeetingRound>().WithMany().HasForeignKey(u => u.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MouConfiguration : IEntityTypeConfiguration<Mou>
{
    public void Configure(EntityTypeBuilder<Mou> builder)
    {
        builder.ToTable("Mous");
        builder.HasOne<Edition>().WithMany().HasForeignKey(m => m.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ForumSession>().WithMany().HasForeignKey(m => m.CeremonySessionId).OnDelete(DeleteBehavior.SetNull);
        builder.ComplexProperty(m => m.Title).MapText(ConnectionLimits.Title);
        builder.ComplexProperty(m => m.Summary).MapText(ConnectionLimits.Description);
        builder.Property(m => m.Field).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.CancellationReason).HasMaxLength(ConnectionLimits.Reason);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasMany(m => m.Parties).WithOne().HasForeignKey(p => p.MouId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Witnesses).WithOne().HasForeignKey(w => w.MouId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MouId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Documents).WithOne().HasForeignKey(d => d.MouId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.EditionId, m.Status });
        builder.HasIndex(m => new { m.CeremonySessionId, m.StageOrder });
    }
}

internal sealed class MouPartyConfiguration : IEntityTypeConfiguration<MouParty>
{
    public void Configure(EntityTypeBuilder<MouParty> builder)
    {
        builder.ToTable("MouParties");
        // An organisation that signed an MoU is not deleted out from under the register.
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.SignatoryName).HasMaxLength(ConnectionLimits.PersonName).IsRequired();
        builder.Property(p => p.SignatoryPosition).HasMaxLength(ConnectionLimits.PersonTitle).IsRequired();
        builder.HasIndex(p => new { p.MouId, p.SortOrder });
        builder.HasIndex(p => p.OrganizationId);
    }
}

internal sealed class MouWitnessConfiguration : IEntityTypeConfiguration<MouWitness>
{
    public void Configure(EntityTypeBuilder<MouWitness> builder)
    {
        builder.ToTable("MouWitnesses");
        builder.Property(w => w.Name).HasMaxLength(ConnectionLimits.PersonName).IsRequired();
        builder.Property(w => w.Title).HasMaxLength(ConnectionLimits.PersonTitle).IsRequired();
        builder.HasIndex(w => new { w.MouId, w.SortOrder });
    }
}

internal sealed class MouItemConfiguration : IEntityTypeConfiguration<MouItem>
{
    public void Configure(EntityTypeBuilder<MouItem> builder)
    {
        builder.ToTable("MouItems");
        builder.ComplexProperty(i => i.Text).MapText(ConnectionLimits.ItemText);
        builder.HasIndex(i => new { i.MouId, i.Number }).IsUnique();
    }
}

internal sealed class MouDocumentConfiguration : IEntityTypeConfiguration<MouDocument>
{
    public void Configure(EntityTypeBuilder<MouDocument> builder)
    {
        builder.ToTable("MouDocuments");
        builder.Property(d => d.FileName).HasMaxLength(ConnectionLimits.FileName).IsRequired();
        builder.Property(d => d.StoredName).HasMaxLength(64).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(64).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(d => d.UploadedBy).HasMaxLength(256);
        builder.HasIndex(d => d.StoredName).IsUnique();
    }
}
