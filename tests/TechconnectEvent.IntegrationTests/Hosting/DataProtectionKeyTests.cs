using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Hosting;

/// <summary>
/// Two app instances on one database stand for a restart or a second server: what one protected (sign-in cookie,
/// form token) the other reads, because the key ring lives in the database.
/// </summary>
public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task SignInCookieFromOneInstance_IsAcceptedByASecondOnTheSameDatabase()
    {
        await using var first = new TechconnectAppFactory { SeedDemo = false };
        var signIn = await BrowserClient.Create(first).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = signIn.Headers.GetValues("Set-Cookie")
            .Select(header => header.Split(';')[0])
            .Where(pair => pair.StartsWith("Techconnect.Auth", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(cookies);

        await using var second = first.WithWebHostBuilder(_ => { });
        using var client = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Manage");
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/Account/Manage");

        var signedIn = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var refused = await client.SendAsync(anonymous, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task PayloadProtectedByOneInstance_IsReadBySecond_WithTheKeyStoredInTheDatabase()
    {
        await using var first = new TechconnectAppFactory { SeedDemo = false };
        var protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("Nguyễn Văn A");
        var keyIds = first.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).ToList();

        await using var second = first.WithWebHostBuilder(_ => { });
        var read = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText);

        Assert.Equal("Nguyễn Văn A", read);
        await using var scope = first.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<EventDbContext>().DataProtectionKeys
            .Select(k => k.Xml!).ToListAsync(TestContext.Current.CancellationToken);
        var storedIds = stored.Select(xml => Guid.Parse(XElement.Parse(xml).Attribute("id")!.Value)).ToList();
        Assert.NotEmpty(keyIds);
        Assert.All(keyIds, id => Assert.Contains(id, storedIds));
    }
}
