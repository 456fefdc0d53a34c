using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.UnitTests.Organizations;

public sealed class OrganizationValidatorTests
{
    private static OrganizationInput Valid() => new()
    {
        NameVi = "Viện Công nghệ Xanh", Type = OrganizationType.Institute, Country = "VN", Province = "Quảng Ninh",
        Email = "lienhe@vien.vn", Phone = "+84 (203) 3835-888", Website = "https://vien.vn",
    };

    private static string? FieldError(Action<OrganizationInput> change)
    {
        var input = Valid();
        change(input);
        return Assert.Single(OrganizationValidator.Validate(input)).Code;
    }

    [Fact]
    public void Validate_AValidOrganisation_HasNoErrors() => Assert.Empty(OrganizationValidator.Validate(Valid()));

    [Fact]
    public void Validate_OptionalFieldsLeftEmpty_Pass() =>
        Assert.Empty(OrganizationValidator.Validate(new OrganizationInput { NameVi = "Hợp tác xã Chè", Type = OrganizationType.Cooperative, Country = "vn" }));

    [Fact]
    public void Validate_NoVietnameseName_Fails() => Assert.Equal("Organization.NameRequired", FieldError(i => i.NameVi = " "));

    [Theory]
    [InlineData(OrganizationType.None)]
    [InlineData(OrganizationType.Enterprise | OrganizationType.Sponsor)]
    [InlineData((OrganizationType)4096)]
    public void Validate_NoneOrSeveralTypes_Fails(OrganizationType type) => Assert.Equal("Organization.TypeRequired", FieldError(i => i.Type = type));

    [Theory]
    [InlineData("VNM")]
    [InlineData("V")]
    [InlineData("")]
    [InlineData("1A")]
    public void Validate_CountryNotTwoLetters_Fails(string country) => Assert.Equal("Organization.CountryInvalid", FieldError(i => i.Country = country));

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    public void Validate_BadEmail_Fails(string email) => Assert.Equal("Organization.EmailInvalid", FieldError(i => i.Email = email));

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789012345678901")]
    [InlineData("0203 ext 888")]
    [InlineData("+-() +-() ")]
    public void Validate_BadPhone_Fails(string phone) => Assert.Equal("Organization.PhoneInvalid", FieldError(i => i.Phone = phone));

    [Theory]
    [InlineData("12345678")]
    [InlineData("+84 (203) 3835 888")]
    public void Validate_PhonesWithinTheRules_Pass(string phone)
    {
        var input = Valid();
        input.Phone = phone;
        Assert.Empty(OrganizationValidator.Validate(input));
    }

    [Theory]
    [InlineData("ftp://vien.vn")]
    [InlineData("vien.vn")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://localhost")]
    public void Validate_WebsiteNotHttpAddress_Fails(string website) => Assert.Equal("Organization.WebsiteInvalid", FieldError(i => i.Website = website));

    [Fact]
    public void ApplyTo_NoEnglishName_FallsBackToVietnameseAndUppercasesTheCountry()
    {
        var organization = new Organization { Name = new("", "") };
        new OrganizationInput { NameVi = "Hợp tác xã Chè ", Type = OrganizationType.Cooperative, Country = "vn" }.ApplyTo(organization);
        Assert.Equal(("Hợp tác xã Chè", "Hợp tác xã Chè", "VN"), (organization.Name.Vi, organization.Name.En, organization.Country));
    }
}
