using System.Net;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using Calendar = Ical.Net.Calendar;

namespace TechconnectEvent.IntegrationTests.Forum.Agenda;

public sealed class AgendaCalendarTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private const string Zone = "Asia/Ho_Chi_Minh";

    [Fact]
    public async Task TheWholeAgenda_IsACalendarOfEveryPublishedSession_InTheEditionsZone_WithoutTheDraft()
    {
        var client = BrowserClient.Create(factory, "vi-VN");

        var response = await client.GetAsync("/agenda.ics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.EndsWith(".ics", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var calendar = Calendar.Load(text)!;
        Assert.Equal(AgendaData.PublishedCount, calendar.Events.Count);
        Assert.Equal(Zone, Assert.Single(calendar.TimeZones).TzId);
        Assert.All(calendar.Events, e => Assert.Equal(Zone, e.DtStart!.TzId));
        Assert.All(calendar.Events, e => Assert.Equal(Zone, e.DtEnd!.TzId));
        Assert.Contains(calendar.Events, e => e.Summary == AgendaData.DigitalForumVi);
        Assert.DoesNotContain(calendar.Events, e => e.Summary == AgendaData.DraftVi);
        var opening = Assert.Single(calendar.Events, e => e.Summary == AgendaData.OpeningVi);
        Assert.Equal(new DateTime(2023, 9, 29, 8, 30, 0), opening.DtStart!.Value);
        Assert.Equal(new DateTime(2023, 9, 29, 10, 0, 0), opening.DtEnd!.Value);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, opening.DtStamp!.AsUtc);
        Assert.Contains("Hội trường chính", opening.Location);
        Assert.Contains("BEGIN:VTIMEZONE", text);
        Assert.Contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20230929T083000", text);
    }

    [Fact]
    public async Task Uids_AreTheSameOnEveryRequest_AndDistinctPerSession()
    {
        var first = Calendar.Load(await BrowserClient.Create(factory, "vi-VN").GetStringAsync("/agenda.ics", TestContext.Current.CancellationToken))!;
        var second = Calendar.Load(await BrowserClient.Create(factory, "en-US").GetStringAsync("/agenda.ics", TestContext.Current.CancellationToken))!;

        var uids = first.Events.Select(e => e.Uid).ToList();
        Assert.Equal(uids, second.Events.Select(e => e.Uid).ToList());
        Assert.Equal(uids.Count, uids.Distinct().Count());
        var id = await AgendaData.IdOfAsync(factory, AgendaData.OpeningVi);
        Assert.Contains($"forum-session-{id}@", Assert.Single(first.Events, e => e.Summary == AgendaData.OpeningVi).Uid);
        Assert.DoesNotContain("localhost", string.Concat(uids));
    }

    [Fact]
    public async Task TitlesFollowTheRequestsLanguage_AcceptLanguageOrCultureQuery()
    {
        var english = Calendar.Load(await BrowserClient.Create(factory, "en-US").GetStringAsync("/agenda.ics", TestContext.Current.CancellationToken))!;
        var asked = Calendar.Load(await BrowserClient.Create(factory, "vi-VN").GetStringAsync("/agenda.ics?culture=en-US", TestContext.Current.CancellationToken))!;
        var vietnamese = Calendar.Load(await BrowserClient.Create(factory).GetStringAsync("/agenda.ics", TestContext.Current.CancellationToken))!;

        Assert.Contains(english.Events, e => e.Summary == AgendaData.OpeningEn);
        Assert.Contains(asked.Events, e => e.Summary == AgendaData.OpeningEn);
        Assert.Contains(vietnamese.Events, e => e.Summary == AgendaData.OpeningVi);
    }

    [Fact]
    public async Task OneSession_IsACalendarOfThatSessionOnly()
    {
        var id = await AgendaData.IdOfAsync(factory, AgendaData.DigitalForumVi);

        var response = await BrowserClient.Create(factory, "vi-VN").GetAsync($"/agenda/{id}.ics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var single = Assert.Single(calendar.Events);
        Assert.Equal(AgendaData.DigitalForumVi, single.Summary);
        Assert.Equal(new DateTime(2023, 9, 30, 8, 30, 0), single.DtStart!.Value);
        Assert.Equal(Zone, single.DtStart.TzId);
        Assert.Single(calendar.TimeZones);
    }

    [Fact]
    public async Task ADraftOrAnUnknownSession_IsNotFound()
    {
        var draft = await AgendaData.IdOfAsync(factory, AgendaData.DraftVi);
        var client = BrowserClient.Create(factory, "vi-VN");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/agenda/{draft}.ics", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/agenda/987654.ics", TestContext.Current.CancellationToken)).StatusCode);
    }
}
