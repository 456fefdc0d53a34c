using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.CheckIns;

namespace TechconnectEvent.IntegrationTests.CheckIns.Gate;

/// <summary>The gate page and its camera reader are served by the app itself: no CDN at run time.</summary>
public sealed class GatePageHostingTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] CdnHosts = ["jsdelivr", "unpkg.com", "cdnjs", "googleapis.com", "skypack", "esm.sh"];

    // The page needs a scanner to be built; this test is about what the page serves, not how scans are judged.
    private WebApplicationFactory<Program> App => factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
    {
        services.RemoveAll<ICheckInScanner>();
        services.AddSingleton<ICheckInScanner, RefusingScanner>();
    }));

    [Theory]
    [InlineData("/lib/zxing-wasm/zxing-reader.iife.js", "text/javascript")]
    [InlineData("/lib/zxing-wasm/zxing_reader.wasm", "application/wasm")]
    [InlineData("/lib/zxing-wasm/LICENSE", null)]
    [InlineData("/Features/CheckIns/Gate/GatePage.razor.js", "text/javascript")]
    public async Task TheBundledFiles_AreServed_WithTheirContentType(string path, string? contentType)
    {
        var response = await BrowserClient.Create(App).GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (contentType is not null)
        {
            Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        }
        var body = await response.Content.ReadAsByteArrayAsync(Ct);
        if (path.EndsWith(".wasm", StringComparison.Ordinal))
        {
            // Browsers compile a streamed module only when it is served as application/wasm and starts with the magic number.
            Assert.Equal("\0asm"u8.ToArray(), body[..4]);
        }
        Assert.NotEmpty(body);
    }

    [Fact]
    public async Task TheGatePage_ForStaff_NamesNoCdnHost()
    {
        var client = BrowserClient.Create(App, "vi-VN");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var html = await client.GetStringAsync("/checkin", Ct);

        Assert.Contains("Cổng check-in", html, StringComparison.Ordinal);
        Assert.DoesNotContain(CdnHosts, host => html.Contains(host, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/register")]
    [InlineData("/exhibitors")]
    [InlineData("/Account/Login")]
    public async Task PublicPages_NameNoCdnHost(string path)
    {
        var html = await BrowserClient.Create(App, "vi-VN").GetStringAsync(path, Ct);

        Assert.DoesNotContain(CdnHosts, host => html.Contains(host, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class RefusingScanner : ICheckInScanner
    {
        public Task<ScanVerdict> ScanAsync(ScanRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ScanVerdict(ScanStatus.Invalid, ScanReason.UnknownCode));
    }
}
