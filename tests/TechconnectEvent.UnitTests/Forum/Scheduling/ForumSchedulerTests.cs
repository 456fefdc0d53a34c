using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Scheduling;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Operations;
using static TechconnectEvent.UnitTests.Forum.Scheduling.ForumTestBed;

namespace TechconnectEvent.UnitTests.Forum.Scheduling;

public sealed class ForumSchedulerTests : IDisposable
{
    private readonly ForumTestBed bed = new();

    private ForumScheduler Scheduler(ICurrentActor? actor = null) =>
        new(bed.Database.Factory, actor ?? Organiser, bed.Audit, bed.Clock, bed.Changes);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_free_slot_is_saved_audited_and_announced()
    {
        var session = bed.AddSession("Vật liệu mới", bed.Hall, Local(29, 9), Local(29, 10));
        var announced = new TaskCompletionSource<ForumChange>();
        using var _ = bed.Changes.Subscribe(change => { announced.TrySetResult(change); return Task.CompletedTask; });

        var outcome = await Scheduler().MoveAsync(new SessionPlacement(session.Id, session.Version, bed.Small, Local(29, 14), Local(29, 15)), Token);

        Assert.True(outcome.Saved);
        var stored = await bed.ReloadAsync(session.Id);
        Assert.Equal((bed.Small, Local(29, 14), Local(29, 15)), (stored.RoomId!.Value, stored.StartsAt, stored.EndsAt));
        Assert.Equal(outcome.Version, stored.Version);
        Assert.Equal(0, stored.Sequence);
        Assert.Null(stored.ChangedAfterPublishAt);
        var entry = Assert.Single(await bed.AuditAsync(ForumScheduler.MovedAction));
        Assert.Contains("Hội trường A", entry.Before);
        Assert.Contains("Phòng họp B", entry.After);
        Assert.Equal(new ForumChange(bed.EditionId, session.Id), await announced.Task.WaitAsync(TimeSpan.FromSeconds(5), Token));
    }

    [Fact]
    public async Task Moving_a_published_session_raises_its_sequence_and_marks_it_updated()
    {
        var session = bed.AddSession("Năng lượng xanh", bed.Hall, Local(29, 9), Local(29, 10), SessionStatus.Published);

        var outcome = await Scheduler().MoveAsync(new SessionPlacement(session.Id, session.Version, bed.Hall, Local(29, 10), Local(29, 11)), Token);

        Assert.True(outcome.Saved);
        var stored = await bed.ReloadAsync(session.Id);
        Assert.Equal(1, stored.Sequence);
        Assert.Equal(bed.Clock.GetUtcNow(), stored.ChangedAfterPublishAt);
    }

    [Fact]
    public async Task A_hard_clash_blocks_the_move_even_when_warnings_are_accepted()
    {
        var held = bed.AddSession("Diễn đàn Công nghệ và Năng lượng", bed.Hall, Local(29, 9), Local(29, 11));
        var session = bed.AddSession("Logistics", bed.Small, Local(29, 14), Local(29, 15));

        var outcome = await Scheduler().MoveAsync(new SessionPlacement(session.Id, session.Version, bed.Hall, Local(29, 10), Local(29, 11), AcceptWarnings: true), Token);

        Assert.False(outcome.Saved);
        Assert.False(outcome.NeedsAcceptance);
        var clash = Assert.Single(outcome.Clashes);
        Assert.Equal((ClashKind.RoomDoubleBooked, held.Id), (clash.Kind, clash.OtherSessionId!.Value));
        Assert.Equal(bed.Small, (await bed.ReloadAsync(session.Id)).RoomId);
        Assert.Empty(await bed.AuditAsync(ForumScheduler.MovedAction));
    }

