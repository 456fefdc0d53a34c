using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Infrastructure.Data;

internal static class LocalizedTextMapping
{
    /// <summary>Maps a bilingual text to two required columns, <c>X_Vi</c> and <c>X_En</c>.</summary>
    public static ComplexPropertyBuilder<LocalizedText> MapText(this ComplexPropertyBuilder<LocalizedText> text, int maxLength)
    {
        text.Property(t => t.Vi).HasMaxLength(maxLength).IsRequired();
        text.Property(t => t.En).HasMaxLength(maxLength).IsRequired();
        return text;
    }
}
