using System.Net;
using System.Text.RegularExpressions;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.IntegrationTests.Forum.Agenda;

public sealed partial class AgendaPageTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    [Fact]
    public async Task Anonymous_GetsAStaticPageOfTheFirstDay_WithLabelledFiltersAndNoCircuit()
    {
        var client = BrowserClient.Create(factory, "vi-VN");

        var response = await client.GetAsync("/agenda", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"vi\"", html);
        Assert.Contains("<title>Chương trình sự kiện", html);
        Assert.Matches("<form method=\"get\" action=\"agenda\"", html);
        Assert.Matches("<label for=\"agenda-q\"[^>]*>", html);
        Assert.Matches("<label for=\"agenda-topic\"[^>]*>", html);
        Assert.Matches("<label for=\"agenda-kind\"[^>]*>", html);
        Assert.Matches("href=\"agenda\\?day=2023-09-29\"[^>]*aria-current=\"page\"", html);
        // The first day only: seven sessions on 29 September, none of the 30th.
        Assert.Equal(7, SessionIds(html).Count);
        Assert.Contains(AgendaData.OpeningVi, html);
        Assert.DoesNotContain(AgendaData.DigitalForumVi, html);
        Assert.Contains("Hội trường chính", html);
        Assert.DoesNotContain("\"type\":\"server\"", html);
    }

    [Fact]
    public async Task TheSecondDay_InEnglish_ShowsItsSessionsInTimeOrderAndNeverTheDraft()
    {
        var client = BrowserClient.Create(factory, "en-US");

        var html = await client.GetStringAsync("/agenda?day=2023-09-30", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("Digital and Green Transformation", html);
        Assert.Equal(6, SessionIds(html).Count);
        Assert.DoesNotContain("Policy dialogue", html);
        Assert.DoesNotContain(AgendaData.DraftVi, html);
        var vietnamese = await BrowserClient.Create(factory, "vi-VN").GetStringAsync("/agenda?day=2023-09-30", TestContext.Current.CancellationToken);
        var times = Regex.Matches(vietnamese, "class=\"tc-agenda-when\"[^>]*>([^<]+)<").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["08:30 – 11:30", "08:30 – 11:00", "08:30 – 11:00", "08:30 – 11:00", "08:30 – 11:30", "14:00 – 16:00"], times);
    }

    [Fact]
    public async Task SearchWithoutDiacritics_FindsTheForumOnAnyDay()
    {
        var client = BrowserClient.Create(factory, "vi-VN");

        var html = await client.GetStringAsync("/agenda?q=dien+dan+chuyen+doi+so", TestContext.Current.CancellationToken);

        Assert.Single(SessionIds(html));
        Assert.Contains(AgendaData.DigitalForumVi, html);
        Assert.Contains("data-testid=\"agenda-clear\"", html);
    }

    [Fact]
    public async Task SearchBySpeakerOrganisation_AndFilterByTopicAndKind_NarrowTheList()
    {
        var client = BrowserClient.Create(factory, "vi-VN");

        var byTopic = await client.GetStringAsync("/agenda?topic=green-energy", TestContext.Current.CancellationToken);
        var byKind = await client.GetStringAsync("/agenda?kind=ConnectionRound", TestContext.Current.CancellationToken);
        var byKindOnADay = await client.GetStringAsync("/agenda?kind=ConnectionRound&day=2023-09-30", TestContext.Current.CancellationToken);

        Assert.Single(SessionIds(byTopic));
        Assert.Contains("Tiêu điểm công nghệ: Năng lượng xanh", byTopic);
        Assert.Contains("data-testid=\"agenda-topic\"", byTopic);
        Assert.Equal(3, SessionIds(byKind).Count);
        Assert.Equal(2, SessionIds(byKindOnADay).Count);
    }

    [Fact]
    public async Task SearchWithNoMatch_SaysWhatToDo()
    {
        var client = BrowserClient.Create(factory, "en-US");

        var html = await client.GetStringAsync("/agenda?q=zzzz-nothing", TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"agenda-no-match\"", html);
        Assert.Contains("clear the filters", html);
        Assert.Empty(SessionIds(html));
    }

    [Theory]
    [InlineData("/agenda?day=not-a-day&kind=99&topic=%3Cscript%3E")]
    [InlineData("/agenda?q=%00%FF&kind=5&year=abc")]
    [InlineData("/agenda?day=1999-01-01")]
    public async Task BadQueryValues_GiveThePageNotAnError(string url)
    {
        var response = await BrowserClient.Create(factory).GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheSessionPage_ShowsTimeRoomKindSpeakersInOrderAndTheCalendarLink()
    {
        var id = await AgendaData.IdOfAsync(factory, AgendaData.DigitalForumVi);
        var client = BrowserClient.Create(factory, "vi-VN");

        var response = await client.GetAsync($"/agenda/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"<title>{AgendaData.DigitalForumVi}", html);
        Assert.Contains("08:30 – 11:30", html);
        Assert.Contains("Hội trường chính", html);
        Assert.Contains("Diễn đàn toàn thể", html);
        Assert.Contains("Chuyển đổi số và chuyển đổi xanh", html);
        Assert.Contains($"href=\"agenda/{id}.ics\"", html);
        Assert.Equal(2, Regex.Matches(html, "data-testid=\"agenda-speaker\"").Count);
        Assert.DoesNotContain("\"type\":\"server\"", html);
    }

    [Fact]
    public async Task ADraftOrAnUnknownId_IsNotFound()
    {
        var draft = await AgendaData.IdOfAsync(factory, AgendaData.DraftVi);
        var client = BrowserClient.Create(factory, "vi-VN");

        var forDraft = await client.GetAsync($"/agenda/{draft}", TestContext.Current.CancellationToken);
        var forUnknown = await client.GetAsync("/agenda/987654", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, forDraft.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forUnknown.StatusCode);
        Assert.DoesNotContain(AgendaData.DraftVi, await forDraft.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static List<string> SessionIds(string html) =>
        SessionMarker().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("data-testid=\"agenda-session\" data-session-id=\"(\\d+)\"")]
    private static partial Regex SessionMarker();
}
