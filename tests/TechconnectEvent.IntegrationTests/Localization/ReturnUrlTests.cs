using System.Net;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Infrastructure.Hosting;

namespace TechconnectEvent.IntegrationTests.Localization;

public sealed class ReturnUrlTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    /// <summary>Encoded as they arrive in a query string: control characters, other hosts, schemes, backslashes.</summary>
    public static TheoryData<string> Unsafe =>
    [
        "%2F%09x", "%2F%0D%0Ax", "%2F%00", "%09%2F%2Fevil.example", "%2F%2Fevil.example", "%2F%5Cevil.example", "%2F%09%2Fevil.example",
        "https%3A%2F%2Fevil.example%2F", "javascript%3Aalert(1)", "evil.example", "%5C%5Cevil.example", "~%2F%2Fevil.example", "",
    ];

    [Theory]
    [MemberData(nameof(Unsafe))]
    public async Task Culture_UnsafeReturnUrl_GoesHome(string returnUrl)
    {
        var response = await BrowserClient.Create(factory).GetAsync($"/culture?culture=en-US&returnUrl={returnUrl}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Unsafe))]
    public async Task SignOut_UnsafeReturnUrl_GoesHome(string returnUrl)
    {
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        var page = await client.GetStringAsync("/Account/Manage", TestContext.Current.CancellationToken);

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BrowserClient.AntiforgeryToken(page),
            ["returnUrl"] = Uri.UnescapeDataString(returnUrl),
        }), TestContext.Current.CancellationToken);

        // A NUL byte makes the form itself unreadable: refused as a bad request, which is fine; a 500 or another site is not.
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location!.OriginalString);
        }
    }

    [Theory]
    [InlineData("/exhibitors?q=vi%E1%BB%87n", "/exhibitors?q=vi%E1%BB%87n")]
    [InlineData("/Account/Login", "/Account/Login")]
    public async Task Culture_LocalReturnUrl_IsKept(string returnUrl, string expected)
    {
        var response = await BrowserClient.Create(factory).GetAsync($"/culture?culture=vi-VN&returnUrl={Uri.EscapeDataString(returnUrl)}", TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/booths?x=1", true)]
    [InlineData("/\tx", false)]
    [InlineData("/x\u007f", false)]
    [InlineData("//evil", false)]
    [InlineData("/\\evil", false)]
    [InlineData("http://evil", false)]
    [InlineData(null, false)]
    public void IsSafe_AcceptsOnlyPathsOnThisSite(string? url, bool safe) => Assert.Equal(safe, LocalReturnUrl.IsSafe(url));
}
