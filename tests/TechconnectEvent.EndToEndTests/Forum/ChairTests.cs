using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;

namespace TechconnectEvent.EndToEndTests.Forum;

[Collection(BrowserCollection.Name)]
public sealed class ChairTests(BrowserAppFixture fixture)
{
    private const string Panel = "Tiêu điểm công nghệ: Vật liệu mới";
    /// <summary>Runs at the same time (14:00–16:30 on 29 September) in the room next door.</summary>
    private const string ParallelPanel = "Tiêu điểm công nghệ: Năng lượng xanh";
    /// <summary>A speaker of <see cref="ParallelPanel"/>, as the demo programme lists him.</summary>
    private const string ParallelSpeaker = "TS. Hoàng Văn Nam (hư cấu)";
    private const string ParallelSpeakerOrganization = "Trung tâm Năng lượng sạch (hư cấu)";
    /// <summary>In the same room as <see cref="Panel"/>, 08:30–11:00 on 30 September.</summary>
    private const string SameRoomNextDay = "Tiêu điểm công nghệ: Công nghệ phục vụ sức khỏe";

    [Fact]
    public async Task AChairAddsASpeakerToTheirPanel_IsToldBeforeSavingThatAnotherSpeakerIsInTheParallelPanel_AndThatAProposedTimeClashesInTheRoom()
    {
        var started = fixture.Clock.GetUtcNow();
        fixture.Clock.MoveTo(ForumData.BeforeTheFair);
        var sessionId = await ForumData.SessionIdAsync(fixture.App, Panel);
        var original = await ForumData.LoadAsync(fixture.App, sessionId);
        try
        {
            var chairEmail = await ForumData.AddChairAsync(fixture.App, sessionId, "PGS.TS. Trịnh Thu Hà (hư cấu)");
            var page = await fixture.NewPageAsync("vi-VN", width: 1440, height: 900);
            await new SignInPage(page).SignInAsync(chairEmail, ForumData.ChairPassword);

            await page.GotoAsync("/forum/my-sessions");
            await BrowserAppFixture.WaitForInteractiveAsync(page);
            var link = page.GetByTestId("session-link");
            await Assertions.Expect(link).ToHaveCountAsync(1);
            await Assertions.Expect(link).ToHaveTextAsync(Panel);
            await link.ClickAsync();
            await page.WaitForURLAsync($"**/forum/sessions/{sessionId}");
            await BrowserAppFixture.WaitForInteractiveAsync(page);

            // The chair's page: content only; room, day, times, kind and chairs are the organisers' to change.
            var form = page.GetByTestId("session-form");
            await Assertions.Expect(page.GetByTestId("session-chair-note")).ToBeVisibleAsync();
            await Assertions.Expect(form.GetByTestId("session-title-vi")).ToHaveValueAsync(Panel);
            foreach (var organisersOnly in new[] { "session-room", "session-day", "session-start", "session-end", "session-kind", "session-chairs", "session-capacity" })
            {
                await Assertions.Expect(page.GetByTestId(organisersOnly)).ToHaveCountAsync(0);
            }
            await Assertions.Expect(page.GetByTestId("session-status-actions")).ToHaveCountAsync(0);
            var speakers = form.GetByTestId("speaker-row");
            await Assertions.Expect(speakers).ToHaveCountAsync(original.Speakers.Count);

            // A speaker of the chair's own choosing: saved, and there after a reload.
            var guest = "ThS. Lò Văn Quý (hư cấu)";
            await AddSpeakerAsync(form, guest, "Viện Khoa học Vật liệu ứng dụng (hư cấu)", 30);
            await page.GetByTestId("session-save").ClickAsync();
            await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "Đã lưu." })).ToBeVisibleAsync();
            await page.ReloadAsync();
            await BrowserAppFixture.WaitForInteractiveAsync(page);
            await Assertions.Expect(speakers).ToHaveCountAsync(original.Speakers.Count + 1);
            await Assertions.Expect(speakers.Last.GetByTestId("speaker-name")).ToHaveValueAsync(guest);
            await Assertions.Expect(speakers.Last.GetByTestId("speaker-organization")).ToHaveValueAsync("Viện Khoa học Vật liệu ứng dụng (hư cấu)");
            Assert.Contains((await ForumData.LoadAsync(fixture.App, sessionId)).Speakers, p => p.Name == guest && p.Minutes == 30);

            // A speaker who is in the parallel panel at the same time: refused, naming that panel, nothing saved.
            await AddSpeakerAsync(form, ParallelSpeaker, ParallelSpeakerOrganization, 20);
            await page.GetByTestId("session-save").ClickAsync();
            var clash = page.GetByTestId("session-clash");
            await Assertions.Expect(clash).ToHaveCountAsync(1);
            await Assertions.Expect(clash).ToContainTextAsync(ParallelPanel);
            await Assertions.Expect(clash).ToContainTextAsync(ParallelSpeaker);
            await Assertions.Expect(page.GetByTestId("session-save-anyway")).ToHaveCountAsync(0);
            await ReadmeScreenshots.SaveAsync(page, "forum-my-session-vi", wholePage: true);
            Assert.DoesNotContain((await ForumData.LoadAsync(fixture.App, sessionId)).Speakers, p => p.Name == ParallelSpeaker);

            // Moving the panel is the organisers' decision; the chair proposes a time, and one that puts the panel in
            // its room while another panel runs there is refused, naming that panel, and nothing is proposed.
            await page.ReloadAsync();
            await BrowserAppFixture.WaitForInteractiveAsync(page);
            await FillAndLeaveAsync(page.GetByTestId("propose-day"), "30/09/2023");
            await FillAndLeaveAsync(page.GetByTestId("propose-start"), "08:30");
            await FillAndLeaveAsync(page.GetByTestId("propose-end"), "11:00");
            await page.GetByTestId("propose-time").ClickAsync();
            await Assertions.Expect(clash).ToHaveCountAsync(1);
            await Assertions.Expect(clash).ToContainTextAsync(SameRoomNextDay);
            Assert.Null((await ForumData.LoadAsync(fixture.App, sessionId)).ProposedStartsAt);
        }
        finally
        {
            await ForumData.RestoreAsync(fixture.App, original);
            fixture.Clock.MoveTo(started);
        }
    }

    /// <summary>Types into an editable MudBlazor picker and leaves it, which is when the picker takes the text.</summary>
    private static async Task FillAndLeaveAsync(ILocator input, string text)
    {
        await input.FillAsync(text);
        await input.PressAsync("Tab");
    }

    /// <summary>Adds a speaker row at the end and fills it in (MudBlazor puts each field's test id on its input).</summary>
    private static async Task AddSpeakerAsync(ILocator form, string name, string organization, int minutes)
    {
        var rows = form.GetByTestId("speaker-row");
        var before = await rows.CountAsync();
        await form.GetByTestId("add-speaker").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(before + 1);
        var row = rows.Last;
        await row.GetByTestId("speaker-name").FillAsync(name);
        await row.GetByTestId("speaker-organization").FillAsync(organization);
        await row.GetByTestId("speaker-minutes").FillAsync(minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await row.GetByTestId("speaker-minutes").BlurAsync();
    }
}
