using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Exhibitors.Apply;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.UnitTests.Exhibitors.Apply;

public sealed class OnlineApplicationValidatorTests
{
    private static readonly int[] Zones = [11, 12, 13];

    private static OnlineApplicationInput Valid() => new()
    {
        NameVi = "Hợp tác xã Nông nghiệp Đông Triều",
        Type = OrganizationType.Cooperative,
        Country = "VN",
        Province = "Quảng Ninh",
        ContactName = "Trần Văn Bình",
        ContactEmail = "binh@dongtrieu.example.vn",
        ContactPhone = "0203 3870 123",
        BoothsWanted = 1,
        ZonePreference1Id = 11,
        Technologies = [new TechnologyInput { TitleVi = "Sấy vải thiều bằng năng lượng mặt trời" }],
        Consent = true,
    };

    private static IEnumerable<string?> FieldsWithErrors(OnlineApplicationInput input) =>
        OnlineApplicationValidator.Validate(input, Zones).Select(e => e.Field);

    [Fact]
    public void ACompleteApplication_HasNoErrors() => Assert.Empty(OnlineApplicationValidator.Validate(Valid(), Zones));

    [Fact]
    public void TheRequiredFields_AreNamedAfterTheFormsFields()
    {
        var input = Valid();
        input.NameVi = " ";
        input.Type = OrganizationType.None;
        input.ContactName = null;
        input.ContactEmail = "";
        input.ContactPhone = null;
        input.Province = null;
        input.Consent = false;

        Assert.Equal(
            new[] { "NameVi", "Type", "ContactName", "ContactEmail", "ContactPhone", "Province", "Consent" }.Order(),
            FieldsWithErrors(input).Order());
    }

    [Fact]
    public void AForeignOrganisation_NeedsNoProvince()
    {
        var input = Valid();
        input.Country = "KR";
        input.Province = null;

        Assert.Empty(OnlineApplicationValidator.Validate(input, Zones));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void BoothsOutsideOneToTen_AreRefused_WithTheOnlineRange(int booths)
    {
        var input = Valid();
        input.BoothsWanted = booths;

        var error = Assert.Single(OnlineApplicationValidator.Validate(input, Zones));
        Assert.Equal("BoothsWanted", error.Field);
        Assert.Equal([1, OnlineApplicationInput.MaxBooths], error.Arguments);
    }

    [Fact]
    public void ARepeatedZoneOrOneOfAnotherEdition_IsRefusedOnItsSlot()
    {
        var input = Valid();
        input.ZonePreference2Id = 11;
        input.ZonePreference3Id = 99;

        Assert.Equal(["ZonePreference2Id", "ZonePreference3Id"], FieldsWithErrors(input));
    }

    [Fact]
    public void TechnologyErrors_NameTheirRow_AndABlankExtraRowIsIgnored()
    {
        var input = Valid();
        input.Technologies.Add(new TechnologyInput { TitleVi = "Robot", ReadinessLevel = 12 });
        input.Technologies.Add(new TechnologyInput());

        Assert.Equal(["Technologies[1].ReadinessLevel"], FieldsWithErrors(input));
        Assert.Equal(2, OnlineApplicationValidator.FilledTechnologies(input).Count());
    }

    [Fact]
    public void TheFirstTechnology_IsRequired()
    {
        var input = Valid();
        input.Technologies = [new TechnologyInput()];

        Assert.Equal(["Technologies[0].TitleVi"], FieldsWithErrors(input));
    }

    [Theory]
    [InlineData("0101234567", "0101234567")]
    [InlineData("0101234567-001", "0101234567001")]
    [InlineData(" 0101 234 567 ", "0101234567")]
    public void TaxCodes_OfTenOrThirteenDigits_AreAcceptedAsDigits(string typed, string stored)
    {
        Assert.Equal(stored, TaxCodes.Normalize(typed, out var valid));
        Assert.True(valid);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("01012345678")]
    [InlineData("010123456A")]
    public void MalformedTaxCodes_AreRefused(string typed)
    {
        var input = Valid();
        input.TaxCode = typed;

        Assert.Null(TaxCodes.Normalize(typed, out var valid));
        Assert.False(valid);
        Assert.Equal(["TaxCode"], FieldsWithErrors(input));
    }
}
