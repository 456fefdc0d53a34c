using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Exhibitors;

internal sealed class ExhibitorApplicationConfiguration : IEntityTypeConfiguration<ExhibitorApplication>
{
    public void Configure(EntityTypeBuilder<ExhibitorApplication> builder)
    {
        builder.ToTable("ExhibitorApplications");
        builder.HasOne<Edition>().WithMany().HasForeignKey(a => a.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Zone>().WithMany().HasForeignKey(a => a.ZonePreference1Id).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Zone>().WithMany().HasForeignKey(a => a.ZonePreference2Id).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Zone>().WithMany().HasForeignKey(a => a.ZonePreference3Id).OnDelete(DeleteBehavior.SetNull);
        // One application per organisation and edition.
        builder.HasIndex(a => new { a.EditionId, a.OrganizationId }).IsUnique();
        builder.Property(a => a.SizeWanted).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.SponsorTier).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Notes).HasMaxLength(2000);
        builder.Property(a => a.DecisionReason).HasMaxLength(500);
        builder.Property(a => a.NeighbourWish).HasMaxLength(200);
        builder.Property(a => a.ContactName).HasMaxLength(100);
        builder.Property(a => a.ContactPosition).HasMaxLength(100);
        builder.Property(a => a.ContactEmail).HasMaxLength(256);
        builder.Property(a => a.ContactPhone).HasMaxLength(30);
        builder.Property(a => a.SubmittedOrganizationName).HasMaxLength(200);
        builder.Property(a => a.ConsentVersion).HasMaxLength(20);
        builder.HasIndex(a => new { a.EditionId, a.Status });
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class TechnologyConfiguration : IEntityTypeConfiguration<Technology>
{
    public void Configure(EntityTypeBuilder<Technology> builder)
    {
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Edition>().WithMany().HasForeignKey(t => t.EditionId).OnDelete(DeleteBehavior.SetNull);
        builder.ComplexProperty(t => t.Title).MapText(300);
        builder.Property(t => t.Field).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.OfferType).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Description).HasMaxLength(4000);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.OrganizationId);
        // Two titles of 300, folded (never longer) and joined.
        builder.Property(t => t.TitleKey).HasMaxLength(700);
        builder.HasIndex(t => t.TitleKey);
    }
}
