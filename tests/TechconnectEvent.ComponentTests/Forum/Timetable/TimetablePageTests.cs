using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Scheduling;
using TechconnectEvent.Web.Features.Forum.Timetable;
using TechconnectEvent.Web.Features.Forum.Timetable.Pages;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Forum.Timetable;

public sealed class TimetablePageTests : MudComponentTest
{
    private readonly FakeScheduler scheduler;
    private readonly int editionId;
    private readonly int hall;
    private readonly int small;
    private readonly int greenEnergy;
    private readonly int panel;
    private readonly int forum;

    public TimetablePageTests() : this(new FakeScheduler())
    {
    }

    private TimetablePageTests(FakeScheduler scheduler) : base(configureServices: services =>
    {
        services.AddScoped<TimetableQuery>();
        services.AddSingleton<IForumScheduler>(scheduler);
    })
    {
        this.scheduler = scheduler;
        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        var topics = TopicDefaults.For(editionId);
        db.Topics.AddRange(topics);
        var hallRoom = new Room { EditionId = editionId, Name = new LocalizedText("Hội trường Hạ Long", "Ha Long hall"), Capacity = 500, SortOrder = 1 };
        var smallRoom = new Room { EditionId = editionId, Name = new LocalizedText("Phòng họp 2", "Meeting room 2"), Capacity = 60, SortOrder = 2 };
        var archived = new Room { EditionId = editionId, Name = new LocalizedText("Phòng cũ", "Old room"), Capacity = 10, SortOrder = 0, IsArchived = true };
        db.Rooms.AddRange(hallRoom, smallRoom, archived);
        db.SaveChanges();
        hall = hallRoom.Id;
        small = smallRoom.Id;
        greenEnergy = topics.Single(t => t.Code == TopicDefaults.GreenEnergy).Id;
        panel = AddSession(db, "Phiên chuyên đề Năng lượng xanh", small, 9, 30, 11, 0, greenEnergy, SessionStatus.Draft);
        forum = AddSession(db, "Diễn đàn Công nghệ và Năng lượng", hall, 8, 0, 10, 0, null, SessionStatus.Published);
        AddSession(db, "Vòng kết nối cung – cầu", null, 14, 0, 15, 0, null, SessionStatus.Draft);
        SignInOrganiser();
        Auth.SetPolicies(Policies.Organisers);
    }

