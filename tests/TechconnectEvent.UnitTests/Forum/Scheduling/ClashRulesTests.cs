using TechconnectEvent.Web.Features.Forum.Scheduling;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Forum.Scheduling;

public sealed class ClashRulesTests
{
    /// <summary>29–30 September 2023 in Ha Long (UTC+7, no daylight saving).</summary>
    private static readonly EditionDays Fair = new(new DateOnly(2023, 9, 29), new DateOnly(2023, 9, 30), "Asia/Ho_Chi_Minh");

    /// <summary>A local Ha Long time on a fair day as an instant.</summary>
    private static DateTimeOffset Local(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2023, 9, day, hour, minute, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    private static SessionFact Session(int id, DateTimeOffset start, DateTimeOffset end, int? room = 1, int? seats = 200,
        IReadOnlyList<ChairFact>? chairs = null, IReadOnlyList<SpeakerFact>? speakers = null, int audience = 0) =>
        new(id, new LocalizedText($"Phiên {id}", $"Session {id}"), room, seats, start, end, chairs ?? [], speakers ?? [], audience);

    [Fact]
    public void Two_sessions_overlapping_in_one_room_double_book_it_and_name_the_other()
    {
        var a = Session(1, Local(29, 9), Local(29, 11));
        var b = Session(2, Local(29, 10, 30), Local(29, 12));

        var clash = Assert.Single(ClashRules.Check(Fair, b, [a, b]));

        Assert.Equal(ClashKind.RoomDoubleBooked, clash.Kind);
        Assert.Equal(ClashSeverity.Blocking, clash.Severity);
        Assert.Equal(2, clash.SessionId);
        Assert.Equal(1, clash.OtherSessionId);
        Assert.Equal("Phiên 1", clash.OtherTitle!.Vi);
    }

    [Fact]
    public void Back_to_back_sessions_in_one_room_do_not_clash()
    {
        var a = Session(1, Local(29, 9), Local(29, 10));
        var b = Session(2, Local(29, 10), Local(29, 11));

        Assert.Empty(ClashRules.Check(Fair, b, [a]));
        Assert.Empty(ClashRules.CheckAll(Fair, [a, b]));
    }

    [Fact]
    public void Sessions_in_other_rooms_or_without_a_room_do_not_double_book()
    {
        var a = Session(1, Local(29, 9), Local(29, 11), room: 1);
        var b = Session(2, Local(29, 9), Local(29, 11), room: 2);
        var c = Session(3, Local(29, 9), Local(29, 11), room: null);
        var d = Session(4, Local(29, 9), Local(29, 11), room: null);

        Assert.Empty(ClashRules.CheckAll(Fair, [a, b, c, d]));
    }

    [Fact]
    public void A_chair_account_in_two_overlapping_sessions_is_double_booked()
    {
        var chair = new ChairFact("u-7", "Trần Thị Bình");
        var a = Session(1, Local(29, 9), Local(29, 11), room: 1, chairs: [chair]);
        var b = Session(2, Local(29, 10), Local(29, 12), room: 2, chairs: [chair]);

        var clash = Assert.Single(ClashRules.Check(Fair, b, [a]));

        Assert.Equal(ClashKind.PersonDoubleBooked, clash.Kind);
        Assert.Equal("Trần Thị Bình", clash.Person);
        Assert.Equal(1, clash.OtherSessionId);
    }

    [Fact]
    public void A_speaker_typed_without_diacritics_is_the_same_person_when_the_organisation_matches()
    {
        var a = Session(1, Local(29, 9), Local(29, 11), room: 1,
            speakers: [new SpeakerFact("GS.TS. Nguyễn Văn Đức", "Đại học Bách khoa Hà Nội", null, 20)]);
        var b = Session(2, Local(29, 10), Local(29, 12), room: 2,
            speakers: [new SpeakerFact("gs.ts.  nguyen van duc", "Dai hoc Bach khoa Ha Noi", null, 20)]);
        var other = Session(3, Local(29, 10), Local(29, 12), room: 3,
            speakers: [new SpeakerFact("GS.TS. Nguyễn Văn Đức", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", null, 20)]);

        var clash = Assert.Single(ClashRules.Check(Fair, b, [a, other]));

        Assert.Equal(ClashKind.PersonDoubleBooked, clash.Kind);
        Assert.Equal(1, clash.OtherSessionId);
    }

    [Fact]
    public void A_chair_account_that_speaks_elsewhere_under_its_account_is_double_booked()
    {
        var a = Session(1, Local(29, 9), Local(29, 11), room: 1, chairs: [new ChairFact("u-7", "Trần Thị Bình")]);
        var b = Session(2, Local(29, 10), Local(29, 12), room: 2, speakers: [new SpeakerFact("TS. Trần Thị Bình", "NIC", "u-7", 15)]);

        var clash = Assert.Single(ClashRules.Check(Fair, b, [a]));

        Assert.Equal(ClashKind.PersonDoubleBooked, clash.Kind);
        Assert.Equal("TS. Trần Thị Bình", clash.Person);
    }

    [Fact]
    public void The_same_person_in_back_to_back_sessions_is_not_double_booked()
    {
        var chair = new ChairFact("u-7", "Trần Thị Bình");
        var a = Session(1, Local(29, 9), Local(29, 10), room: 1, chairs: [chair]);
        var b = Session(2, Local(29, 10), Local(29, 11), room: 2, chairs: [chair]);

        Assert.Empty(ClashRules.CheckAll(Fair, [a, b]));
    }

    [Fact]
    public void A_session_across_midnight_after_the_last_day_is_outside_the_edition()
    {
        var late = Session(1, Local(30, 23, 30), Local(30, 23, 30).AddMinutes(45));

        var clash = Assert.Single(ClashRules.Check(Fair, late, []));

        Assert.Equal(ClashKind.OutsideEditionDays, clash.Kind);
        Assert.Equal(ClashSeverity.Blocking, clash.Severity);
    }

    [Fact]
    public void A_session_ending_exactly_at_midnight_after_the_last_day_is_inside()
    {
        var late = Session(1, Local(30, 23), Local(30, 23).AddHours(1));

        Assert.Empty(ClashRules.Check(Fair, late, []));
    }

    [Fact]
    public void Local_midnight_of_the_first_day_is_17_00_utc_the_day_before_and_is_inside()
    {
        var early = Session(1, new DateTimeOffset(2023, 9, 28, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 9, 28, 18, 0, 0, TimeSpan.Zero));
        var earlier = Session(2, new DateTimeOffset(2023, 9, 28, 16, 59, 0, TimeSpan.Zero), new DateTimeOffset(2023, 9, 28, 18, 0, 0, TimeSpan.Zero), room: 2);

        Assert.Empty(ClashRules.Check(Fair, early, []));
        Assert.Equal(ClashKind.OutsideEditionDays, Assert.Single(ClashRules.Check(Fair, earlier, [])).Kind);
    }

    [Fact]
    public void The_edition_days_follow_its_time_zone_not_utc()
    {
        // 21:00–22:00 UTC on 30 September is still that evening in London but 04:00–05:00 on 1 October in Ha Long.
        var london = Fair with { TimeZoneId = "Europe/London" };
        var evening = Session(1, new DateTimeOffset(2023, 9, 30, 21, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 9, 30, 22, 0, 0, TimeSpan.Zero));

        Assert.Empty(ClashRules.Check(london, evening, []));
        Assert.Equal(ClashKind.OutsideEditionDays, Assert.Single(ClashRules.Check(Fair, evening, [])).Kind);
    }

    [Fact]
    public void Speakers_minutes_above_the_length_block_and_equal_minutes_fit()
    {
        SpeakerFact Speaker(string name, int minutes) => new(name, "NIC", null, minutes);
        var full = Session(1, Local(29, 9), Local(29, 10), speakers: [Speaker("A", 30), Speaker("B", 30)]);
        var over = Session(2, Local(29, 9), Local(29, 10), room: 2, speakers: [Speaker("C", 30), Speaker("D", 31)]);

        Assert.Empty(ClashRules.Check(Fair, full, []));
        var clash = Assert.Single(ClashRules.Check(Fair, over, []));
        Assert.Equal(ClashKind.SpeakerMinutesExceedLength, clash.Kind);
        Assert.Equal((61, 60), (clash.Planned, clash.Available));
    }

    [Fact]
    public void A_session_that_ends_at_or_before_its_start_is_refused_and_clashes_with_nothing_else()
    {
        var other = Session(1, Local(29, 8), Local(29, 12));
        var empty = Session(2, Local(29, 10), Local(29, 10));
        var backwards = Session(3, Local(29, 11), Local(29, 10));

        Assert.Equal(ClashKind.EndsBeforeStart, Assert.Single(ClashRules.Check(Fair, empty, [other])).Kind);
        Assert.Equal(ClashKind.EndsBeforeStart, Assert.Single(ClashRules.Check(Fair, backwards, [other])).Kind);
    }

    [Fact]
    public void More_people_expected_than_seats_is_only_a_warning()
    {
        var crowded = Session(1, Local(29, 9), Local(29, 10), seats: 100, audience: 101);
        var full = Session(2, Local(29, 9), Local(29, 10), room: 2, seats: 100, audience: 100);

        var clash = Assert.Single(ClashRules.Check(Fair, crowded, []));
        Assert.Equal(ClashKind.AudienceAboveCapacity, clash.Kind);
        Assert.Equal(ClashSeverity.Warning, clash.Severity);
        Assert.Equal((101, 100), (clash.Planned, clash.Available));
        Assert.Empty(ClashRules.Check(Fair, full, []));
    }

    [Fact]
    public void The_edition_check_names_each_pair_once_from_the_earlier_session()
    {
        var a = Session(1, Local(29, 9), Local(29, 11));
        var b = Session(2, Local(29, 10), Local(29, 12));
        var c = Session(3, Local(29, 10, 30), Local(29, 13));

        var clashes = ClashRules.CheckAll(Fair, [c, b, a]);

        Assert.Equal([(1, 2), (1, 3), (2, 3)], clashes.Select(x => (x.SessionId, x.OtherSessionId!.Value)).ToArray());
        Assert.All(clashes, x => Assert.Equal(ClashKind.RoomDoubleBooked, x.Kind));
    }

    [Fact]
    public void The_edition_check_finds_a_long_session_overlapping_later_ones_past_a_short_one()
    {
        var longOne = Session(1, Local(29, 8), Local(29, 17), room: 1);
        var shortOne = Session(2, Local(29, 8, 30), Local(29, 9), room: 2);
        var afternoon = Session(3, Local(29, 15), Local(29, 16), room: 1);

        var clash = Assert.Single(ClashRules.CheckAll(Fair, [afternoon, shortOne, longOne]));

        Assert.Equal((1, 3), (clash.SessionId, clash.OtherSessionId!.Value));
    }

    [Fact]
    public void The_candidate_is_not_compared_with_its_own_stored_self()
    {
        var stored = Session(1, Local(29, 9), Local(29, 10));
        var moved = stored with { StartsAt = Local(29, 9, 30), EndsAt = Local(29, 10, 30) };

        Assert.Empty(ClashRules.Check(Fair, moved, [stored]));
    }
}
