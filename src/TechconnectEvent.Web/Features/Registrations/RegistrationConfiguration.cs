using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Registrations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("Registrations");
        builder.HasOne<Edition>().WithMany().HasForeignKey(r => r.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RegistrationCategory>().WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Honorific).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.FullName).HasMaxLength(RegistrationLimits.FullName).IsRequired();
        builder.Property(r => r.OrganizationName).HasMaxLength(RegistrationLimits.Organization);
        builder.Property(r => r.Position).HasMaxLength(RegistrationLimits.Position);
        builder.Property(r => r.Email).HasMaxLength(RegistrationLimits.Email);
        builder.Property(r => r.EmailKey).HasMaxLength(RegistrationLimits.Email);
        builder.Property(r => r.Phone).HasMaxLength(RegistrationLimits.Phone);
        builder.Property(r => r.Nationality).HasMaxLength(2).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Ribbon).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.DecisionReason).HasMaxLength(RegistrationLimits.Reason);
        builder.Property(r => r.ConsentVersion).HasMaxLength(20);
        builder.Property(r => r.BadgeCode).HasMaxLength(BadgeCodes.Length).IsRequired();
        builder.Property(r => r.LastPrintedBy).HasMaxLength(256);
        builder.Property(r => r.ManagementTokenHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.NameKey).HasMaxLength(RegistrationLimits.FullName);
        builder.Property(r => r.SearchKey).HasMaxLength(1000);
        builder.Property(r => r.Version).IsConcurrencyToken();

        // A badge code and a management link each find exactly one registration, in any edition.
        builder.HasIndex(r => r.BadgeCode).IsUnique();
        builder.HasIndex(r => r.ManagementTokenHash).IsUnique();
        // One registration per e-mail address and edition; people without an address (null) are not limited.
        builder.HasIndex(r => new { r.EditionId, r.EmailKey }).IsUnique();
        // The grid's default order and its common filters.
        builder.HasIndex(r => new { r.EditionId, r.NameKey });
        builder.HasIndex(r => new { r.EditionId, r.Status });
        builder.HasIndex(r => new { r.EditionId, r.CategoryId, r.Status });
    }
}

internal sealed class RegistrationCategoryConfiguration : IEntityTypeConfiguration<RegistrationCategory>
{
    public void Configure(EntityTypeBuilder<RegistrationCategory> builder)
    {
        builder.ToTable("RegistrationCategories");
        builder.HasOne<Edition>().WithMany().HasForeignKey(c => c.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.EditionId, c.Code }).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.ComplexProperty(c => c.Name).MapText(100);
        builder.Property(c => c.Colour).HasMaxLength(7);
        builder.Property(c => c.Ribbon).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

internal sealed class RetiredBadgeCodeConfiguration : IEntityTypeConfiguration<RetiredBadgeCode>
{
    public void Configure(EntityTypeBuilder<RetiredBadgeCode> builder)
    {
        builder.ToTable("RetiredBadgeCodes");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(BadgeCodes.Length);
        builder.HasOne<Registration>().WithMany().HasForeignKey(c => c.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
