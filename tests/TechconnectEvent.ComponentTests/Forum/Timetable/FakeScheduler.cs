using TechconnectEvent.Web.Features.Forum.Scheduling;

namespace TechconnectEvent.ComponentTests.Forum.Timetable;

/// <summary>Answers with the clashes a test sets, and remembers every placement it was asked about.</summary>
internal sealed class FakeScheduler : IForumScheduler
{
    public List<SessionPlacement> Checked { get; } = [];
    public List<SessionPlacement> Moves { get; } = [];
    public IReadOnlyList<Clash> Clashes { get; set; } = [];
    public IReadOnlyList<Clash> Conflicts { get; set; } = [];

    public Task<IReadOnlyList<Clash>> CheckAsync(SessionPlacement placement, CancellationToken cancellationToken = default)
    {
        Checked.Add(placement);
        return Task.FromResult(Clashes);
    }

    /// <summary>Saves unless a hard clash stands, or warnings the placement did not accept.</summary>
    public Task<ScheduleOutcome> MoveAsync(SessionPlacement placement, CancellationToken cancellationToken = default)
    {
        Moves.Add(placement);
        var blocking = Clashes.Any(c => c.Severity == ClashSeverity.Blocking);
        var saved = !blocking && (Clashes.Count == 0 || placement.AcceptWarnings);
        return Task.FromResult(new ScheduleOutcome(saved, placement.Version + (saved ? 1 : 0), saved ? [] : Clashes, null));
    }

    public Task<IReadOnlyList<Clash>> GetConflictsAsync(int editionId, CancellationToken cancellationToken = default) => Task.FromResult(Conflicts);
}
