namespace TechconnectEvent.Web.Features.Directory.Pages;

/// <summary>Links between the directory and its plan that keep the visitor's search.</summary>
public static class DirectoryLinks
{
    public const string Directory = "exhibitors";
    public const string Plan = "exhibitors/plan";

    public static string To(string page, DirectorySearch search)
    {
        var parts = new List<string>(3);
        Add(parts, "q", search.Query);
        Add(parts, "zone", search.ZoneCode);
        Add(parts, "field", search.Field?.ToString());
        return parts.Count == 0 ? page : $"{page}?{string.Join('&', parts)}";
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
