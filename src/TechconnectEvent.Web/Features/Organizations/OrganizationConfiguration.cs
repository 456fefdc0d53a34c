using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    /// <summary>Two names of 300 and a short name of 40, folded (never longer) and joined.</summary>
    private const int SearchKeyLength = 700;

    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ComplexProperty(o => o.Name).MapText(300);
        builder.HasIndex(o => o.ShortName);
        builder.Property(o => o.ShortName).HasMaxLength(40);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Country).HasMaxLength(2);
        builder.Property(o => o.Province).HasMaxLength(100);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.ContactPerson).HasMaxLength(150);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.Phone).HasMaxLength(40);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.NameKey).HasMaxLength(SearchKeyLength);
        builder.HasIndex(o => o.NameKey);
    }
}
