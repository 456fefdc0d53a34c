using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;

namespace TechconnectEvent.UnitTests.Exhibitors;

public sealed class ApplicationValidatorTests
{
    private static readonly int[] Eligible = [10, 20, 30];

    private static ApplicationInput Valid() => new() { BoothsWanted = 2, ZonePreference1Id = 10, ZonePreference2Id = 20, ZonePreference3Id = 30, Notes = "Cần điện 3 pha" };

    private static (string Code, string? Field) Only(ApplicationInput input)
    {
        var error = Assert.Single(ApplicationValidator.Validate(input, Eligible));
        return (error.Code, error.Field);
    }

    [Fact]
    public void Validate_AValidApplication_HasNoErrors() => Assert.Empty(ApplicationValidator.Validate(Valid(), Eligible));

    [Fact]
    public void Validate_NoZonePreferenceAtAll_IsAllowed() =>
        Assert.Empty(ApplicationValidator.Validate(new ApplicationInput { BoothsWanted = 1 }, Eligible));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void Validate_BoothsOutsideOneToTwelve_FailsAtBoothsWanted(int booths)
    {
        var input = Valid();
        input.BoothsWanted = booths;
        Assert.Equal(("Application.BoothsRange", nameof(ApplicationInput.BoothsWanted)), Only(input));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void Validate_BoothsAtTheBounds_Pass(int booths)
    {
        var input = Valid();
        input.BoothsWanted = booths;
        Assert.Empty(ApplicationValidator.Validate(input, Eligible));
    }

    [Fact]
    public void Validate_TheSameZoneTwice_FailsAtTheLaterPreference()
    {
        var input = Valid();
        input.ZonePreference3Id = 10;
        Assert.Equal(("Application.ZoneRepeated", nameof(ApplicationInput.ZonePreference3Id)), Only(input));
    }

    [Fact]
    public void Validate_AZoneThatDoesNotAcceptTheType_FailsAtThatPreference()
    {
        var input = Valid();
        input.ZonePreference2Id = 99;
        Assert.Equal(("Application.ZoneNotEligible", nameof(ApplicationInput.ZonePreference2Id)), Only(input));
    }

    [Fact]
    public void Validate_NotesOf2001Characters_FailAtNotes()
    {
        var input = Valid();
        input.Notes = new string('ấ', 2001);
        Assert.Equal(("Validation.TooLong", nameof(ApplicationInput.Notes)), Only(input));
        input.Notes = new string('ấ', 2000);
        Assert.Empty(ApplicationValidator.Validate(input, Eligible));
    }

    [Fact]
    public void Validate_UndefinedSizeOrTier_FailsAtTheirFields()
    {
        var input = Valid();
        input.SizeWanted = (BoothSize)42;
        input.SponsorTier = (SponsorTier)42;
        var fields = ApplicationValidator.Validate(input, Eligible).Select(e => (e.Code, e.Field)).ToList();
        Assert.Equal([("Application.SizeInvalid", "SizeWanted"), ("Application.TierInvalid", "SponsorTier")], fields);
    }

    [Fact]
    public void ApplyTo_AThirdPreferenceWithoutASecond_IsStoredWithoutAGap()
    {
        var input = new ApplicationInput { BoothsWanted = 1, ZonePreference1Id = 10, ZonePreference3Id = 30, WantsAdjacent = true };
        var application = new ExhibitorApplication();

        input.ApplyTo(application);

        Assert.Equal((10, 30, (int?)null), (application.ZonePreference1Id, application.ZonePreference2Id, application.ZonePreference3Id));
        Assert.False(application.WantsAdjacent); // one booth cannot be adjacent to itself
    }
}
