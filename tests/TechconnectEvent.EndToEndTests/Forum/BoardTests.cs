using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.EndToEndTests.Forum;

[Collection(BrowserCollection.Name)]
public sealed class BoardTests(BrowserAppFixture fixture)
{
    /// <summary>14:00–17:00 on 29 September in the connection area; no other test moves it.</summary>
    private const string Round = "Kết nối cung – cầu công nghệ: lượt 1";
    /// <summary>Meeting room 2 holds this panel at 14:00–16:30 that day.</summary>
    private const string BusyRoom = "Phòng hội thảo 2";
    private const string BusyRoomPanel = "Tiêu điểm công nghệ: Năng lượng xanh";
    /// <summary>Meeting room 3 has nothing on the first day.</summary>
    private const string FreeRoom = "Phòng hội thảo 3";

    private static readonly string[] Rooms =
        ["Hội trường chính", "Phòng hội thảo 1", "Phòng hội thảo 2", "Phòng hội thảo 3", "Khu kết nối cung – cầu công nghệ", "Khu trình diễn công nghệ"];

    [Fact]
    public async Task AnOrganiserMovesARoundWithTheKeyboard_IsStoppedByTheRoomsOtherSession_ThenMovesItToAFreeRoom()
    {
        var started = fixture.Clock.GetUtcNow();
        fixture.Clock.MoveTo(ForumData.BeforeTheFair);
        var sessionId = await ForumData.SessionIdAsync(fixture.App, Round);
        var original = await ForumData.LoadAsync(fixture.App, sessionId);
        var freeRoomId = await ForumData.RoomIdAsync(fixture.App, FreeRoom);
        try
        {
            var page = await fixture.NewPageAsync("vi-VN", width: 1440, height: 900);
            await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
            await page.GotoAsync("/forum/timetable?day=2023-09-29");
            await BrowserAppFixture.WaitForInteractiveAsync(page);

            await Assertions.Expect(page.GetByTestId("room-column-header")).ToHaveTextAsync(Rooms);
            await Assertions.Expect(Block(page.Locator("body"), BusyRoomPanel)).ToBeVisibleAsync();
            await Assertions.Expect(Block(page.Locator("body"), "Tiêu điểm công nghệ: Vật liệu mới")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("no-conflicts")).ToBeVisibleAsync();
            var round = Block(page.Locator("body"), Round);
            await Assertions.Expect(Block(Column(page, original.RoomId!.Value), Round)).ToHaveCountAsync(1);
            if (ReadmeScreenshots.Enabled)
            {
                // The day's heading just under the app bar, so that the afternoon's parallel panels are in the picture.
                await page.GetByTestId("board-day").EvaluateAsync("e => window.scrollBy(0, e.getBoundingClientRect().top - 72)");
                await ReadmeScreenshots.SaveAsync(page, "forum-timetable-vi");
            }

            // Keyboard: focus the block, Enter opens the quick-edit dialog.
            await round.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(dialog.GetByTestId("quick-edit-session")).ToHaveTextAsync(Round);

            // Into a room already taken at that time: the hard clash names the other session, and Save stays off.
            await ChooseRoomAsync(page, dialog, BusyRoom);
            var clash = dialog.GetByTestId("quick-clash");
            await Assertions.Expect(clash).ToHaveCountAsync(1);
            await Assertions.Expect(clash).ToContainTextAsync(BusyRoomPanel);
            await Assertions.Expect(dialog.GetByTestId("quick-clashes")).ToContainTextAsync("Chưa chuyển được");
            await Assertions.Expect(dialog.GetByTestId("quick-save")).ToBeDisabledAsync();
            await Assertions.Expect(dialog.GetByTestId("quick-save-anyway")).ToHaveCountAsync(0);
            await ReadmeScreenshots.SaveAsync(page, "forum-clash-vi");
            Assert.Equal(original.RoomId, (await ForumData.LoadAsync(fixture.App, sessionId)).RoomId);

            // Into a free room at the same time: no clash, saved, and drawn in that room's column.
            await ChooseRoomAsync(page, dialog, FreeRoom);
            await Assertions.Expect(clash).ToHaveCountAsync(0);
            await dialog.GetByTestId("quick-save").ClickAsync();
            await Assertions.Expect(dialog).ToHaveCountAsync(0);
            await Assertions.Expect(Block(Column(page, freeRoomId), Round)).ToHaveCountAsync(1);
            await Assertions.Expect(round).ToContainTextAsync("14:00–17:00");
            var moved = await ForumData.LoadAsync(fixture.App, sessionId);
            Assert.Equal(freeRoomId, moved.RoomId);
            Assert.Equal((original.StartsAt, original.EndsAt), (moved.StartsAt, moved.EndsAt));
        }
        finally
        {
            await ForumData.RestoreAsync(fixture.App, original);
            fixture.Clock.MoveTo(started);
        }
    }

    [Fact]
    public async Task AnOrganiserDragsARoundIntoAFreeRoom_AndTheBoardSavesItThere()
    {
        var started = fixture.Clock.GetUtcNow();
        fixture.Clock.MoveTo(ForumData.BeforeTheFair);
        var sessionId = await ForumData.SessionIdAsync(fixture.App, Round);
        var original = await ForumData.LoadAsync(fixture.App, sessionId);
        var freeRoomId = await ForumData.RoomIdAsync(fixture.App, FreeRoom);
        try
        {
            var page = await fixture.NewPageAsync("vi-VN", width: 1440, height: 900);
            await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
            await page.GotoAsync("/forum/timetable?day=2023-09-29");
            await BrowserAppFixture.WaitForInteractiveAsync(page);
            var round = Block(Column(page, original.RoomId!.Value), Round);
            var row = await round.GetAttributeAsync("data-row");

            // Dropped on the free room's cell of the same row: it keeps its start and length.
            await round.DragToAsync(Column(page, freeRoomId).Locator($"[data-testid=cell][data-row='{row}']"));
            await Assertions.Expect(Block(Column(page, freeRoomId), Round)).ToHaveCountAsync(1);
            await Assertions.Expect(Block(Column(page, original.RoomId!.Value), Round)).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = $"Đã chuyển “{Round}”." })).ToBeVisibleAsync();
            var moved = await ForumData.LoadAsync(fixture.App, sessionId);
            Assert.Equal(freeRoomId, moved.RoomId);
            Assert.Equal((original.StartsAt, original.EndsAt), (moved.StartsAt, moved.EndsAt));
        }
        finally
        {
            await ForumData.RestoreAsync(fixture.App, original);
            fixture.Clock.MoveTo(started);
        }
    }

    /// <summary>The session's block within <paramref name="scope"/> (the page, or one room's column).</summary>
    private static ILocator Block(ILocator scope, string title) =>
        scope.GetByTestId("session-block").Filter(new() { Has = scope.Page.Locator(".tc-block-title", new() { HasText = title }) });

    private static ILocator Column(IPage page, int roomId) =>
        page.Locator($"[data-testid=room-column][data-room-id='{roomId}']");

    private static async Task ChooseRoomAsync(IPage page, ILocator dialog, string roomName)
    {
        await dialog.GetByTestId("quick-room").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = roomName }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}
