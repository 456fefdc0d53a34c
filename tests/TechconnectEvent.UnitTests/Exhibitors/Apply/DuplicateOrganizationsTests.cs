using TechconnectEvent.Web.Features.Exhibitors.Apply;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.UnitTests.Exhibitors.Apply;

public sealed class DuplicateOrganizationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<(TestDatabase Database, int ByTaxCode, int ByName)> KnownAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var taxed = new Organization { Name = new("Công ty Cổ phần Thiết bị Điện Hạ Long", "Ha Long Electric"), Province = "Quảng Ninh", TaxCode = "5700100100" };
        var named = new Organization { Name = new("Hợp tác xã Đông Triều", "Dong Trieu Cooperative"), Province = "Quảng Ninh" };
        db.Organizations.AddRange(taxed, named);
        await db.SaveChangesAsync(Token);
        return (database, taxed.Id, named.Id);
    }

    [Fact]
    public async Task TheSameTaxCode_FindsTheOrganisation_WhateverTheName()
    {
        var (database, byTaxCode, _) = await KnownAsync();
        await using var _ = database;
        await using var db = database.CreateContext();

        Assert.Equal(byTaxCode, await DuplicateOrganizations.FindAsync(db, "5700100100", "Điện Hạ Long", "Hà Nội", Token));
    }

    [Theory]
    [InlineData("Hợp tác xã Đông Triều", "Quảng Ninh")]
    [InlineData("HOP TAC XA DONG TRIEU", "quang ninh")]
    [InlineData("  Hợp tác  xã Đông Triều ", "Quảng Ninh")]
    public async Task TheSameFoldedNameInTheSameProvince_FindsTheOrganisation(string name, string province)
    {
        var (database, _, byName) = await KnownAsync();
        await using var _ = database;
        await using var db = database.CreateContext();

        Assert.Equal(byName, await DuplicateOrganizations.FindAsync(db, null, name, province, Token));
    }

    [Theory]
    [InlineData("Hợp tác xã Đông Triều", "Bắc Ninh")]
    [InlineData("Hợp tác xã Đông Triều 2", "Quảng Ninh")]
    [InlineData("Hợp tác xã Đông", "Quảng Ninh")]
    public async Task AnotherProvinceOrAnotherName_IsANewOrganisation(string name, string province)
    {
        var (database, _, _) = await KnownAsync();
        await using var _ = database;
        await using var db = database.CreateContext();

        Assert.Null(await DuplicateOrganizations.FindAsync(db, "0101234567", name, province, Token));
    }
}
