using System.Text;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Public;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Registrations.Public;

public sealed class RegistrationIntakeTests
{
    private static readonly int[] Categories = [1, 2];

    private static RegistrationInput Valid() => new()
    {
        FullName = "Nguyễn Thị Hằng",
        Email = "hang@example.vn",
        CategoryId = 1,
        Nationality = "VN",
        Days = [0],
        Consent = true,
    };

    private static RegistrationCategory Category(bool approval = false, int? capacity = null, bool waitlist = false) => new()
    {
        Id = 1,
        Name = new LocalizedText("Khách tham quan", "Visitor"),
        RequiresApproval = approval,
        Capacity = capacity,
        WaitlistWhenFull = waitlist,
    };

    [Fact]
    public void AValidForm_HasNoErrors()
    {
        Assert.Empty(RegistrationIntake.Validate(Valid(), Categories, dayCount: 2, requireConsent: true));
    }

    [Fact]
    public void MissingNameEmailCategoryDaysAndConsent_AreEachNamedByTheirField()
    {
        var input = new RegistrationInput { Nationality = "ZZ" };

        var errors = RegistrationIntake.Validate(input, Categories, dayCount: 2, requireConsent: true);

        Assert.Equal(
            new[] { "CategoryId", "Consent", "Days", "Email", "FullName", "Nationality" },
            errors.Select(e => e.Field).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("name@localhost")]
    public void AnInvalidEmail_IsRefused(string email)
    {
        var input = Valid();
        input.Email = email;

        var error = Assert.Single(RegistrationIntake.Validate(input, Categories, 2, true));

        Assert.Equal(("Email", RegistrationIntake.EmailInvalid), (error.Field, error.Code));
    }

    [Fact]
    public void ACategoryNotOfferedToThePublic_AndADayOutsideTheEdition_AreRefused()
    {
        var input = Valid();
        input.CategoryId = 99;
        input.Days = [0, 2];

        var errors = RegistrationIntake.Validate(input, Categories, dayCount: 2, requireConsent: true);

        Assert.Contains(errors, e => e.Field == "CategoryId" && e.Code == RegistrationIntake.CategoryUnknown);
        Assert.Contains(errors, e => e.Field == "Days" && e.Code == RegistrationIntake.DaysRequired);
    }

    [Fact]
    public void ANameLongerThanTheColumn_IsRefused_AndCorrectionsNeedNoConsent()
    {
        var input = Valid();
        input.FullName = new string('a', RegistrationLimits.FullName + 1);
        input.Consent = false;

        var error = Assert.Single(RegistrationIntake.Validate(input, Categories, 2, requireConsent: false));

        Assert.Equal("FullName", error.Field);
    }

    [Theory]
    [InlineData(false, RegistrationStatus.Confirmed)]
    [InlineData(true, RegistrationStatus.Pending)]
    public void ACategoryNeedingApproval_StartsPending_OthersConfirmed(bool approval, RegistrationStatus expected)
    {
        Assert.Equal(expected, RegistrationIntake.Decide(Category(approval), taken: 0).Status);
    }

    [Fact]
    public void AFullCategory_Refuses_OrWaitlistsWhenTheOrganisersSaySo()
    {
        Assert.Equal(RegistrationStatus.Confirmed, RegistrationIntake.Decide(Category(capacity: 3), taken: 2).Status);
        Assert.True(RegistrationIntake.Decide(Category(capacity: 3), taken: 3).Refused);
        Assert.Equal(RegistrationStatus.Waitlisted, RegistrationIntake.Decide(Category(capacity: 3, waitlist: true), taken: 3).Status);
    }

    [Fact]
    public async Task Capacity_CountsPendingAndConfirmed_NotCancelledOrWaitlisted()
    {
        await using var database = TestDatabase.Create();
        var edition = database.AddEdition();
        await using var db = database.CreateDbContext();
        var category = RegistrationCategoryDefaults.For(edition.Id).Single(c => c.Code == RegistrationCategoryDefaults.Visitor);
        category.Capacity = 2;
        db.RegistrationCategories.Add(category);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        foreach (var status in new[] { RegistrationStatus.Pending, RegistrationStatus.Cancelled, RegistrationStatus.Waitlisted })
        {
            db.Registrations.Add(RegistrationIntake.Create(For(category.Id, $"{status}@example.vn"), edition.Id, status, TestClock.Instant, out _));
        }
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var open = await RegistrationIntake.AdmitAsync(db, category, null, TestContext.Current.CancellationToken);
        db.Registrations.Add(RegistrationIntake.Create(For(category.Id, "last@example.vn"), edition.Id, RegistrationStatus.Confirmed, TestClock.Instant, out _));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var full = await RegistrationIntake.AdmitAsync(db, category, null, TestContext.Current.CancellationToken);

        Assert.Equal(RegistrationStatus.Confirmed, open.Status);
        Assert.True(full.Refused);
    }

    [Fact]
    public void ANewRegistration_KeepsTheNameInNfc_KeysTheEmail_AndStoresOnlyTheTokensHash()
    {
        var input = Valid();
        input.FullName = "  Nguye\u0302\u0303n Thi\u0323 Ha\u0306\u0300ng ";
        input.Email = "  Hang.Nguyen@Example.VN ";
        input.Days = [0, 1];

        var registration = RegistrationIntake.Create(input, editionId: 7, RegistrationStatus.Confirmed, TestClock.Instant, out var token);

        Assert.Equal("Nguyễn Thị Hằng", registration.FullName);
        Assert.True(registration.FullName.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("hang.nguyen@example.vn", registration.EmailKey);
        Assert.Equal(0b11, registration.DaysMask);
        Assert.True(ManagementTokens.IsWellFormed(token));
        Assert.Equal(ManagementTokens.Hash(token), registration.ManagementTokenHash);
        Assert.DoesNotContain(token, registration.ManagementTokenHash, StringComparison.Ordinal);
        Assert.True(BadgeCodes.IsWellFormed(registration.BadgeCode));
        Assert.Equal(TestClock.Instant, registration.BadgeIssuedAt);
        Assert.Equal(RegistrationConsent.Version, registration.ConsentVersion);
        Assert.Equal(TestClock.Instant, registration.ConsentGivenAt);
    }

    [Fact]
    public void RegistrationIsOpen_OnlyWhileTheEditionIsOpenOrRunning()
    {
        var open = Enum.GetValues<EditionStatus>().Where(s => RegistrationIntake.IsOpen(Edition(s))).ToArray();

        Assert.Equal(new[] { EditionStatus.Open, EditionStatus.Running }, open);
        Assert.False(RegistrationIntake.IsOpen(null));
    }

    private static Edition Edition(EditionStatus status) => new()
    {
        Name = new("", ""), Theme = new("", ""), Venue = new("", ""), Province = new("", ""), Status = status,
    };

    private static RegistrationInput For(int categoryId, string email)
    {
        var input = Valid();
        input.CategoryId = categoryId;
        input.Email = email;
        return input;
    }
}
