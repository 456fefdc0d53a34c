using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Agenda;

namespace TechconnectEvent.UnitTests.Forum.Agenda;

public sealed class AgendaFilterTests
{
    private static readonly AgendaModel Agenda = new AgendaBuilder()
        .Add("Diễn đàn Chuyển đổi số", 30, "08:30", "11:30", topic: TopicDefaults.DigitalGreenTransformation)
        .Add("Lễ khai mạc", 29, "08:30", "10:00")
        .Add("Tiêu điểm: Năng lượng xanh", 29, "14:00", "16:30", roomId: 11, topic: TopicDefaults.GreenEnergy,
            speakers: new Speaker { Name = "Trần Thị Hạnh", Organization = "Công ty Điện gió Hạ Long", SortOrder = 1 })
        .Add("Bản nháp", 29, "09:00", "10:00", status: SessionStatus.Draft)
        .Add("Đã hủy trước khi công bố", 29, "11:00", "12:00", status: SessionStatus.Cancelled)
        .Build();

    [Fact]
    public void TheAgenda_HoldsPublishedSessionsOnly_InTimeOrder_AndItsDays()
    {
        Assert.Equal(["Lễ khai mạc", "Tiêu điểm: Năng lượng xanh", "Diễn đàn Chuyển đổi số"], Agenda.Sessions.Select(s => s.Title));
        Assert.Equal([new DateOnly(2023, 9, 29), new DateOnly(2023, 9, 30)], Agenda.Days);
        Assert.Equal([TopicDefaults.GreenEnergy, TopicDefaults.DigitalGreenTransformation], Agenda.Topics.Select(t => t.Code));
    }

    [Fact]
    public void NoQuery_ShowsTheFirstDay()
    {
        var filter = AgendaFilter.FromQuery(null, null, null, null, Agenda.Days);

        Assert.Equal(new DateOnly(2023, 9, 29), filter.Day);
        Assert.Equal(2, filter.Apply(Agenda).Count);
    }

    [Fact]
    public void ASearch_WithoutADay_LooksAtEveryDay_AndFoldsDiacritics()
    {
        var filter = AgendaFilter.FromQuery(null, null, null, "dien dan", Agenda.Days);

        Assert.Null(filter.Day);
        Assert.Equal("Diễn đàn Chuyển đổi số", Assert.Single(filter.Apply(Agenda)).Title);
    }

    [Theory]
    [InlineData("tran thi hanh")]
    [InlineData("DIEN GIO ha long")]
    public void ASearch_FindsSpeakersNamesAndOrganisations(string query) =>
        Assert.Equal("Tiêu điểm: Năng lượng xanh", Assert.Single(AgendaFilter.FromQuery(null, null, null, query, Agenda.Days).Apply(Agenda)).Title);

    [Fact]
    public void TopicAndKind_Filter_AndUnknownValuesAreIgnored()
    {
        Assert.Single(AgendaFilter.FromQuery("all", "GREEN-ENERGY", null, null, Agenda.Days).Apply(Agenda));
        Assert.Equal(3, AgendaFilter.FromQuery("all", null, "FocusPanel", null, Agenda.Days).Apply(Agenda).Count);
        var nonsense = AgendaFilter.FromQuery("2023-13-45", null, "42", null, Agenda.Days);
        Assert.Null(nonsense.Kind);
        Assert.Equal(new DateOnly(2023, 9, 29), nonsense.Day);
    }

    [Fact]
    public void Links_KeepTheFilter_AndEscapeTheText()
    {
        var filter = AgendaFilter.FromQuery("2023-09-30", TopicDefaults.GreenEnergy, "FocusPanel", "năng lượng & gió", Agenda.Days);

        Assert.Equal("agenda?day=2023-09-29&topic=green-energy&kind=FocusPanel&q=n%C4%83ng%20l%C6%B0%E1%BB%A3ng%20%26%20gi%C3%B3",
            filter.LinkFor(new DateOnly(2023, 9, 29)));
        Assert.StartsWith("agenda?day=all&", filter.LinkFor(null));
    }
}
