using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Forum.Attendance;

/// <summary>A session's audience: people who said they are interested (registration form), and people admitted at its door.</summary>
public sealed record SessionAudienceCount(int Expected, int Attended)
{
    public static SessionAudienceCount None { get; } = new(0, 0);
}

/// <summary>Expected and attended counts per session, for the attendance page, the chairs' "My sessions" and the clash check.</summary>
public interface ISessionAudience
{
    /// <summary>Counts for the given sessions of the edition; a session with nobody expected or admitted is missing from the answer.</summary>
    Task<IReadOnlyDictionary<int, SessionAudienceCount>> CountAsync(int editionId, IReadOnlyCollection<int> sessionIds,
        CancellationToken cancellationToken = default);
}

/// <summary>Two grouped queries, whatever the number of sessions.</summary>
public sealed class SessionAudience(IDbContextFactory<EventDbContext> dbFactory) : ISessionAudience
{
    public async Task<IReadOnlyDictionary<int, SessionAudienceCount>> CountAsync(int editionId, IReadOnlyCollection<int> sessionIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        if (sessionIds.Count == 0)
        {
            return new Dictionary<int, SessionAudienceCount>();
        }
        var ids = sessionIds.Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // A cancelled or rejected registration no longer comes, so it is no longer expected.
        var expected = await (
                from interest in db.SessionInterests
                join registration in db.Registrations on interest.RegistrationId equals registration.Id
                where ids.Contains(interest.SessionId) && registration.EditionId == editionId
                      && registration.Status != RegistrationStatus.Cancelled && registration.Status != RegistrationStatus.Rejected
                group interest by interest.SessionId into g
                select new { SessionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SessionId, g => g.Count, cancellationToken);
        // Distinct people: a session running past midnight could admit one person once on each day.
        var attended = await (
                from door in db.ScanPoints
                join admission in db.CheckIns on door.Id equals admission.ScanPointId
                where door.EditionId == editionId && door.SessionId != null && ids.Contains(door.SessionId.Value)
                group admission.RegistrationId by door.SessionId!.Value into g
                select new { SessionId = g.Key, Count = g.Distinct().Count() })
            .ToDictionaryAsync(g => g.SessionId, g => g.Count, cancellationToken);
        return ids.Where(id => expected.ContainsKey(id) || attended.ContainsKey(id))
            .ToDictionary(id => id, id => new SessionAudienceCount(expected.GetValueOrDefault(id), attended.GetValueOrDefault(id)));
    }
}
