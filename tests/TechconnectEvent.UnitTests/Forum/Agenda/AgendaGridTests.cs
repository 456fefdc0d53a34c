using TechconnectEvent.Web.Features.Forum.Agenda;

namespace TechconnectEvent.UnitTests.Forum.Agenda;

public sealed class AgendaGridTests
{
    [Fact]
    public void ParallelSessions_SitSideBySide_AndRowsFollowTheMomentsSessionsStartOrEnd()
    {
        var agenda = new AgendaBuilder()
            .Add("Khai mạc", 29, "08:30", "10:00")
            .Add("Ký kết", 29, "10:00", "10:45")
            .Add("Tiêu điểm", 29, "09:00", "10:45", roomId: 11)
            .Add("Chưa xếp phòng", 29, "14:00", "15:00", roomId: null)
            .Build();

        var grid = AgendaGrid.For(agenda.Sessions, agenda.Rooms);

        Assert.Equal(["Hội trường", "Phòng 1", null], grid.Rooms.Select(r => r?.Name));
        Assert.Equal(["08:30", "09:00", "10:00", "10:45", "14:00"], grid.Times.Select(t => t.ToString("HH:mm")));
        var cells = grid.Cells.ToDictionary(c => c.Session.Title);
        Assert.Equal((2, 2, 4), (cells["Khai mạc"].Column, cells["Khai mạc"].RowStart, cells["Khai mạc"].RowEnd));
        Assert.Equal((3, 3, 5), (cells["Tiêu điểm"].Column, cells["Tiêu điểm"].RowStart, cells["Tiêu điểm"].RowEnd));
        // Back to back: the ceremony starts on the line where the opening ends.
        Assert.Equal((2, 4, 5), (cells["Ký kết"].Column, cells["Ký kết"].RowStart, cells["Ký kết"].RowEnd));
        Assert.Equal(4, cells["Chưa xếp phòng"].Column);
        Assert.Equal(["Khai mạc", "Tiêu điểm", "Ký kết", "Chưa xếp phòng"], grid.Cells.Select(c => c.Session.Title));
    }
}