    [Fact]
    public async Task A_warning_needs_acceptance_and_then_saves()
    {
        var session = bed.AddSession("Khoa học cho sức khỏe", bed.Hall, Local(29, 9), Local(29, 10));
        bed.AddAudience(session.Id, 41);
        var placement = new SessionPlacement(session.Id, session.Version, bed.Small, Local(29, 9), Local(29, 10));

        var first = await Scheduler().MoveAsync(placement, Token);
        var second = await Scheduler().MoveAsync(placement with { AcceptWarnings = true }, Token);

        Assert.False(first.Saved);
        Assert.True(first.NeedsAcceptance);
        Assert.Equal(ClashKind.AudienceAboveCapacity, Assert.Single(first.Clashes).Kind);
        Assert.True(second.Saved);
        Assert.Equal(bed.Small, (await bed.ReloadAsync(session.Id)).RoomId);
    }

    [Fact]
    public async Task A_stale_version_is_a_concurrency_conflict()
    {
        var session = bed.AddSession("Công nghệ thông tin", bed.Hall, Local(29, 9), Local(29, 10));
        Assert.True((await Scheduler().MoveAsync(new SessionPlacement(session.Id, session.Version, bed.Hall, Local(29, 10), Local(29, 11)), Token)).Saved);

        var stale = await Scheduler().MoveAsync(new SessionPlacement(session.Id, session.Version, bed.Small, Local(29, 13), Local(29, 14)), Token);

        Assert.False(stale.Saved);
        Assert.Equal(CommonErrors.Codes.Concurrency, stale.Error!.Code);
        Assert.Equal(Local(29, 10), (await bed.ReloadAsync(session.Id)).StartsAt);
    }

    [Fact]
    public async Task Only_organisers_move_sessions_or_see_conflicts()
    {
        var session = bed.AddSession("Chuyển đổi số", bed.Hall, Local(29, 9), Local(29, 10), chairs: [ChairA]);
        bed.AddSession("Chuyển đổi xanh", bed.Hall, Local(29, 9, 30), Local(29, 10, 30));
        var chair = Scheduler(As(ChairA, Roles.SessionChair));

        var outcome = await chair.MoveAsync(new SessionPlacement(session.Id, session.Version, bed.Small, Local(29, 13), Local(29, 14)), Token);

        Assert.Equal(CommonErrors.Codes.Forbidden, outcome.Error!.Code);
        Assert.Equal(bed.Hall, (await bed.ReloadAsync(session.Id)).RoomId);
        Assert.Empty(await chair.GetConflictsAsync(bed.EditionId, Token));
        Assert.Single(await Scheduler().GetConflictsAsync(bed.EditionId, Token));
    }

    [Fact]
    public async Task Check_sees_a_chair_in_another_session_and_ignores_cancelled_ones()
    {
        var busy = bed.AddSession("Phiên sáng", bed.Hall, Local(29, 9), Local(29, 11), chairs: [ChairA]);
        bed.AddSession("Phiên đã hủy", bed.Small, Local(29, 9), Local(29, 11), SessionStatus.Cancelled);
        var session = bed.AddSession("Phiên chiều", bed.Small, Local(29, 14), Local(29, 15), chairs: [ChairA]);

        var clash = Assert.Single(await Scheduler().CheckAsync(new SessionPlacement(session.Id, session.Version, bed.Small, Local(29, 10), Local(29, 11)), Token));

        Assert.Equal((ClashKind.PersonDoubleBooked, busy.Id, "Trần Thị Bình"), (clash.Kind, clash.OtherSessionId!.Value, clash.Person));
    }

    [Fact]
    public async Task A_room_of_another_edition_is_refused_next_to_the_room_field()
    {
        var session = bed.AddSession("Phiên", bed.Hall, Local(29, 9), Local(29, 10));

        var outcome = await Scheduler().MoveAsync(new SessionPlacement(session.Id, session.Version, 9999, Local(29, 9), Local(29, 10)), Token);

        Assert.Equal((SchedulingErrors.RoomUnknown, nameof(SessionPlacement.RoomId)), (outcome.Error!.Code, outcome.Error.Field));
    }

    public void Dispose() => bed.Dispose();
}
