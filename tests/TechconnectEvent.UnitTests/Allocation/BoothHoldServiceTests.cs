using System.Globalization;
using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Allocation;

public sealed class BoothHoldServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset InAWeek = AllocationScenario.Now.AddDays(7);
    private AllocationScenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await AllocationScenario.CreateAsync();

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private BoothHoldService Holds(Actor? actor = null) =>
        new(scenario.Database.Factory, new FixedActor(actor ?? TestActors.Organiser), new AuditTrail(scenario.Time), scenario.Notifier, scenario.Time);

    private Task<Booth> HeldBoothAsync(string code, int applicationId, DateTimeOffset until) =>
        scenario.AddBoothAsync(code, scenario.AiZone, configure: b => b.HeldFor(applicationId, until));

    [Fact]
    public async Task Hold_AnAvailableBooth_HoldsItForTheApplication_BumpsTheVersion_AuditsIt_AndTellsEveryPlan()
    {
        var booth = await scenario.AddBoothAsync("A-012", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty Cổ phần FPT", "FPT Corporation", status: ApplicationStatus.Submitted);
        var until = new DateTimeOffset(2023, 9, 10, 23, 59, 59, TimeSpan.FromHours(7));

        var result = await Holds().HoldAsync(booth.Id, application.Id, until, booth.Version, Ct);

        Assert.True(result.Succeeded);
        var stored = await scenario.BoothAsync(booth.Id);
        Assert.Equal(BoothStatus.Held, stored.Status);
        Assert.Equal(application.Id, stored.HeldForApplicationId);
        Assert.Equal(until, stored.HeldUntil);
        Assert.Equal(TimeSpan.Zero, stored.HeldUntil!.Value.Offset);
        Assert.Equal(booth.Version + 1, stored.Version);
        var audit = Assert.Single(await scenario.AuditAsync());
        Assert.Equal("booth.held", audit.Action);
        Assert.Equal(booth.Id.ToString(CultureInfo.InvariantCulture), audit.EntityId);
        Assert.Contains("Available", audit.Before);
        Assert.Contains("Held", audit.After);
        Assert.Contains("Công ty Cổ phần FPT", audit.After);
        Assert.Equal([booth.Id], Assert.Single(await scenario.ChangesAsync()).BoothIds);
    }

    [Fact]
    public async Task AfterAHold_OnlyThatApplicationCanBeAllocatedTheBooth()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var holder = await scenario.AddApplicationAsync("Công ty Giữ Chỗ", "Holder Co");
        var other = await scenario.AddApplicationAsync("Công ty Khác", "Other Co");
        Assert.True((await Holds().HoldAsync(booth.Id, holder.Id, InAWeek, booth.Version, Ct)).Succeeded);
        var held = await scenario.BoothAsync(booth.Id);

        var refused = await scenario.Service().AllocateAsync(booth.Id, other.Id, held.Version, null, Ct);
        var allocated = await scenario.Service().AllocateAsync(booth.Id, holder.Id, held.Version, null, Ct);

        Assert.Equal(AllocationErrors.BoothHeld, Assert.Single(refused.Errors).Code);
        Assert.True(allocated.Succeeded);
        Assert.Equal(holder.Id, Assert.Single(await scenario.AllocationsAsync()).ApplicationId);
    }

    [Fact]
    public async Task Hold_ABoothWhoseHoldExpired_HoldsItAgain_ForAnyone()
    {
        var first = await scenario.AddApplicationAsync("Công ty A", "Company A");
        var second = await scenario.AddApplicationAsync("Công ty B", "Company B");
        var booth = await HeldBoothAsync("A-001", first.Id, AllocationScenario.Now.AddMinutes(-1));

        var result = await Holds().HoldAsync(booth.Id, second.Id, InAWeek, booth.Version, Ct);

        Assert.True(result.Succeeded);
        Assert.Equal(second.Id, (await scenario.BoothAsync(booth.Id)).HeldForApplicationId);
    }

    [Fact]
    public async Task Hold_ABoothHeldForAnotherApplicant_IsRefused_AndTheSameApplicant_IsToldToLiftItFirst()
    {
        var first = await scenario.AddApplicationAsync("Công ty A", "Company A");
        var second = await scenario.AddApplicationAsync("Công ty B", "Company B");
        var booth = await HeldBoothAsync("A-001", first.Id, AllocationScenario.Now.AddDays(1));

        var forOther = await Holds().HoldAsync(booth.Id, second.Id, InAWeek, booth.Version, Ct);
        var forSame = await Holds().HoldAsync(booth.Id, first.Id, InAWeek, booth.Version, Ct);

        Assert.Equal(AllocationErrors.BoothHeld, Assert.Single(forOther.Errors).Code);
        Assert.Equal(AllocationErrors.HoldAlreadyHeld, Assert.Single(forSame.Errors).Code);
        var stored = await scenario.BoothAsync(booth.Id);
        Assert.Equal((first.Id, booth.Version), (stored.HeldForApplicationId!.Value, stored.Version));
        Assert.Empty(await scenario.AuditAsync());
    }

    [Fact]
    public async Task Hold_ABlockedBooth_IsRefused_WithTheBlockReason()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone, configure: b => b.Blocked("Lối thoát hiểm"));
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");

        var result = await Holds().HoldAsync(booth.Id, application.Id, InAWeek, booth.Version, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal(AllocationErrors.BoothBlocked, error.Code);
        Assert.Equal(["A-001", "Lối thoát hiểm"], error.Arguments);
    }

    [Fact]
    public async Task Hold_AnAllocatedBooth_NamesItsOwner()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var owner = await scenario.AddApplicationAsync("Công ty Chủ Gian", "Owner Co");
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");
        Assert.True((await scenario.Service().AllocateAsync(booth.Id, owner.Id, booth.Version, null, Ct)).Succeeded);
        var allocated = await scenario.BoothAsync(booth.Id);

        var result = await Holds().HoldAsync(booth.Id, application.Id, InAWeek, allocated.Version, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal(AllocationErrors.BoothTaken, error.Code);
        Assert.Equal("A-001", error.Arguments[0]);
        Assert.Equal("Công ty Chủ Gian", Assert.IsType<LocalizedText>(error.Arguments[1]).Vi);
    }

    [Fact]
    public async Task Hold_WithAStaleVersion_SaysTheBoothChanged_AndWritesNothing()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");

        var result = await Holds().HoldAsync(booth.Id, application.Id, InAWeek, booth.Version - 1, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal(AllocationErrors.BoothChanged, error.Code);
        Assert.Equal(["A-001"], error.Arguments);
        Assert.Equal(BoothStatus.Available, (await scenario.BoothAsync(booth.Id)).Status);
        Assert.Empty(await scenario.ChangesAsync());
    }

    [Fact]
    public async Task Hold_BySomeoneWhoIsNotAnOrganiser_IsRefused()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");

        var result = await Holds(TestActors.Staff).HoldAsync(booth.Id, application.Id, InAWeek, booth.Version, Ct);

        Assert.Equal(AllocationErrors.NotOrganiser, Assert.Single(result.Errors).Code);
        Assert.Equal(BoothStatus.Available, (await scenario.BoothAsync(booth.Id)).Status);
    }

    [Theory]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public async Task Hold_ForARejectedOrWithdrawnApplication_IsRefused(ApplicationStatus status)
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A", status: status);

        var result = await Holds().HoldAsync(booth.Id, application.Id, InAWeek, booth.Version, Ct);

        Assert.Equal(AllocationErrors.HoldApplicationClosed, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Waitlisted)]
    [InlineData(ApplicationStatus.Allocated)]
    public async Task Hold_ForAnApplicationStillInPlay_Succeeds(ApplicationStatus status)
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A", status: status);

        Assert.True((await Holds().HoldAsync(booth.Id, application.Id, InAWeek, booth.Version, Ct)).Succeeded);
    }

    [Fact]
    public async Task Hold_InAZoneThatRefusesTheOrganisationType_IsRefused()
    {
        var booth = await scenario.AddBoothAsync("U-001", scenario.UniversityZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A", OrganizationType.Enterprise);

        var result = await Holds().HoldAsync(booth.Id, application.Id, InAWeek, booth.Version, Ct);

        Assert.Equal(AllocationErrors.ZoneNotAccepting, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Hold_ForAnApplicationOfAnotherEdition_IsRefused()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var otherEdition = await scenario.AddEditionAsync(2024);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A", editionId: otherEdition);

        var result = await Holds().HoldAsync(booth.Id, application.Id, InAWeek, booth.Version, Ct);

        Assert.Equal(AllocationErrors.DifferentEdition, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Hold_OfAnUnknownBoothOrApplication_IsRefused()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");

        var noBooth = await Holds().HoldAsync(booth.Id + 100, application.Id, InAWeek, 0, Ct);
        var noApplication = await Holds().HoldAsync(booth.Id, application.Id + 100, InAWeek, booth.Version, Ct);

        Assert.Equal(AllocationErrors.BoothNotFound, Assert.Single(noBooth.Errors).Code);
        Assert.Equal(AllocationErrors.ApplicationNotFound, Assert.Single(noApplication.Errors).Code);
    }

    [Fact]
    public async Task Hold_UntilNowOrThePast_OrBeyondSixtyDays_IsRefusedNextToTheDate()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");

        var now = await Holds().HoldAsync(booth.Id, application.Id, AllocationScenario.Now, booth.Version, Ct);
        var tooFar = await Holds().HoldAsync(booth.Id, application.Id, AllocationScenario.Now.AddDays(60).AddSeconds(1), booth.Version, Ct);
        var lastDay = await Holds().HoldAsync(booth.Id, application.Id, AllocationScenario.Now.AddDays(60), booth.Version, Ct);

        Assert.Equal((AllocationErrors.HoldUntilPast, "until"), (Assert.Single(now.Errors).Code, now.Errors[0].Field));
        Assert.Equal((AllocationErrors.HoldUntilTooFar, "until"), (Assert.Single(tooFar.Errors).Code, tooFar.Errors[0].Field));
        Assert.Equal([60], tooFar.Errors[0].Arguments);
        Assert.True(lastDay.Succeeded);
    }

    [Fact]
    public async Task ReleaseHold_MakesTheBoothAvailable_ClearsTheHold_AuditsIt_AndTellsEveryPlan()
    {
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");
        var booth = await HeldBoothAsync("A-001", application.Id, InAWeek);

        var result = await Holds().ReleaseHoldAsync(booth.Id, booth.Version, Ct);

        Assert.True(result.Succeeded);
        var stored = await scenario.BoothAsync(booth.Id);
        Assert.Equal((BoothStatus.Available, (int?)null, (DateTimeOffset?)null, booth.Version + 1),
            (stored.Status, stored.HeldForApplicationId, stored.HeldUntil, stored.Version));
        var audit = Assert.Single(await scenario.AuditAsync());
        Assert.Equal("booth.hold-released", audit.Action);
        Assert.Contains("Held", audit.Before);
        Assert.Contains("Available", audit.After);
        Assert.Equal([booth.Id], Assert.Single(await scenario.ChangesAsync()).BoothIds);
    }

    [Fact]
    public async Task ReleaseHold_OfAFreeBooth_WithAStaleVersion_ByANonOrganiser_OrOfAnUnknownBooth_IsRefused()
    {
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");
        var free = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var held = await HeldBoothAsync("A-002", application.Id, InAWeek);

        Assert.Equal(AllocationErrors.NotHeld, Assert.Single((await Holds().ReleaseHoldAsync(free.Id, free.Version, Ct)).Errors).Code);
        Assert.Equal(AllocationErrors.BoothChanged, Assert.Single((await Holds().ReleaseHoldAsync(held.Id, held.Version + 5, Ct)).Errors).Code);
        Assert.Equal(AllocationErrors.NotOrganiser, Assert.Single((await Holds(TestActors.Staff).ReleaseHoldAsync(held.Id, held.Version, Ct)).Errors).Code);
        Assert.Equal(AllocationErrors.BoothNotFound, Assert.Single((await Holds().ReleaseHoldAsync(held.Id + 100, 0, Ct)).Errors).Code);
        Assert.Equal(BoothStatus.Held, (await scenario.BoothAsync(held.Id)).Status);
        Assert.Empty(await scenario.AuditAsync());
    }

    [Fact]
    public async Task GetHold_NamesTheOrganisation_AndSaysWhetherTheHoldExpired()
    {
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");
        var live = await HeldBoothAsync("A-001", application.Id, InAWeek);
        var expired = await HeldBoothAsync("A-002", application.Id, AllocationScenario.Now.AddSeconds(-1));
        var free = await scenario.AddBoothAsync("A-003", scenario.AiZone);

        var liveView = await Holds().GetHoldAsync(live.Id, Ct);
        var expiredView = await Holds().GetHoldAsync(expired.Id, Ct);

        Assert.Equal(("Công ty A", InAWeek, false, "Asia/Ho_Chi_Minh"),
            (liveView!.OrganizationName.Vi, liveView.HeldUntil!.Value, liveView.Expired, liveView.TimeZoneId));
        Assert.True(expiredView!.Expired);
        Assert.Null(await Holds().GetHoldAsync(free.Id, Ct));
    }

    [Fact]
    public void EndOfDay_IsTheLastSecondOfThatDayInTheEditionsTimeZone_InUtc()
    {
        var end = BoothHoldService.EndOfDay(new DateOnly(2023, 9, 30), "Asia/Ho_Chi_Minh");

        Assert.Equal(new DateTimeOffset(2023, 9, 30, 16, 59, 59, TimeSpan.Zero), end);
        Assert.Equal(TimeSpan.Zero, end.Offset);
    }

    [Fact]
    public async Task CandidatesForAHold_IncludeSubmittedAndWaitlisted_ButNotRejectedWithdrawnOrIneligible()
    {
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var submitted = await scenario.AddApplicationAsync("Công ty Nộp", "Submitted Co", status: ApplicationStatus.Submitted);
        var waitlisted = await scenario.AddApplicationAsync("Công ty Chờ", "Waitlisted Co", status: ApplicationStatus.Waitlisted);
        var approved = await scenario.AddApplicationAsync("Công ty Duyệt", "Approved Co");
        await scenario.AddApplicationAsync("Công ty Từ chối", "Rejected Co", status: ApplicationStatus.Rejected);
        await scenario.AddApplicationAsync("Công ty Rút", "Withdrawn Co", status: ApplicationStatus.Withdrawn);
        await scenario.AddApplicationAsync("Đại học X", "University X", OrganizationType.University);

        var forHold = await scenario.Service().CandidatesForHoldAsync(booth.Id, Ct);
        var forAllocation = await scenario.Service().CandidatesForBoothAsync(booth.Id, Ct);

        Assert.Equal(new[] { submitted.Id, waitlisted.Id, approved.Id }.Order(), forHold.Select(c => c.ApplicationId).Order());
        Assert.Equal([approved.Id], forAllocation.Select(c => c.ApplicationId));
    }
}
