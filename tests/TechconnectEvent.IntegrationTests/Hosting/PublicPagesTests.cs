using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.FloorPlan;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Hosting;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.IntegrationTests.Hosting;

/// <summary>What a phone downloads from the public pages: compressed, long-cached assets and cached, compressed HTML.</summary>
public sealed partial class PublicPagesTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Anonymous(string language = "vi-VN", string? encoding = null)
    {
        var client = BrowserClient.Create(factory, language);
        if (encoding is not null)
        {
            client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(encoding);
        }
        return client;
    }

    // The test host serves the build's asset manifest, which has gzip variants only, re-encoded by the development
    // handler without real compression; publishing adds properly compressed Brotli and gzip files at the same URLs.
    [Theory]
    [InlineData("MudBlazor\\.min\\.[a-z0-9]+\\.css", ".mud-")]
    [InlineData("MudBlazor\\.min\\.[a-z0-9]+\\.js", "function")]
    [InlineData("app\\.[a-z0-9]+\\.css", "{")]
    public async Task AssetsAtTheFingerprintedUrlsPagesUse_AreCompressedAndCachedForAYear(string pattern, string expectedText)
    {
        var html = await Anonymous().GetStringAsync("/exhibitors", Ct);
        var url = Regex.Match(html, $"(?:href|src)=\"([^\"]*{pattern})\"").Groups[1].Value;
        Assert.NotEmpty(url);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + url);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await Anonymous().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
        await using var body = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(Ct), System.IO.Compression.CompressionMode.Decompress);
        var text = await new StreamReader(body).ReadToEndAsync(Ct);
        Assert.Contains(expectedText, text);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/exhibitors")]
    [InlineData("/exhibitors/plan")]
    public async Task PublicHtml_ForAnonymousVisitors_IsBrotliCompressed_AndOpensNoCircuit(string url)
    {
        var response = await Anonymous(encoding: "br").GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        await using var body = new System.IO.Compression.BrotliStream(await response.Content.ReadAsStreamAsync(Ct), System.IO.Compression.CompressionMode.Decompress);
        var html = await new StreamReader(body).ReadToEndAsync(Ct);
        Assert.Contains("<html lang=\"vi\"", html);
        Assert.DoesNotContain("Blazor:{\"type\":\"server\"", html);
        Assert.False(response.Headers.Contains("Set-Cookie"), "A cacheable public page hands out no cookie.");
    }

    [Fact]
    public async Task Directory_IsSmall_AndReferencesThePlanInsteadOfCarryingIt()
    {
        await DemoAllocations.EnsureAsync(factory, "VT-01");

        var html = await Anonymous().GetStringAsync("/exhibitors?q=vien+han+lam", Ct);
        var plan = await Anonymous().GetStringAsync("/exhibitors/plan?q=vien+han+lam", Ct);

        Assert.DoesNotContain("<svg class=\"tc-plan-svg\"", html);
        Assert.Contains("href=\"exhibitors/plan?q=vien%20han%20lam\"", html);
        Assert.Contains("data-floorplan", plan);
        Assert.Matches("class=\"tc-booth tc-booth--allocated tc-booth--hit\"[^>]*data-code=\"VT-01\"", plan);
        Assert.True(html.Length < plan.Length / 2, $"directory {html.Length} chars, plan {plan.Length}");
    }

    [Fact]
    public async Task CachedPage_ShowsAChangeOnlyAfterEviction()
    {
        await DemoAllocations.EnsureAsync(factory, "VT-01");
        const string url = "/exhibitors?zone=VT";
        Assert.Contains(DemoAllocations.OrganizationVi, await Anonymous().GetStringAsync(url, Ct));
        var renamed = await RenameDemoOrganisationAsync("Viện thử bộ nhớ đệm");

        var stale = await Anonymous().GetStringAsync(url, Ct);
        await factory.Services.GetRequiredService<PublicPageCache>().EvictAsync(Ct);
        var fresh = await Anonymous().GetStringAsync(url, Ct);
        await RenameDemoOrganisationAsync(DemoAllocations.OrganizationVi);

        Assert.Contains(DemoAllocations.OrganizationVi, stale);
        Assert.DoesNotContain(renamed, stale);
        Assert.Contains(renamed, fresh);
    }

    [Fact]
    public async Task ABoothChange_EvictsThePublicPages()
    {
        var first = await Anonymous("en-US").GetStringAsync("/", Ct);
        var before = BoothCount(first);
        var booths = await AddBoothBehindTheAppsBackAsync();

        var cached = await Anonymous("en-US").GetStringAsync("/", Ct);
        factory.Services.GetRequiredService<ChangeNotifier<BoothChange>>().Publish(booths);
        var after = await EventuallyAsync("/", "en-US", html => BoothCount(html) == before + 1);

        Assert.Equal(before, BoothCount(cached));
        Assert.Equal(before + 1, BoothCount(after));
    }

    [Fact]
    public async Task AnExhibitorChange_EvictsThePublicPages()
    {
        const string url = "/exhibitors?q=vien";
        await Anonymous().GetStringAsync(url, Ct);
        var renamed = await RenameDemoOrganisationAsync("Viện đổi tên để thử bộ nhớ đệm");
        try
        {
            var cached = await Anonymous().GetStringAsync(url, Ct);
            var editionId = await DemoEditionIdAsync();
            factory.Services.GetRequiredService<ChangeNotifier<ExhibitorChange>>().Publish(new ExhibitorChange(editionId, 0));
            var after = await EventuallyAsync(url, "vi-VN", html => html.Contains(renamed));

            Assert.DoesNotContain(renamed, cached);
            Assert.Contains(renamed, after);
        }
        finally
        {
            await RenameDemoOrganisationAsync(DemoAllocations.OrganizationVi);
            await factory.Services.GetRequiredService<PublicPageCache>().EvictAsync(Ct);
        }
    }

    /// <summary>Eviction runs on the notifier's own queue: read the page until it shows the change, for at most five seconds.</summary>
    private async Task<string> EventuallyAsync(string url, string culture, Func<string, bool> changed)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var html = await Anonymous(culture).GetStringAsync(url, Ct);
            if (changed(html) || waited.Elapsed > TimeSpan.FromSeconds(5))
            {
                return html;
            }
            await Task.Delay(50, Ct);
        }
    }

    private async Task<int> DemoEditionIdAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct);
        return await db.Editions.Select(e => e.Id).FirstAsync(Ct);
    }

    [Fact]
    public async Task SignedInPeople_NeverGetOrFillTheCache()
    {
        var url = "/exhibitors?q=cache-identity";
        await Anonymous().GetStringAsync(url, Ct);
        var email = await factory.CreateUserAsync(Web.Features.Administration.Roles.Exhibitor);
        var signedIn = BrowserClient.Create(factory, "vi-VN");
        await signedIn.SignInOrFailAsync(email, UserFactory.Password);

        var theirs = await signedIn.GetStringAsync(url, Ct);
        var next = await Anonymous().GetStringAsync(url, Ct);

        Assert.Contains(email, theirs);
        Assert.DoesNotContain(email, next);
    }

    [Fact]
    public async Task Home_ForAnOrganiser_LeadsToTheInteractiveDashboard()
    {
        var organiser = BrowserClient.Create(factory, "vi-VN");
        await organiser.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var home = await organiser.GetAsync("/", Ct);
        var dashboard = await organiser.GetStringAsync("/dashboard", Ct);

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/dashboard", home.Headers.Location!.ToString());
        Assert.Contains("data-testid=\"booth-status\"", dashboard);
        Assert.Contains("Blazor:{\"type\":\"server\"", dashboard);
    }

    private static int BoothCount(string html) =>
        int.Parse(BoothCountPattern().Match(html).Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("data-testid=\"count-booths\".*?tc-stat-value[^>]*>([0-9.,]+)<", RegexOptions.Singleline)]
    private static partial Regex BoothCountPattern();

    private async Task<string> RenameDemoOrganisationAsync(string name)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct);
        var organisation = await db.Organizations.SingleAsync(o => o.Name.En == "Vietnam Academy of Science and Technology", Ct);
        organisation.Name = new LocalizedText(name, organisation.Name.En);
        await db.SaveChangesAsync(Ct);
        return name;
    }

    private async Task<BoothChange> AddBoothBehindTheAppsBackAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct);
        var zone = await db.Zones.OrderBy(z => z.Id).FirstAsync(Ct);
        var booth = new Booth { EditionId = zone.EditionId, ZoneId = zone.Id, Code = $"EV-{Guid.NewGuid():N}"[..10].ToUpperInvariant(), X = 118, Y = 68, Width = 1, Height = 1 };
        db.Booths.Add(booth);
        await db.SaveChangesAsync(Ct);
        return new BoothChange(zone.EditionId, [booth.Id]);
    }
}
