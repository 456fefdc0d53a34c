using System.Net;
using System.Text.RegularExpressions;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.IntegrationTests.Identity;

public sealed partial class FirstPasswordTests
{
    private const string ChangePasswordPath = "/Account/Manage/ChangePassword";

    [Fact]
    public async Task GeneratedFirstPassword_MustBeChanged_BeforeAnyOtherPage()
    {
        await using var factory = new TechconnectAppFactory { SeedDemo = false, BootstrapPassword = null };
        var client = BrowserClient.Create(factory, "en-US");
        var generated = GeneratedPassword().Match(Assert.Single(factory.Logs.Lines, l => l.Contains("generated password", StringComparison.Ordinal))).Groups[1].Value;
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, generated);

        var home = await client.GetAsync("/", TestContext.Current.CancellationToken);
        var users = await client.GetAsync("/admin/users", TestContext.Current.CancellationToken);
        var form = await client.GetStringAsync(ChangePasswordPath, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith(ChangePasswordPath, home.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.EndsWith(ChangePasswordPath, users.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"password-change-required\"", form);

        var changed = await client.PostAsync(ChangePasswordPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = BrowserClient.AntiforgeryToken(form),
            ["Input.OldPassword"] = generated,
            ["Input.NewPassword"] = "my own long passphrase",
            ["Input.ConfirmPassword"] = "my own long passphrase",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain("password-change-required", await client.GetStringAsync(ChangePasswordPath, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ConfiguredFirstPassword_IsNotAskedAgain()
    {
        await using var factory = new TechconnectAppFactory { SeedDemo = false };
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)).StatusCode);
    }

    [GeneratedRegex(@"generated password (\S+)")]
    private static partial Regex GeneratedPassword();
}
