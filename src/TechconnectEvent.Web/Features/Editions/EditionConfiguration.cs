using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Editions;

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        builder.HasIndex(e => e.Year).IsUnique();
        builder.ComplexProperty(e => e.Name).MapText(200);
        builder.ComplexProperty(e => e.Theme).MapText(300);
        builder.ComplexProperty(e => e.Venue).MapText(300);
        builder.ComplexProperty(e => e.Province).MapText(100);
        builder.ComplexProperty(e => e.Directions).MapText(1000);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Edition>().WithMany().HasForeignKey(e => e.CopiedFromEditionId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
