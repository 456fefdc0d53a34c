using System.Text;

namespace TechconnectEvent.Web.Features.Organizations;

/// <summary>Small text helpers shared by the exhibitor features.</summary>
public static class TextRules
{
    /// <summary>Trimmed and in NFC, or null when blank — so "  " never becomes a stored value.</summary>
    public static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);
}
