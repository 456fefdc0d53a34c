using System.Net;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.IntegrationTests.Identity;

public sealed class AuthorizationTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/reports")]
    [InlineData("/reports/zones.pdf")]
    [InlineData("/Account/Manage")]
    public async Task ProtectedPage_Anonymous_GoesToSignIn(string path)
    {
        var response = await BrowserClient.Create(factory).GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(path), response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Delegate, "/admin/users")]
    [InlineData(Roles.Exhibitor, "/reports")]
    [InlineData(Roles.Staff, "/reports/zones.pdf")]
    [InlineData(Roles.SessionChair, "/admin/users")]
    public async Task OrganiserPage_SignedInWithAnotherRole_IsDenied(string role, string path)
    {
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(await factory.CreateUserAsync(role), UserFactory.Password);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var denied = await client.GetStringAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"access-denied\"", denied);
    }

    [Fact]
    public async Task Organiser_OpensTheUsersPage()
    {
        var client = BrowserClient.Create(factory, "en-US");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var response = await client.GetAsync("/admin/users", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Users and roles", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        var page = await client.GetStringAsync("/Account/Manage", TestContext.Current.CancellationToken);

        var signOut = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BrowserClient.AntiforgeryToken(page),
            ["ReturnUrl"] = "/",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await client.GetAsync("/admin/users", TestContext.Current.CancellationToken);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
