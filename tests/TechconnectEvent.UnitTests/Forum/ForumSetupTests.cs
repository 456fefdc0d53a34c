using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Infrastructure.Localization;
using static TechconnectEvent.UnitTests.Editions.EditionBed;

namespace TechconnectEvent.UnitTests.Forum;

public sealed class ForumSetupTests
{
    [Fact]
    public void TheUsualTopics_AreTheSevenOfTheFair_WithColoursThatCarryWhiteText()
    {
        var topics = TopicDefaults.For(1);

        Assert.Equal(7, topics.Count);
        Assert.Equal(topics.Count, topics.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(topics, t => t.Name.Vi == "Khoa học cho sức khỏe (nông nghiệp và y dược)");
        Assert.All(topics, t => Assert.True(BoothColours.Contrast(BoothColours.Parse(t.Colour), BoothColours.White) >= 4.5,
            $"{t.Code} {t.Colour}: {BoothColours.Contrast(BoothColours.Parse(t.Colour), BoothColours.White):0.00}"));
    }

    [Fact]
    public async Task Create_WithoutCopyingTopics_StartsWithTheUsualSevenAndNoRooms()
    {
        await using var bed = await BoothTestBed.CreateAsync();

        var result = await Service(bed).CreateAsync(Input(2024), Ct);

        Assert.True(result.Succeeded);
        await using var check = bed.Database.CreateContext();
        var topics = await check.Topics.Where(t => t.EditionId == result.Value).OrderBy(t => t.SortOrder).ToListAsync(Ct);
        Assert.Equal(TopicDefaults.For(0).Select(t => t.Code), topics.Select(t => t.Code));
        Assert.False(await check.Rooms.AnyAsync(r => r.EditionId == result.Value, Ct));
    }

    [Fact]
    public async Task Create_CopyingRoomsAndTopics_CopiesOpenRoomsAndEveryTopicButNoSession()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        int hallId;
        await using (var db = bed.Database.CreateContext())
        {
            var hall = new Room { EditionId = bed.EditionId, Name = new LocalizedText("Hội trường chính", "Main hall"), Capacity = 800, LocationNote = "Tầng 1", SortOrder = 1 };
            db.Rooms.Add(hall);
            db.Rooms.Add(new Room { EditionId = bed.EditionId, Name = new LocalizedText("Phòng cũ", "Old room"), Capacity = 40, IsArchived = true });
            db.Topics.Add(new Topic { EditionId = bed.EditionId, Code = "vat-lieu", Name = new LocalizedText("Vật liệu mới", "New materials"), Colour = "#6A1B9A" });
            await db.SaveChangesAsync(Ct);
            hallId = hall.Id;
            db.ForumSessions.Add(new ForumSession
            {
                EditionId = bed.EditionId, RoomId = hall.Id, Title = new LocalizedText("Lễ khai mạc", "Opening"),
                StartsAt = new DateTimeOffset(2023, 9, 29, 1, 30, 0, TimeSpan.Zero), EndsAt = new DateTimeOffset(2023, 9, 29, 3, 0, 0, TimeSpan.Zero),
            });
            await db.SaveChangesAsync(Ct);
        }

        var result = await Service(bed).CreateAsync(Input(2024, bed.EditionId, EditionCopier.Rooms, EditionCopier.Topics), Ct);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        await using var check = bed.Database.CreateContext();
        var room = Assert.Single(await check.Rooms.Where(r => r.EditionId == result.Value).ToListAsync(Ct));
        Assert.NotEqual(hallId, room.Id);
        Assert.Equal(("Hội trường chính", 800, "Tầng 1"), (room.Name.Vi, room.Capacity, room.LocationNote));
        var topic = Assert.Single(await check.Topics.Where(t => t.EditionId == result.Value).ToListAsync(Ct));
        Assert.Equal(("vat-lieu", "Vật liệu mới", "#6A1B9A"), (topic.Code, topic.Name.Vi, topic.Colour));
        Assert.False(await check.ForumSessions.AnyAsync(s => s.EditionId == result.Value, Ct));
    }
}
