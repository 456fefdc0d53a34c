using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Zones;

namespace TechconnectEvent.Web.Features.Booths;

internal sealed class BoothConfiguration : IEntityTypeConfiguration<Booth>
{
    public void Configure(EntityTypeBuilder<Booth> builder)
    {
        builder.HasOne<Edition>().WithMany().HasForeignKey(b => b.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Zone>().WithMany().HasForeignKey(b => b.ZoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.EditionId, b.Code }).IsUnique();
        builder.Property(b => b.Code).HasMaxLength(16);
        builder.Property(b => b.Size).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Property(b => b.BlockReason).HasMaxLength(300);
        builder.HasOne<Exhibitors.ExhibitorApplication>().WithMany().HasForeignKey(b => b.HeldForApplicationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(b => new { b.EditionId, b.ZoneId });
    }
}

internal sealed class BoothPriceConfiguration : IEntityTypeConfiguration<BoothPrice>
{
    public void Configure(EntityTypeBuilder<BoothPrice> builder)
    {
        builder.HasOne<Edition>().WithMany().HasForeignKey(p => p.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Size).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => new { p.EditionId, p.Size }).IsUnique();
    }
}
