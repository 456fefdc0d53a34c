using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Sessions;
using TechconnectEvent.Web.Features.Forum.Sessions.Pages;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Forum.Sessions;

public sealed class SessionFormViewTests : MudComponentTest
{
    private readonly int editionId;
    private readonly int hallId;

    public SessionFormViewTests() : base(configureServices: services => services.AddScoped<ForumSessionService>())
    {
        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        var hall = new Room { EditionId = editionId, Name = new LocalizedText("Hội trường A", "Hall A"), Capacity = 300 };
        db.Rooms.Add(hall);
        db.SaveChanges();
        hallId = hall.Id;
        // 09:00–10:00 in Ha Long on the first day.
        db.ForumSessions.Add(new ForumSession
        {
            EditionId = editionId, Title = new LocalizedText("Lễ khai mạc", "Opening ceremony"), RoomId = hallId,
            StartsAt = new DateTimeOffset(2023, 9, 29, 2, 0, 0, TimeSpan.Zero), EndsAt = new DateTimeOffset(2023, 9, 29, 3, 0, 0, TimeSpan.Zero),
        });
        db.SaveChanges();
        SignInOrganiser();
    }

    private IRenderedComponent<SessionFormView> RenderForm(SessionEditor editor)
    {
        Render<MudPopoverProvider>();
        return Render<SessionFormView>(p => p.Add(c => c.Editor, editor));
    }

    private async Task<SessionEditor> NewSessionAsync() => (await Services.GetRequiredService<ForumSessionService>().NewAsync(editionId, Xunit.TestContext.Current.CancellationToken))!;

    private int SessionCount()
    {
        using var db = Database.CreateDbContext();
        return db.ForumSessions.Count();
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<SessionFormView> form, string testId)
    {
        var element = form.Find($"[data-testid={testId}]");
        return element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;
    }

    [Fact]
    public async Task Saving_without_titles_shows_the_message_beside_each_title_and_writes_nothing()
    {
        var form = RenderForm(await NewSessionAsync());

        form.Find("[data-testid=session-save]").Click();

        form.WaitForAssertion(() => Assert.Equal(2, form.FindAll(".mud-input-helper-text.mud-input-error").Count(e => e.TextContent.Contains("Bắt buộc.", StringComparison.Ordinal))));
        Assert.Equal(1, SessionCount());
    }

    [Fact]
    public async Task A_time_that_double_books_the_room_is_told_before_saving_naming_the_other_session()
    {
        var editor = await NewSessionAsync();
        editor.Form.RoomId = hallId;
        editor.Form.Start = TimeSpan.FromHours(9.5);
        editor.Form.End = TimeSpan.FromHours(10.5);
        var form = RenderForm(editor);
        Input(form, "session-title-vi").Change("Vật liệu mới");
        Input(form, "session-title-en").Change("New materials");

        form.Find("[data-testid=session-save]").Click();

        form.WaitForAssertion(() => Assert.Contains("Phòng đã có phiên «Lễ khai mạc» trong khung giờ này.", form.Find("[data-testid=session-clashes]").TextContent, StringComparison.Ordinal));
        Assert.Empty(form.FindAll("[data-testid=session-save-anyway]"));
        Assert.Equal(1, SessionCount());
    }

    [Fact]
    public async Task A_chair_sees_content_fields_but_no_room_time_kind_or_chairs()
    {
        var editor = await NewSessionAsync() with { Access = SessionAccess.Content };
        var form = RenderForm(editor);

        Assert.NotEmpty(form.FindAll("[data-testid=session-title-vi]"));
        Assert.NotEmpty(form.FindAll("[data-testid=add-speaker]"));
        foreach (var hidden in new[] { "session-room", "session-day", "session-start", "session-end", "session-kind", "session-chairs", "session-capacity" })
        {
            Assert.Empty(form.FindAll($"[data-testid={hidden}]"));
        }
    }

    [Fact]
    public async Task Adding_a_speaker_gives_a_row_whose_name_is_required()
    {
        var editor = await NewSessionAsync();
        var form = RenderForm(editor);
        Input(form, "session-title-vi").Change("Vật liệu mới");
        Input(form, "session-title-en").Change("New materials");

        form.Find("[data-testid=add-speaker]").Click();
        form.Find("[data-testid=session-save]").Click();

        form.WaitForAssertion(() => Assert.Single(form.FindAll("[data-testid=speaker-row]")));
        form.WaitForAssertion(() => Assert.Contains("Bắt buộc.", form.Find("[data-testid=speaker-row]").TextContent, StringComparison.Ordinal));
        Assert.Equal(1, SessionCount());
    }
}
