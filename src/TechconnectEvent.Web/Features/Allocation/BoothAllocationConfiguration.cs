using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.Web.Features.Allocation;

internal sealed class BoothAllocationConfiguration : IEntityTypeConfiguration<BoothAllocation>
{
    public void Configure(EntityTypeBuilder<BoothAllocation> builder)
    {
        builder.HasOne<Edition>().WithMany().HasForeignKey(a => a.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Booth>().WithMany().HasForeignKey(a => a.BoothId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ExhibitorApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // The database's own guarantee against double booking.
        builder.HasIndex(a => a.BoothId).IsUnique();
        builder.HasIndex(a => a.ApplicationId);
        builder.Property(a => a.AllocatedBy).HasMaxLength(256);
        builder.Property(a => a.OverrideReason).HasMaxLength(500);
    }
}
