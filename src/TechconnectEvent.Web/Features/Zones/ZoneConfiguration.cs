using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Zones;

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> builder)
    {
        builder.HasOne<Edition>().WithMany().HasForeignKey(z => z.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(z => new { z.EditionId, z.Code }).IsUnique();
        builder.Property(z => z.Code).HasMaxLength(16);
        builder.ComplexProperty(z => z.Name).MapText(200);
        builder.Property(z => z.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(z => z.Colour).HasMaxLength(7);
        builder.ComplexProperty(z => z.Description, d =>
        {
            d.Property(t => t.Vi).HasMaxLength(2000).IsRequired();
            d.Property(t => t.En).HasMaxLength(2000).IsRequired();
        });
        builder.Property(z => z.Version).IsConcurrencyToken();
    }
}
