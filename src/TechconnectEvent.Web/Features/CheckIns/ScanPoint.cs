using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.CheckIns;

/// <summary>
/// A place where badges are scanned: a gate of the fair (entry, once per person and day) or the door of a forum
/// session (attendance, once per person and session). Scanner devices name it by <see cref="Code"/>.
/// </summary>
public sealed class ScanPoint : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public ScanPointKind Kind { get; set; } = ScanPointKind.Gate;
    /// <summary>Short, unique within the edition, what a scanner sends as <c>gate</c> ("A", "north" …).</summary>
    public string Code { get; set; } = "";
    /// <summary>What staff and the dashboard read ("Cổng A").</summary>
    public string Name { get; set; } = "";
    /// <summary>Where it is, for the staff sent there ("Đường Trần Duy Hưng, trước sảnh chính").</summary>
    public string? Location { get; set; }
    public int SortOrder { get; set; }
    /// <summary>A closed gate takes no more scans; its history stays.</summary>
    public bool IsClosed { get; set; }
    /// <summary>For a session door: the forum session it admits to (the forum keeps name, times and closing in step).</summary>
    public int? SessionId { get; set; }
    /// <summary>For a session door: when its session starts and ends, so that staff pick today's doors in time order.</summary>
    public DateTimeOffset? StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    public long Version { get; set; }
}

/// <summary>Which scan point a scanner, an operator or a device setting means by a piece of text.</summary>
public static class ScanPointLookup
{
    /// <summary>The point whose code is <paramref name="text"/> in any case, else whose name is it exactly (NFC); null for none.</summary>
    public static T? Find<T>(IEnumerable<T> points, string text, Func<T, string> code, Func<T, string> name) where T : class
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(text);
        var wanted = text.Trim().Normalize();
        var list = points as IReadOnlyCollection<T> ?? [.. points];
        return list.FirstOrDefault(p => string.Equals(code(p), wanted, StringComparison.OrdinalIgnoreCase))
            ?? list.FirstOrDefault(p => string.Equals(name(p), wanted, StringComparison.Ordinal));
    }
}

public enum ScanPointKind
{
    Gate = 0,
    SessionDoor = 1,
}

public static class ScanPointLimits
{
    public const int Code = 32;
    public const int Name = 80;
    public const int Location = 200;
}
