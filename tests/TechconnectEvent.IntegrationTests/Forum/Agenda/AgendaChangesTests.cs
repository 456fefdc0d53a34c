using Ical.Net;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Forum;
using Calendar = Ical.Net.Calendar;

namespace TechconnectEvent.IntegrationTests.Forum.Agenda;

/// <summary>Changes to published sessions reach the cached agenda, its calendars and its pages.</summary>
public sealed class AgendaChangesTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    [Fact]
    public async Task AChangedSession_RaisesItsSequence_KeepsItsUid_AndIsMarkedUpdated()
    {
        var id = await AgendaData.IdOfAsync(factory, "Tiêu điểm công nghệ: Vật liệu mới");
        var client = BrowserClient.Create(factory, "vi-VN");
        var before = Calendar.Load(await client.GetStringAsync($"/agenda/{id}.ics", TestContext.Current.CancellationToken))!.Events.Single();
        await client.GetStringAsync("/agenda", TestContext.Current.CancellationToken);

        await AgendaData.ChangeAsync(factory, id, s => (s.StartsAt, s.EndsAt) = (s.StartsAt.AddMinutes(30), s.EndsAt.AddMinutes(30)));

        var after = await AgendaData.EventuallyAsync(
            async () => Calendar.Load(await client.GetStringAsync($"/agenda/{id}.ics", TestContext.Current.CancellationToken))!.Events.Single(),
            e => e.Sequence > before.Sequence);
        Assert.Equal(before.Sequence + 1, after.Sequence);
        Assert.Equal(before.Uid, after.Uid);
        Assert.Equal(new DateTime(2023, 9, 29, 14, 30, 0), after.DtStart!.Value);
        var page = await AgendaData.EventuallyAsync(
            () => client.GetStringAsync("/agenda", TestContext.Current.CancellationToken),
            html => html.Contains("data-testid=\"agenda-updated\"", StringComparison.Ordinal));
        Assert.Contains("Cập nhật lúc", page);
    }

    [Fact]
    public async Task ACancelledSession_StaysListedWithItsReason_AndIsCancelledInCalendars()
    {
        var id = await AgendaData.IdOfAsync(factory, "Tiêu điểm công nghệ: Logistics và chuỗi cung ứng");
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.GetStringAsync("/agenda.ics", TestContext.Current.CancellationToken);

        await AgendaData.ChangeAsync(factory, id, s =>
        {
            s.Status = SessionStatus.Cancelled;
            s.CancellationReason = "Diễn giả chính không thể tham dự";
        });

        var calendar = await AgendaData.EventuallyAsync(
            async () => Calendar.Load(await client.GetStringAsync("/agenda.ics", TestContext.Current.CancellationToken))!,
            c => c.Events.Any(e => e.Status == EventStatus.Cancelled));
        Assert.Equal(AgendaData.PublishedCount, calendar.Events.Count);
        var cancelled = Assert.Single(calendar.Events, e => e.Status == EventStatus.Cancelled);
        Assert.Contains("Logistics và chuỗi cung ứng", cancelled.Summary);
        Assert.Contains("Diễn giả chính không thể tham dự", cancelled.Description);
        var page = await client.GetStringAsync($"/agenda/{id}", TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"agenda-cancelled\"", page);
        Assert.Contains("Lý do: Diễn giả chính không thể tham dự", page);
    }

    [Fact]
    public async Task AChairsDisplayName_IsShownOnTheSessionPage()
    {
        var id = await AgendaData.IdOfAsync(factory, "Tiêu điểm công nghệ: Năng lượng xanh");

        await AgendaData.AddChairAsync(factory, id, "PGS.TS. Trần Thị Minh Nguyệt");

        var page = await AgendaData.EventuallyAsync(
            () => BrowserClient.Create(factory, "vi-VN").GetStringAsync($"/agenda/{id}", TestContext.Current.CancellationToken),
            html => html.Contains("data-testid=\"agenda-chairs\"", StringComparison.Ordinal));
        Assert.Contains("PGS.TS. Trần Thị Minh Nguyệt", page);
    }
}
