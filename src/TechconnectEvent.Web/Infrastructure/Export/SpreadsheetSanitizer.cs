namespace TechconnectEvent.Web.Infrastructure.Export;

/// <summary>
/// Neutralises text that a spreadsheet would run as a formula (CSV/formula injection, OWASP): a cell starting
/// with = + - @ tab or carriage return gets a leading single quote, so Excel and LibreOffice show it as text.
/// </summary>
public static class SpreadsheetSanitizer
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string? value) =>
        string.IsNullOrEmpty(value) ? "" : Array.IndexOf(Triggers, value[0]) >= 0 ? "'" + value : value;
}