    [Fact]
    public void TheBoard_HasAColumnPerRoomInOrder_AndTheRoomlessSessionInTheTray()
    {
        var host = RenderPage();

        Assert.Equal(["Hội trường Hạ Long", "Phòng họp 2"], host.FindAll("[data-testid=room-column-header]").Select(h => h.TextContent.Trim()).ToList());
        Assert.Contains("Vòng kết nối cung – cầu", host.Find("[data-testid=tray]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Lịch phiên", host.Find("h1").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ABlock_SitsAtItsRows_InItsRoom_InItsTopicsColour()
    {
        var host = RenderPage();

        var block = Block(host, panel);
        // 09:30–11:00 on a board starting at 08:00: the seventh row, six rows long, in the second room's column.
        Assert.Equal(("6", "6"), (block.GetAttribute("data-row"), block.GetAttribute("data-rows")));
        Assert.Equal(small.ToString(System.Globalization.CultureInfo.InvariantCulture), block.Closest("[data-testid=room-column]")!.GetAttribute("data-room-id"));
        Assert.Contains("background:#2E7D32", block.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("tc-block--draft", block.ClassList);
        Assert.Contains($"background:{TimetableQuery.NeutralColour}", Block(host, forum).GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void ABlock_IsFocusableWithALabel_AndEnterOpensTheQuickEditDialog()
    {
        var host = RenderPage();
        var block = Block(host, panel);

        Assert.Equal("0", block.GetAttribute("tabindex"));
        Assert.Equal("Phiên chuyên đề Năng lượng xanh, Phiên chuyên đề công nghệ, Bản nháp, Phòng họp 2, 09:30–11:00.  Nhấn Enter để chuyển phòng hoặc đổi giờ.",
            block.GetAttribute("aria-label"));
        block.KeyDown(new KeyboardEventArgs { Key = "Enter" });

        host.WaitForElement("[data-testid=quick-save]");
        Assert.Contains("Chuyển “Phiên chuyên đề Năng lượng xanh”", host.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AMoveIntoAHardClash_CallsTheScheduler_NamesTheOtherSession_AndMovesNothing()
    {
        scheduler.Clashes = [new Clash(ClashKind.RoomDoubleBooked, ClashSeverity.Blocking, panel, new LocalizedText("Phiên chuyên đề Năng lượng xanh", "Green energy panel"),
            forum, new LocalizedText("Diễn đàn Công nghệ và Năng lượng", "Technology and Energy forum"))];
        var host = RenderPage();
        Block(host, panel).Click();
        host.WaitForElement("[data-testid=quick-save]").Click();

        host.WaitForAssertion(() => Assert.Contains("Diễn đàn Công nghệ và Năng lượng", host.Find("[data-testid=quick-clashes]").TextContent, StringComparison.Ordinal));
        var move = Assert.Single(scheduler.Moves);
        Assert.Equal((panel, small, false), (move.SessionId, move.RoomId, move.AcceptWarnings));
        Assert.Equal(new DateTimeOffset(2023, 9, 29, 2, 30, 0, TimeSpan.Zero), move.StartsAt);
        Assert.Empty(host.FindAll("[data-testid=quick-save-anyway]"));
        Assert.True(host.Find("[data-testid=quick-save]").HasAttribute("disabled"));
    }

    [Fact]
    public void AWarning_OffersSaveAnyway_WhichSavesWithTheWarningAccepted()
    {
        scheduler.Clashes = [new Clash(ClashKind.AudienceAboveCapacity, ClashSeverity.Warning, panel, new LocalizedText("Phiên chuyên đề Năng lượng xanh", "Green energy panel"),
            Planned: 80, Available: 60)];
        var host = RenderPage();
        Block(host, panel).Click();
        host.WaitForElement("[data-testid=quick-save]").Click();

        host.WaitForElement("[data-testid=quick-save-anyway]").Click();

        host.WaitForAssertion(() => Assert.Equal(2, scheduler.Moves.Count));
        Assert.True(scheduler.Moves[1].AcceptWarnings);
        host.WaitForAssertion(() => Assert.Contains("Đã chuyển “Phiên chuyên đề Năng lượng xanh”.", host.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void ChangingTheStartInTheDialog_KeepsTheLength_AndIsCheckedAtOnce()
    {
        var host = RenderPage();
        Block(host, panel).Click();
        host.WaitForElement("[data-testid=quick-save]");
        var dialog = host.FindComponent<QuickEditDialog>();

        dialog.InvokeAsync(() => dialog.FindComponents<MudSelect<int>>()[1].Instance.ValueChanged.InvokeAsync(13 * 60));

        var check = Assert.Single(scheduler.Checked);
        Assert.Equal(TimeSpan.FromMinutes(90), check.EndsAt - check.StartsAt);
        Assert.Equal(new DateTimeOffset(2023, 9, 29, 6, 0, 0, TimeSpan.Zero), check.StartsAt);
    }

    [Fact]
    public void DroppingABlockOnACell_MovesItThereKeepingItsLength()
    {
        var host = RenderPage();

        Block(host, panel).DragStart();
        // Row 12 of a board that starts at 08:00 is 11:00.
        host.Find($"[data-testid=room-column][data-room-id='{hall}'] [data-testid=cell][data-row='12']").Drop();

        var move = Assert.Single(scheduler.Moves);
        Assert.Equal((hall, new DateTimeOffset(2023, 9, 29, 11, 0, 0, TimeSpan.FromHours(7)), TimeSpan.FromMinutes(90)),
            (move.RoomId, move.StartsAt, move.EndsAt - move.StartsAt));
        host.WaitForAssertion(() => Assert.Contains("Đã chuyển “Phiên chuyên đề Năng lượng xanh”.", host.Markup, StringComparison.Ordinal));
    }

    private IRenderedComponent<IComponent> RenderPage()
    {
        var host = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<TimetablePage>(3);
            builder.CloseComponent();
        });
        host.WaitForElement("[data-testid=room-column]");
        return host;
    }

    private static AngleSharp.Dom.IElement Block(IRenderedComponent<IComponent> host, int sessionId) =>
        host.Find($"[data-testid=session-block][data-session-id='{sessionId}']");

    private int AddSession(Web.Infrastructure.Data.EventDbContext db, string title, int? room, int h1, int m1, int h2, int m2, int? topic, SessionStatus status)
    {
        var session = new ForumSession
        {
            EditionId = editionId, Title = new LocalizedText(title, title), RoomId = room, TopicId = topic, Status = status,
            StartsAt = new DateTimeOffset(2023, 9, 29, h1, m1, 0, TimeSpan.FromHours(7)), EndsAt = new DateTimeOffset(2023, 9, 29, h2, m2, 0, TimeSpan.FromHours(7)),
            CreatedAt = Clock.GetUtcNow(), UpdatedAt = Clock.GetUtcNow(),
        };
        db.ForumSessions.Add(session);
        db.SaveChanges();
        return session.Id;
    }
}
