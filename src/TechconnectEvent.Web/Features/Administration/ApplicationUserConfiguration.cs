using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.Web.Features.Administration;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.PreferredCulture).HasMaxLength(10);
        builder.HasOne<Edition>().WithMany().HasForeignKey(u => u.WorkingEditionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.SetNull);
    }
}
