using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Mous;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Connections.Mous;

public sealed class MouRulesTests
{
    private static readonly DateTimeOffset Signing = new(2023, 9, 29, 8, 30, 0, TimeSpan.Zero);

    private static Mou Ready(MouStatus status, int parties = 2, bool signatories = true, DateTimeOffset? signedAt = null) => new()
    {
        Title = new LocalizedText("Hợp tác chuyển giao công nghệ", "Technology transfer"),
        Status = status,
        SignedAt = signedAt,
        Parties = [.. Enumerable.Range(1, parties).Select(i => new MouParty
        {
            OrganizationId = i, SortOrder = i, SignatoryName = signatories ? "PGS.TS. Trịnh Thu Hà" : "", SignatoryPosition = signatories ? "Viện trưởng" : "",
        })],
    };

    [Theory]
    [InlineData(MouStatus.Proposed, MouStatus.Prepared)]
    [InlineData(MouStatus.Prepared, MouStatus.Signed)]
    [InlineData(MouStatus.Signed, MouStatus.Exchanged)]
    public void Forward_OneStep_WithWhatItNeeds_IsAllowedWithoutReason(MouStatus from, MouStatus to) =>
        Assert.Empty(MouRules.CheckMove(Ready(from, signedAt: Signing), to, null, isOrganiser: true));

    [Theory]
    [InlineData(MouStatus.Proposed, MouStatus.Signed)]
    [InlineData(MouStatus.Proposed, MouStatus.Exchanged)]
    [InlineData(MouStatus.Prepared, MouStatus.Exchanged)]
    [InlineData(MouStatus.Exchanged, MouStatus.Cancelled)]
    [InlineData(MouStatus.Exchanged, MouStatus.Proposed)]
    [InlineData(MouStatus.Cancelled, MouStatus.Signed)]
    [InlineData(MouStatus.Signed, MouStatus.Proposed)]
    [InlineData(MouStatus.Prepared, MouStatus.Prepared)]
    public void Skipping_JumpingBack_OrCancellingAnExchangedMou_IsRefused(MouStatus from, MouStatus to) =>
        Assert.Equal(["Mou.MoveRefused"], MouRules.CheckMove(Ready(from, signedAt: Signing), to, "lý do", isOrganiser: true).Select(e => e.Code));

    [Theory]
    [InlineData(MouStatus.Proposed)]
    [InlineData(MouStatus.Prepared)]
    [InlineData(MouStatus.Signed)]
    public void Cancel_BeforeExchanged_NeedsAReason(MouStatus from)
    {
        Assert.Equal(["Mou.CancelNeedsReason"], MouRules.CheckMove(Ready(from), MouStatus.Cancelled, "  ", true).Select(e => e.Code));
        Assert.Empty(MouRules.CheckMove(Ready(from), MouStatus.Cancelled, "Đối tác rút lui", true));
    }

    [Theory]
    [InlineData(MouStatus.Prepared, MouStatus.Proposed)]
    [InlineData(MouStatus.Signed, MouStatus.Prepared)]
    [InlineData(MouStatus.Exchanged, MouStatus.Signed)]
    [InlineData(MouStatus.Cancelled, MouStatus.Proposed)]
    public void Back_OneStep_OnlyByAnOrganiserWithAReason(MouStatus from, MouStatus to)
    {
        Assert.Equal(["Mou.BackNeedsReason"], MouRules.CheckMove(Ready(from), to, null, true).Select(e => e.Code));
        Assert.Equal(["Forbidden"], MouRules.CheckMove(Ready(from), to, "Ghi nhầm", false).Select(e => e.Code));
        Assert.Empty(MouRules.CheckMove(Ready(from), to, "Ghi nhầm", true));
    }

    [Fact]
    public void Prepared_NeedsTwoParties_EachWithSignatoryNameAndPosition()
    {
        Assert.Equal(["Mou.NeedsParties"], MouRules.CheckMove(Ready(MouStatus.Proposed, parties: 1), MouStatus.Prepared, null, true).Select(e => e.Code));
        var refused = MouRules.CheckMove(Ready(MouStatus.Proposed, signatories: false), MouStatus.Prepared, null, true);
        Assert.Equal([("Mou.PartyNeedsSignatory", 1), ("Mou.PartyNeedsSignatory", 2)], refused.Select(e => (e.Code, (int)e.Arguments[0])));
    }

    [Fact]
    public void Signed_NeedsASigningTime_GivenWithTheMoveOrAlreadyRecorded()
    {
        Assert.Equal(["Mou.NeedsSigningTime"], MouRules.CheckMove(Ready(MouStatus.Prepared), MouStatus.Signed, null, true).Select(e => e.Code));
        Assert.Empty(MouRules.CheckMove(Ready(MouStatus.Prepared), MouStatus.Signed, null, true, Signing));
        Assert.Empty(MouRules.CheckMove(Ready(MouStatus.Prepared, signedAt: Signing), MouStatus.Signed, null, true));
    }

    [Theory]
    [InlineData(MouStatus.Signed, true)]
    [InlineData(MouStatus.Exchanged, true)]
    [InlineData(MouStatus.Prepared, false)]
    public void Editing_ASignedMou_NeedsAReason(MouStatus status, bool needed)
    {
        var input = new MouInput { TitleVi = "Hợp tác", TitleEn = "Cooperation" };
        Assert.Equal(needed, MouRules.Validate(input, status).Any(e => e.Code == "Mou.ChangeNeedsReason" && e.Field == MouRules.Fields.ChangeReason));
        input.ChangeReason = "Sửa chức vụ người ký";
        Assert.Empty(MouRules.Validate(input, status));
    }

    [Fact]
    public void StageClash_NamesTheOtherMouInTheSameCeremony_IgnoringCancelledAndOtherCeremonies()
    {
        var taken = new Mou { Id = 7, Title = new LocalizedText("Ghi nhớ với Đại học Bách khoa Hà Nội", "HUST"), CeremonySessionId = 3, StageOrder = 2 };
        var cancelled = new Mou { Id = 8, Title = new LocalizedText("Đã hủy", "Cancelled"), CeremonySessionId = 3, StageOrder = 4, Status = MouStatus.Cancelled };
        var elsewhere = new Mou { Id = 9, Title = new LocalizedText("Khác", "Other"), CeremonySessionId = 5, StageOrder = 1 };
        Mou[] others = [taken, cancelled, elsewhere];

        Assert.Same(taken, MouRules.StageClash(1, 3, 2, others));
        Assert.Null(MouRules.StageClash(7, 3, 2, others));
        Assert.Null(MouRules.StageClash(1, 3, 4, others));
        Assert.Null(MouRules.StageClash(1, 3, 1, others));
    }

    [Fact]
    public void Value_IsWholeDongAtLeastZero_ShownWithVietnameseGrouping()
    {
        Assert.Contains(MouRules.Validate(new MouInput { TitleVi = "a", TitleEn = "a", ValueVnd = -1 }, MouStatus.Proposed), e => e.Code == "Mou.ValueInvalid");
        Assert.Equal("1.500.000.000 ₫", MouRules.FormatVnd(1_500_000_000, new System.Globalization.CultureInfo("vi-VN")));
    }
}
