using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Forum.Scheduling;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Rooms;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.UnitTests.Forum.Rooms;

public sealed class RoomAdminServiceTests : IDisposable
{
    private readonly ForumTestBed bed = new();
    private readonly List<ForumChange> published = [];
    private readonly IDisposable watch;

    public RoomAdminServiceTests() => watch = bed.Changes.Subscribe(change =>
    {
        lock (published)
        {
            published.Add(change);
        }
        return Task.CompletedTask;
    });

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private RoomAdminService Service(FixedActor? actor = null) => new(bed.Database, bed.Audit, actor ?? ForumTestBed.Organiser, bed.Changes);

    [Fact]
    public async Task CreateRoom_WithoutNamesAndSeats_NamesEachField_AndWritesNothing()
    {
        var result = await Service().CreateRoomAsync(bed.EditionId, new RoomInput { NameVi = "  ", NameEn = "", Capacity = 0 }, Token);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [(RoomRules.Fields.NameVi, "Forum.Rooms.NameViRequired"), (RoomRules.Fields.NameEn, "Forum.Rooms.NameEnRequired"), (RoomRules.Fields.Capacity, "Forum.Rooms.CapacityInvalid")],
            result.Errors.Select(e => (e.Field, e.Code)).ToList());
        Assert.Equal(2, await RoomCountAsync());
    }

    [Fact]
    public async Task CreateRoom_KeepsTheVietnameseName_AuditsIt_AndTellsOpenBoards()
    {
        var result = await Service().CreateRoomAsync(bed.EditionId,
            new RoomInput { NameVi = "Phòng Hạ Long 3", NameEn = "Ha Long room 3", Capacity = 120, LocationNote = "Tầng 2, cánh trái", SortOrder = 3 }, Token);

        Assert.True(result.Succeeded);
        var room = await RoomAsync(result.Value);
        Assert.Equal(("Phòng Hạ Long 3", 120, "Tầng 2, cánh trái"), (room.Name.Vi, room.Capacity, room.LocationNote));
        Assert.Single(await bed.AuditAsync("forum.room.created"));
        await WaitForAsync(() => published.Contains(new ForumChange(bed.EditionId, null)));
    }

    [Theory]
    [InlineData("#FFEB3B")]
    [InlineData("#777777")]
    public async Task CreateTopic_ColourTooLightForWhiteText_IsRefusedBesideTheColour(string colour)
    {
        var result = await Service().CreateTopicAsync(bed.EditionId, Topic("robotics", colour), Token);

        var error = Assert.Single(result.Errors);
        Assert.Equal((RoomRules.Fields.Colour, "Forum.Topics.ColourTooLight"), (error.Field, error.Code));
        Assert.Equal(0, await TopicCountAsync());
    }

    [Fact]
    public async Task CreateTopic_DarkEnoughColour_IsSavedInUpperCase()
    {
        var result = await Service().CreateTopicAsync(bed.EditionId, Topic(" Robotics ", "#767676"), Token);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        await using var db = bed.Database.CreateContext();
        var topic = await db.Topics.SingleAsync(t => t.Id == result.Value, Token);
        Assert.Equal(("robotics", "#767676"), (topic.Code, topic.Colour));
    }

    [Theory]
    [InlineData("#FFFFFF", 1.0)]
    [InlineData("#000000", 21.0)]
    [InlineData("#767676", 4.54)]
    [InlineData("#777777", 4.48)]
    public void ContrastWithWhite_FollowsWcag(string colour, double expected) =>
        Assert.Equal(expected, RoomRules.ContrastWithWhite(colour), 2);

    [Fact]
    public async Task CreateTopic_CodeTheEditionHas_IsRefusedBesideTheCode()
    {
        Assert.True((await Service().CreateTopicAsync(bed.EditionId, Topic("robotics", "#1565C0"), Token)).Succeeded);

        var result = await Service().CreateTopicAsync(bed.EditionId, Topic("ROBOTICS", "#2E7D32"), Token);

        var error = Assert.Single(result.Errors);
        Assert.Equal((RoomRules.Fields.Code, RoomAdminService.CodeTakenError), (error.Field, error.Code));
    }

    [Fact]
    public async Task DeleteRoom_ThatASessionUses_IsRefused_ButArchivingKeepsTheSession()
    {
        var session = bed.AddSession("Phiên chuyên đề Năng lượng xanh", bed.Hall, ForumTestBed.Local(29, 9), ForumTestBed.Local(29, 10));
        var hall = await RoomAsync(bed.Hall);

        var refused = await Service().DeleteRoomAsync(bed.Hall, hall.Version, Token);
        var archived = await Service().ArchiveRoomAsync(bed.Hall, hall.Version, Token);

        Assert.Equal(RoomAdminService.RoomInUseError, Assert.Single(refused.Errors).Code);
        Assert.True(archived.Succeeded);
        Assert.True((await RoomAsync(bed.Hall)).IsArchived);
        Assert.Equal(bed.Hall, (await bed.ReloadAsync(session.Id)).RoomId);
        Assert.Single(await bed.AuditAsync("forum.room.archived"));
    }

    [Fact]
    public async Task DeleteRoom_NoSessionUses_RemovesIt_AndAuditsTheRoomAsItWas()
    {
        var small = await RoomAsync(bed.Small);

        var result = await Service().DeleteRoomAsync(bed.Small, small.Version, Token);

        Assert.True(result.Succeeded);
        Assert.Equal(1, await RoomCountAsync());
        var entry = Assert.Single(await bed.AuditAsync("forum.room.deleted"));
        Assert.Contains("Phòng họp B", entry.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteTopic_ThatASessionWears_IsRefused()
    {
        var created = await Service().CreateTopicAsync(bed.EditionId, Topic("robotics", "#1565C0"), Token);
        var session = bed.AddSession("Phiên chuyên đề Robot", bed.Hall, ForumTestBed.Local(29, 9), ForumTestBed.Local(29, 10));
        await using (var db = bed.Database.CreateContext())
        {
            await db.ForumSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.TopicId, created.Value), Token);
        }

        var result = await Service().DeleteTopicAsync(created.Value, 0, Token);

        Assert.Equal(RoomAdminService.TopicInUseError, Assert.Single(result.Errors).Code);
        Assert.Equal(1, await TopicCountAsync());
    }

    [Fact]
    public async Task UpdateRoom_SomeoneSavedFirst_ReturnsTheConflict_AndKeepsTheirChange()
    {
        var loaded = RoomInput.From(await RoomAsync(bed.Hall));
        var theirs = RoomInput.From(await RoomAsync(bed.Hall));
        theirs.Capacity = 500;
        Assert.True((await Service().UpdateRoomAsync(bed.Hall, theirs, Token)).Succeeded);

        loaded.Capacity = 50;
        var result = await Service().UpdateRoomAsync(bed.Hall, loaded, Token);

        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(result.Errors).Code);
        Assert.Equal(500, (await RoomAsync(bed.Hall)).Capacity);
    }

    [Fact]
    public async Task AChair_MayNotChangeRooms()
    {
        var chair = ForumTestBed.As(ForumTestBed.ChairA, Roles.SessionChair);

        var result = await Service(chair).CreateRoomAsync(bed.EditionId, new RoomInput { NameVi = "Phòng C", NameEn = "Room C", Capacity = 10 }, Token);

        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(result.Errors).Code);
        Assert.Equal(2, await RoomCountAsync());
    }

    private static TopicInput Topic(string code, string colour) =>
        new() { Code = code, NameVi = "Robot và tự động hóa", NameEn = "Robotics and automation", Colour = colour };

    private async Task<Room> RoomAsync(int id)
    {
        await using var db = bed.Database.CreateContext();
        return await db.Rooms.AsNoTracking().SingleAsync(r => r.Id == id, Token);
    }

    private async Task<int> RoomCountAsync()
    {
        await using var db = bed.Database.CreateContext();
        return await db.Rooms.CountAsync(r => r.EditionId == bed.EditionId, Token);
    }

    private async Task<int> TopicCountAsync()
    {
        await using var db = bed.Database.CreateContext();
        return await db.Topics.CountAsync(t => t.EditionId == bed.EditionId, Token);
    }

    private async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !Locked(condition); i++)
        {
            await Task.Delay(20, Token);
        }
        Assert.True(Locked(condition));
    }

    private bool Locked(Func<bool> condition)
    {
        lock (published)
        {
            return condition();
        }
    }

    public void Dispose()
    {
        watch.Dispose();
        bed.Dispose();
    }
}
