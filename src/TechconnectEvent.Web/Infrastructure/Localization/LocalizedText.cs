using System.Globalization;

namespace TechconnectEvent.Web.Infrastructure.Localization;

/// <summary>A text held in both languages of the product; stored as two columns.</summary>
public sealed record LocalizedText(string Vi, string En)
{
    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "vi" || string.IsNullOrWhiteSpace(En) ? Vi : En;

    public string Current => For(CultureInfo.CurrentUICulture);

    public override string ToString() => Current;
}
