using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Timetable;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Forum.Timetable;

public sealed class BoardLayoutTests
{
    private const string HaLong = "Asia/Ho_Chi_Minh";
    private static readonly DateOnly Day = new(2023, 9, 29);

    [Fact]
    public void AnEmptyDay_ShowsTheWorkingDay_From8To18()
    {
        var layout = BoardLayout.For(View([]));

        Assert.Equal((8 * 60, 40), (layout.FirstMinute, layout.SlotCount));
        Assert.Equal(new TimeOnly(8, 0), layout.RowTime(0));
    }

    [Fact]
    public void ASession_SitsAtItsLocalRows()
    {
        var layout = BoardLayout.For(View([Session(1, 1, 9, 30, 11, 0)]));

        var block = Assert.Single(layout.Columns[1]);
        Assert.Equal((6, 6, 0, 1, false), (block.Row, block.Rows, block.Lane, block.Lanes, block.Clashing));
    }

    [Fact]
    public void AnEarlyAndALateSession_StretchTheRowsToWholeQuarterHours()
    {
        var layout = BoardLayout.For(View([Session(1, 1, 7, 10, 8, 0), Session(2, 2, 17, 0, 19, 5)]));

        Assert.Equal(7 * 60, layout.FirstMinute);
        Assert.Equal((19 * 60 + 15 - 7 * 60) / 15, layout.SlotCount);
    }

    [Fact]
    public void TwoOverlappingSessionsInOneRoom_SitSideBySide_AndAreMarked()
    {
        var layout = BoardLayout.For(View([Session(1, 1, 9, 0, 10, 0), Session(2, 1, 9, 30, 10, 30), Session(3, 2, 9, 0, 10, 0)]));

        Assert.Equal([(0, 2, true), (1, 2, true)], layout.Columns[1].Select(b => (b.Lane, b.Lanes, b.Clashing)).ToList());
        Assert.Equal((0, 1, false), layout.Columns[2].Select(b => (b.Lane, b.Lanes, b.Clashing)).Single());
    }

    [Fact]
    public void BackToBackSessions_ShareTheFullWidth_AndDoNotClash()
    {
        var layout = BoardLayout.For(View([Session(1, 1, 9, 0, 10, 0), Session(2, 1, 10, 0, 11, 0)]));

        Assert.All(layout.Columns[1], b => Assert.Equal((0, 1, false), (b.Lane, b.Lanes, b.Clashing)));
    }

    [Fact]
    public void ACancelledSession_OverlappingAnother_TakesALaneButIsNoClash()
    {
        var layout = BoardLayout.For(View([Session(1, 1, 9, 0, 10, 0), Session(2, 1, 9, 0, 10, 0, SessionStatus.Cancelled)]));

        Assert.Equal([(0, false), (1, false)], layout.Columns[1].Select(b => (b.Lane, b.Clashing)).ToList());
    }

    [Fact]
    public void PickDay_PrefersTheAskedDay_ThenToday_ThenTheFirstDay()
    {
        DateOnly[] days = [Day, Day.AddDays(1)];

        Assert.Equal(Day.AddDays(1), TimetableQuery.PickDay(days, Day.AddDays(1), Day));
        Assert.Equal(Day.AddDays(1), TimetableQuery.PickDay(days, new DateOnly(2023, 10, 5), Day.AddDays(1)));
        Assert.Equal(Day, TimetableQuery.PickDay(days, null, new DateOnly(2023, 9, 20)));
    }

    [Fact]
    public void APlacement_IsTheLocalTimeOfTheEditionAsAnInstant()
    {
        var placement = new BoardPlacement { RoomId = 1, Day = Day, StartMinute = 9 * 60 + 15, EndMinute = 24 * 60 };

        Assert.Equal(new DateTimeOffset(2023, 9, 29, 2, 15, 0, TimeSpan.Zero), BoardPlacement.Instant(placement.Day, placement.StartMinute, HaLong));
        Assert.Equal(new DateTimeOffset(2023, 9, 29, 17, 0, 0, TimeSpan.Zero), BoardPlacement.Instant(placement.Day, placement.EndMinute, HaLong));
    }

    private static TimetableView View(IReadOnlyList<BoardSession> sessions) => new(1, HaLong, [Day, Day.AddDays(1)], Day,
        [new BoardRoom(1, new LocalizedText("Hội trường A", "Hall A"), 300), new BoardRoom(2, new LocalizedText("Phòng họp B", "Room B"), 40)],
        sessions, []);

    private static BoardSession Session(int id, int room, int h1, int m1, int h2, int m2, SessionStatus status = SessionStatus.Published) =>
        new(id, 0, new LocalizedText($"Phiên {id}", $"Session {id}"), SessionKind.FocusPanel, status, room,
            new DateTimeOffset(2023, 9, 29, h1, m1, 0, TimeSpan.FromHours(7)), new DateTimeOffset(2023, 9, 29, h2, m2, 0, TimeSpan.FromHours(7)),
            null, TimetableQuery.NeutralColour);
}
