using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;

namespace TechconnectEvent.Web.Features.CheckIns;

internal sealed class ScanPointConfiguration : IEntityTypeConfiguration<ScanPoint>
{
    public void Configure(EntityTypeBuilder<ScanPoint> builder)
    {
        builder.ToTable("ScanPoints");
        builder.HasOne<Edition>().WithMany().HasForeignKey(p => p.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Code).HasMaxLength(ScanPointLimits.Code).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(ScanPointLimits.Name).IsRequired();
        builder.Property(p => p.Location).HasMaxLength(ScanPointLimits.Location);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.EditionId, p.Code }).IsUnique();
    }
}

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.ToTable("Devices");
        builder.HasOne<Edition>().WithMany().HasForeignKey(d => d.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ScanPoint>().WithMany().HasForeignKey(d => d.DefaultScanPointId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(d => d.Name).HasMaxLength(DeviceLimits.Name).IsRequired();
        builder.Property(d => d.KeyHash).HasMaxLength(64).IsRequired();
        builder.Property(d => d.KeyHint).HasMaxLength(DeviceKeys.HintLength).IsRequired();
        builder.Property(d => d.CreatedBy).HasMaxLength(256);
        builder.Property(d => d.RevokedBy).HasMaxLength(256);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.IsRevoked);
        builder.HasIndex(d => d.KeyHash).IsUnique();
    }
}

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("CheckIns");
        builder.HasOne<Edition>().WithMany().HasForeignKey(c => c.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Registration>().WithMany().HasForeignKey(c => c.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ScanPoint>().WithMany().HasForeignKey(c => c.ScanPointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Device>().WithMany().HasForeignKey(c => c.DeviceId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.StaffUserId).HasMaxLength(450);
        // One admission per person, scope and day: the arbiter when the same badge reaches two gates at once.
        builder.HasIndex(c => new { c.RegistrationId, c.Scope, c.DayIndex }).IsUnique();
        // The dashboard's counts by hour and by gate.
        builder.HasIndex(c => new { c.EditionId, c.At });
        builder.HasIndex(c => new { c.EditionId, c.ScanPointId });
    }
}

internal sealed class ScanRecordConfiguration : IEntityTypeConfiguration<ScanRecord>
{
    public void Configure(EntityTypeBuilder<ScanRecord> builder)
    {
        builder.ToTable("ScanLog");
        builder.HasOne<Edition>().WithMany().HasForeignKey(s => s.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.StaffUserId).HasMaxLength(450);
        builder.Property(s => s.Code).HasMaxLength(ScanLimits.Code);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Reason).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.NonceKey).HasMaxLength(ScanLimits.NonceKey);
        // No foreign keys to the registration, device or scan point: the log outlives what it names (erasure).
        builder.HasIndex(s => s.NonceKey).IsUnique();
        builder.HasIndex(s => new { s.EditionId, s.At });
    }
}
