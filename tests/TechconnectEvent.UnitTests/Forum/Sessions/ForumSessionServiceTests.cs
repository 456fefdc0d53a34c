using TechconnectEvent.UnitTests.Forum.Scheduling;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Scheduling;
using TechconnectEvent.Web.Features.Forum.Sessions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Operations;
using static TechconnectEvent.UnitTests.Forum.Scheduling.ForumTestBed;

namespace TechconnectEvent.UnitTests.Forum.Sessions;

public sealed class ForumSessionServiceTests : IDisposable
{
    private readonly ForumTestBed bed = new();

    private ForumSessionService Service(ICurrentActor? actor = null) => new(bed.Database.Factory, actor ?? Organiser, bed.Audit, bed.Clock, bed.Changes);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly FixedActor ChairOfA = As(ChairA, Roles.SessionChair);

    private async Task<SessionForm> FormOf(int sessionId, ICurrentActor actor) => (await Service(actor).GetEditorAsync(sessionId, Token)).Value!.Form;

    [Fact]
    public async Task A_chair_cannot_open_or_change_another_chairs_session()
    {
        var mine = bed.AddSession("Phiên của A", bed.Hall, Local(29, 9), Local(29, 10), chairs: [ChairA]);
        var theirs = bed.AddSession("Phiên của B", bed.Small, Local(29, 9), Local(29, 10), chairs: [ChairB]);
        var form = await FormOf(mine.Id, ChairOfA);
        form.Version = theirs.Version;

        var open = await Service(ChairOfA).GetEditorAsync(theirs.Id, Token);
        var save = await Service(ChairOfA).SaveAsync(theirs.Id, form, cancellationToken: Token);
        var propose = await Service(ChairOfA).ProposeTimeAsync(theirs.Id, theirs.Version, new DateTime(2023, 9, 29), TimeSpan.FromHours(14), TimeSpan.FromHours(15), null, Token);
        var publish = await Service(ChairOfA).PublishAsync(mine.Id, mine.Version, cancellationToken: Token);

        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(open.Errors).Code);
        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(save.Errors).Code);
        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(propose.Errors).Code);
        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(publish.Errors).Code);
        Assert.Equal("Phiên của B", (await bed.ReloadAsync(theirs.Id)).Title.Vi);
    }

    [Fact]
    public async Task A_chair_changes_content_but_never_room_or_time()
    {
        var mine = bed.AddSession("Phiên của A", bed.Hall, Local(29, 9), Local(29, 10), chairs: [ChairA]);
        var form = await FormOf(mine.Id, ChairOfA);
        form.RoomId = bed.Small;
        form.Start = TimeSpan.FromHours(15);
        form.End = TimeSpan.FromHours(16);
        form.DescriptionVi = "Thảo luận về vật liệu mới";
        form.Speakers.Add(new SpeakerForm { Name = "PGS.TS. Phạm Thị Hương", Organization = "Viện Vật liệu", Minutes = 20 });

        var outcome = await Service(ChairOfA).SaveAsync(mine.Id, form, cancellationToken: Token);

        Assert.True(outcome.Saved, string.Join(", ", outcome.Errors.Select(e => e.Code)));
        var stored = await bed.ReloadAsync(mine.Id);
        Assert.Equal((bed.Hall, Local(29, 9)), (stored.RoomId!.Value, stored.StartsAt));
        Assert.Equal("Thảo luận về vật liệu mới", stored.Description.Vi);
        Assert.Equal("PGS.TS. Phạm Thị Hương", Assert.Single(stored.Speakers).Name);
    }

    [Fact]
    public async Task A_speaker_who_is_elsewhere_at_that_time_blocks_the_save_naming_the_other_session()
    {
        bed.AddSession("Diễn đàn Năng lượng", bed.Small, Local(29, 9), Local(29, 11), SessionStatus.Published,
            speakers: new Speaker { Name = "TS. Đỗ Minh Khoa", Organization = "EVN", Minutes = 15 });
        var mine = bed.AddSession("Phiên của A", bed.Hall, Local(29, 10), Local(29, 11), chairs: [ChairA]);
        var form = await FormOf(mine.Id, ChairOfA);
        form.Speakers.Add(new SpeakerForm { Name = "TS. Do Minh Khoa", Organization = "evn", Minutes = 15 });

        var outcome = await Service(ChairOfA).SaveAsync(mine.Id, form, cancellationToken: Token);

        Assert.False(outcome.Saved);
        var clash = Assert.Single(outcome.Clashes);
        Assert.Equal((ClashKind.PersonDoubleBooked, "Diễn đàn Năng lượng"), (clash.Kind, clash.OtherTitle!.Vi));
        Assert.Empty((await bed.ReloadAsync(mine.Id)).Speakers);
    }

    [Fact]
    public async Task Missing_titles_reversed_times_and_bad_numbers_are_told_next_to_their_fields()
    {
        var editor = await Service().NewAsync(bed.EditionId, Token);
        var form = editor!.Form;
        form.TitleVi = " ";
        form.Start = TimeSpan.FromHours(11);
        form.End = TimeSpan.FromHours(10);
        form.Capacity = 0;
        form.Speakers.Add(new SpeakerForm { Name = "", Minutes = -5 });

        var outcome = await Service().CreateAsync(bed.EditionId, form, cancellationToken: Token);

        Assert.False(outcome.Saved);
        Assert.Equal(
            ["Capacity", "End", "Speakers[0].Minutes", "Speakers[0].Name", "TitleEn", "TitleVi"],
            outcome.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task A_change_to_a_published_session_is_audited_field_by_field_and_raises_its_sequence()
    {
        var editor = await Service().NewAsync(bed.EditionId, Token);
        var form = editor!.Form;
        form.TitleVi = "Khoa học cho sức khỏe";
        form.TitleEn = "Science for health";
        form.RoomId = bed.Hall;
        var created = await Service().CreateAsync(bed.EditionId, form, cancellationToken: Token);
        var published = await Service().PublishAsync(created.SessionId, created.Version, cancellationToken: Token);
        var edit = await FormOf(created.SessionId, Organiser);
        edit.TitleEn = "Science for health (agriculture and medicine)";

        var changed = await Service().SaveAsync(created.SessionId, edit, cancellationToken: Token);

        Assert.True(changed.Saved);
        var stored = await bed.ReloadAsync(created.SessionId);
        Assert.Equal((SessionStatus.Published, 1), (stored.Status, stored.Sequence));
        Assert.Equal(bed.Clock.GetUtcNow(), stored.ChangedAfterPublishAt);
        var entries = await bed.AuditAsync(ForumSessionService.ChangedAction);
        var entry = Assert.Single(entries);
        Assert.Contains("TitleEn", entry.After);
        Assert.DoesNotContain("TitleVi", entry.After);
        Assert.True(published.Saved);
    }

    [Fact]
    public async Task A_proposed_time_that_double_books_the_room_is_refused_naming_the_other_session_and_a_free_one_waits_for_the_organisers()
    {
        bed.AddSession("Lễ khai mạc", bed.Hall, Local(29, 8), Local(29, 9), SessionStatus.Published);
        var mine = bed.AddSession("Phiên của A", bed.Hall, Local(29, 10), Local(29, 11), SessionStatus.Published, chairs: [ChairA]);
        var day = new DateTime(2023, 9, 29);

        var clashing = await Service(ChairOfA).ProposeTimeAsync(mine.Id, mine.Version, day, TimeSpan.FromHours(8.5), TimeSpan.FromHours(9.5), null, Token);
        var free = await Service(ChairOfA).ProposeTimeAsync(mine.Id, mine.Version, day, TimeSpan.FromHours(14), TimeSpan.FromHours(15), "Diễn giả đến muộn", Token);

        Assert.False(clashing.Saved);
        Assert.Equal("Lễ khai mạc", Assert.Single(clashing.Clashes).OtherTitle!.Vi);
        Assert.True(free.Saved);
        var proposed = await bed.ReloadAsync(mine.Id);
        Assert.Equal((Local(29, 10), Local(29, 14), 0), (proposed.StartsAt, proposed.ProposedStartsAt!.Value, proposed.Sequence));

        var accepted = await Service().AcceptProposalAsync(mine.Id, free.Version, cancellationToken: Token);

        Assert.True(accepted.Saved);
        var moved = await bed.ReloadAsync(mine.Id);
        Assert.Equal((Local(29, 14), Local(29, 15), (DateTimeOffset?)null, 1), (moved.StartsAt, moved.EndsAt, moved.ProposedStartsAt, moved.Sequence));
    }

    [Fact]
    public async Task Only_drafts_are_deleted_and_only_published_sessions_cancelled_with_a_reason()
    {
        var draft = bed.AddSession("Nháp", bed.Hall, Local(29, 9), Local(29, 10));
        var published = bed.AddSession("Đã công bố", bed.Small, Local(29, 9), Local(29, 10), SessionStatus.Published);

        Assert.Equal(SessionErrors.OnlyDraftsDeleted, Assert.Single((await Service().DeleteAsync(published.Id, published.Version, Token)).Errors).Code);
        Assert.Equal(SessionErrors.OnlyPublishedCancelled, Assert.Single((await Service().CancelAsync(draft.Id, draft.Version, "x", Token)).Errors).Code);
        Assert.Equal("Reason", Assert.Single((await Service().CancelAsync(published.Id, published.Version, "  ", Token)).Errors).Field);
        Assert.True((await Service().CancelAsync(published.Id, published.Version, "Diễn giả chính vắng mặt", Token)).Saved);
        Assert.True((await Service().DeleteAsync(draft.Id, draft.Version, Token)).Saved);

        var cancelled = await bed.ReloadAsync(published.Id);
        Assert.Equal((SessionStatus.Cancelled, "Diễn giả chính vắng mặt", 1), (cancelled.Status, cancelled.CancellationReason, cancelled.Sequence));
    }

    [Fact]
    public async Task A_stale_form_is_a_concurrency_conflict()
    {
        var session = bed.AddSession("Phiên", bed.Hall, Local(29, 9), Local(29, 10));
        var first = await FormOf(session.Id, Organiser);
        var second = await FormOf(session.Id, Organiser);
        first.TitleEn = "First";
        second.TitleEn = "Second";

        Assert.True((await Service().SaveAsync(session.Id, first, cancellationToken: Token)).Saved);
        var stale = await Service().SaveAsync(session.Id, second, cancellationToken: Token);

        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(stale.Errors).Code);
        Assert.Equal("First", (await bed.ReloadAsync(session.Id)).Title.En);
    }

    public void Dispose() => bed.Dispose();
}
