namespace TechconnectEvent.Web.Features.Forum;

/// <summary>
/// Published (through <c>ChangeNotifier&lt;ForumChange&gt;</c>) after any committed change to an edition's sessions,
/// rooms or topics, so that open boards, conflicts panels, chairs' pages and the public agenda's cache catch up.
/// </summary>
/// <param name="SessionId">The session that changed; null for a room or topic change or several sessions at once.</param>
public sealed record ForumChange(int EditionId, int? SessionId);
