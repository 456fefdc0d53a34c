using System.Globalization;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Editions;

namespace TechconnectEvent.Web.Features.Forum.Attendance;

/// <summary>
/// What a session's door looks like as a scan point. The code is "S_{id}": gate codes may only hold letters, digits
/// and hyphens (GateRules), so an underscore can never collide with a gate, and ids are unique, so two doors never
/// share a code in any case.
/// </summary>
public static class SessionDoors
{
    public const string CodePrefix = "S_";

    public static string Code(int sessionId) => CodePrefix + sessionId.ToString(CultureInfo.InvariantCulture);

    /// <summary>"29/09 14:00 · Diễn đàn …": the local start and the Vietnamese title, as staff pick it, within the column's length.</summary>
    public static string Name(ForumSession session, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var start = EditionClock.ToLocal(session.StartsAt, timeZoneId).ToString("dd/MM HH:mm", CultureInfo.InvariantCulture);
        var name = $"{start} · {session.Title.Vi.Trim()}".Normalize();
        return name.Length <= ScanPointLimits.Name ? name : name[..(ScanPointLimits.Name - 1)].TrimEnd() + "…";
    }

    /// <summary>A door admits only while its session is public; a draft or cancelled session keeps a closed door (and its history).</summary>
    public static bool IsOpenFor(ForumSession session) => session.Status == SessionStatus.Published;

    /// <summary>Brings <paramref name="door"/> in step with its session; true when anything changed.</summary>
    public static bool Apply(ScanPoint door, ForumSession session, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(door);
        var code = Code(session.Id);
        var name = Name(session, timeZoneId);
        var closed = !IsOpenFor(session);
        if (door.Kind == ScanPointKind.SessionDoor && door.Code == code && door.Name == name && door.IsClosed == closed
            && door.StartsAt == session.StartsAt && door.EndsAt == session.EndsAt && door.SessionId == session.Id)
        {
            return false;
        }
        door.Kind = ScanPointKind.SessionDoor;
        door.SessionId = session.Id;
        door.Code = code;
        door.Name = name;
        door.IsClosed = closed;
        door.StartsAt = session.StartsAt;
        door.EndsAt = session.EndsAt;
        return true;
    }
}
