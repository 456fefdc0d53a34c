using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.IntegrationTests.Identity;

public sealed class SignInTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    [Fact]
    public async Task WrongPassword_ShowsATranslatedErrorAndStaysOnTheForm()
    {
        var client = BrowserClient.Create(factory, "vi-VN");

        var response = await client.SignInAsync(TechconnectAppFactory.AdminEmail, "not the password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("E-mail hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EmptyFields_ShowValidationNextToEachField()
    {
        var client = BrowserClient.Create(factory, "en-US");

        var html = await (await client.SignInAsync("", "")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("E-mail is required.", html);
        Assert.Contains("Password is required.", html);
    }

    [Fact]
    public async Task FiveFailures_LockTheAccount_EvenForTheRightPassword()
    {
        var email = await factory.CreateUserAsync(Roles.Delegate);
        var client = BrowserClient.Create(factory);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(email, "wrong password " + attempt);
        }

        var response = await client.SignInAsync(email, UserFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Account/Lockout", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var users = factory.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        Assert.Equal(TimeSpan.FromMinutes(5), users.Lockout.DefaultLockoutTimeSpan);
    }

    [Fact]
    public async Task OpenRedirect_AfterSignIn_IsRefused()
    {
        var client = BrowserClient.Create(factory);
        var page = await client.GetStringAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F", TestContext.Current.CancellationToken);
        var response = await client.PostAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = BrowserClient.AntiforgeryToken(page),
            ["Input.Email"] = TechconnectAppFactory.AdminEmail,
            ["Input.Password"] = TechconnectAppFactory.AdminPassword,
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("evil.example", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public void SignInCookie_ExpiresAfterAtMostEightHoursIdle()
    {
        var cookie = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.True(cookie.ExpireTimeSpan <= TimeSpan.FromHours(8));
        Assert.True(cookie.SlidingExpiration);
        Assert.Equal("/Account/AccessDenied", cookie.AccessDeniedPath);
    }

    [Theory]
    [InlineData("short pass", false)]
    [InlineData("elevenchars", false)]
    [InlineData("twelve chars", true)]
    [InlineData("tất cả chữ thường dài", true)]
    public async Task Passwords_NeedTwelveCharactersAndNoCompositionRules(string password, bool accepted)
    {
        var admin = factory.Services.GetRequiredService<UserAdministrationService>();

        var result = await admin.CreateAsync($"pw-{Guid.NewGuid():N}@test.local", null, [Roles.Delegate], password);

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.Contains("PasswordTooShort", result.ErrorCodes);
        }
    }
}
