using System.Net;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.IntegrationTests.Allocation;

public sealed class AllocationPageTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private const string Page = "/exhibition/allocation";

    [Fact]
    public async Task AnOrganiser_OpensTheAllocationPage()
    {
        var client = BrowserClient.Create(factory, "en-US");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var response = await client.GetAsync(Page, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<h1", html);
        Assert.Contains("Booth allocation", html);
    }

    [Fact]
    public async Task AnOrganiser_SeesTheVietnamesePage_ByDefault()
    {
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var html = await client.GetStringAsync(Page, TestContext.Current.CancellationToken);

        Assert.Contains("Phân bổ gian hàng", html);
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Exhibitor)]
    public async Task AnotherRole_IsDenied(string role)
    {
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(await factory.CreateUserAsync(role), UserFactory.Password);

        var response = await client.GetAsync(Page, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousVisitor_IsSentToSignIn()
    {
        var response = await BrowserClient.Create(factory).GetAsync(Page, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
