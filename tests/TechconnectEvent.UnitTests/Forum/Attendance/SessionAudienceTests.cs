using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Registrations;

namespace TechconnectEvent.UnitTests.Forum.Attendance;

public sealed class SessionAudienceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Expected_CountsStandingInterests_AndAttended_CountsDistinctPeopleAdmittedAtTheDoor()
    {
        await using var bed = await AttendanceTestBed.CreateAsync();
        var panel = await bed.AddSessionAsync("Phiên chuyên đề Công nghệ thông tin");
        var other = await bed.AddSessionAsync("Phiên chuyên đề Vật liệu mới", hour: 14);
        var quiet = await bed.AddSessionAsync("Phiên không ai đến", hour: 16);
        await bed.Sync.ReconcileAsync(bed.EditionId, Cancel);
        var doors = (await bed.DoorsAsync()).ToDictionary(d => d.SessionId!.Value);
        var an = await bed.AddPersonAsync("Nguyễn Văn An");
        var binh = await bed.AddPersonAsync("Trần Thị Bình");
        var cuong = await bed.AddPersonAsync("Lê Văn Cường", RegistrationStatus.Cancelled);
        await bed.AddInterestAsync(an.Id, panel.Id);
        await bed.AddInterestAsync(binh.Id, panel.Id);
        await bed.AddInterestAsync(cuong.Id, panel.Id);
        await bed.AddInterestAsync(an.Id, other.Id);
        await bed.AdmitAsync(an.Id, doors[panel.Id], day: 0);
        // The same person admitted again on the next day of a session past midnight is still one person.
        await bed.AdmitAsync(an.Id, doors[panel.Id], day: 1);
        await bed.AdmitAsync(binh.Id, doors[panel.Id]);
        await bed.AdmitAsync(binh.Id, doors[other.Id]);

        var counts = await bed.Audience.CountAsync(bed.EditionId, [panel.Id, other.Id, quiet.Id], Cancel);

        Assert.Equal(new SessionAudienceCount(2, 2), counts[panel.Id]);
        Assert.Equal(new SessionAudienceCount(1, 1), counts[other.Id]);
        Assert.False(counts.ContainsKey(quiet.Id));
    }

    [Fact]
    public async Task AnotherEditionsSessions_AreNotCounted()
    {
        await using var bed = await AttendanceTestBed.CreateAsync();
        var panel = await bed.AddSessionAsync("Phiên chuyên đề Năng lượng xanh");
        var person = await bed.AddPersonAsync("Phạm Thị Dung");
        await bed.AddInterestAsync(person.Id, panel.Id);

        var counts = await bed.Audience.CountAsync(bed.EditionId + 1, [panel.Id], Cancel);

        Assert.Empty(counts);
    }
}
