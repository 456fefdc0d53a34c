namespace TechconnectEvent.Web.Features.Administration;

/// <summary>The roles of the product. Names are stored in the database: never rename one.</summary>
public static class Roles
{
    public const string Organiser = nameof(Organiser);
    public const string SessionChair = nameof(SessionChair);
    public const string Staff = nameof(Staff);
    public const string Exhibitor = nameof(Exhibitor);
    public const string Delegate = nameof(Delegate);

    public static readonly IReadOnlyList<string> All = [Organiser, SessionChair, Staff, Exhibitor, Delegate];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
