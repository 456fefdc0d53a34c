using System.Net;
using TechconnectEvent.IntegrationTests.FloorPlan;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.IntegrationTests.ExhibitorDirectory;

public sealed class ExhibitorDirectoryTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    [Fact]
    public async Task Anonymous_GetsAStaticPageWithTheFormThePlanAndNoCircuit()
    {
        await DemoAllocations.EnsureAsync(factory, "VT-01", "VT-02");
        var client = BrowserClient.Create(factory, "vi-VN");

        var response = await client.GetAsync("/exhibitors", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"vi\"", html);
        Assert.Contains("<title>Danh bạ đơn vị trưng bày", html);
        Assert.Contains("<h1", html);
        Assert.Matches("<form method=\"get\" action=\"exhibitors\"", html);
        Assert.Matches("<label for=\"directory-q\"[^>]*>", html);
        Assert.Matches("<label for=\"directory-zone\"[^>]*>", html);
        Assert.Matches("<label for=\"directory-field\"[^>]*>", html);
        Assert.Contains("data-testid=\"plan-link\"", html);
        Assert.Contains(DemoAllocations.OrganizationVi, html);
        // Static rendering: no interactive component marker, so no circuit is opened.
        Assert.DoesNotContain("\"type\":\"server\"", html);
    }

    [Fact]
    public async Task SearchWithoutDiacritics_FindsTheExhibitor_ShowsItsBoothsAndTechnologies_AndHighlightsThem()
    {
        await DemoAllocations.EnsureAsync(factory, "VT-01", "VT-02");
        var client = BrowserClient.Create(factory, "vi-VN");

        var html = await client.GetStringAsync("/exhibitors?q=vien+han+lam&zone=VT&field=DigitalTechnology", TestContext.Current.CancellationToken);

        Assert.Contains(DemoAllocations.OrganizationVi, html);
        Assert.Contains(DemoAllocations.TechnologyVi, html);
        Assert.Contains("Công nghệ số · Trình diễn", html);
        Assert.Matches("data-testid=\"directory-booth\"[^>]*>VT-01<", html);
        Assert.Contains("Khu viện trường", html);
        var plan = await client.GetStringAsync("/exhibitors/plan?q=vien+han+lam&zone=VT&field=DigitalTechnology", TestContext.Current.CancellationToken);
        Assert.Matches("class=\"tc-booth tc-booth--allocated tc-booth--hit\"[^>]*data-code=\"VT-01\"", plan);
        Assert.Matches("class=\"tc-booth [^\"]*tc-booth--dimmed\"[^>]*data-code=\"AI-03\"", plan);
    }

    [Fact]
    public async Task SearchWithNoMatch_SaysSo()
    {
        var client = BrowserClient.Create(factory, "en-US");

        var html = await client.GetStringAsync("/exhibitors?q=zzzz-nobody", TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"directory-no-match\"", html);
        Assert.Contains("0 exhibitor(s)", html);
    }

    [Theory]
    [InlineData("/exhibitors?field=NotAField&zone=%3Cscript%3E")]
    [InlineData("/exhibitors?q=%00%FF&field=5")]
    [InlineData("/exhibitors?zone=&field=&q=")]
    public async Task BadQueryValues_GiveThePageNotAnError(string url)
    {
        var client = BrowserClient.Create(factory);

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
