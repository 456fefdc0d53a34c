using System.Net;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.IntegrationTests.Hosting;

public sealed class HealthTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    [Fact]
    public async Task Health_WhenTheDatabaseAnswers_Returns200Healthy()
    {
        var response = await factory.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Health_WhenTheDatabaseCannotBeOpened_Returns503()
    {
        await using var broken = new TechconnectAppFactory { SeedDemo = false };
        using var client = broken.CreateClient();
        // Replace the database file with a folder: SQLite can no longer open it.
        File.Delete(broken.DatabasePath);
        File.Delete(broken.DatabasePath + "-wal");
        File.Delete(broken.DatabasePath + "-shm");
        Directory.CreateDirectory(broken.DatabasePath);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task HomePage_ForAnonymousVisitor_ShowsTheDemoEdition()
    {
        var html = await BrowserClient.Create(factory, "vi-VN").GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"vi\"", html);
        Assert.Contains("Đổi mới sáng tạo – Phát triển bền vững", html);
        Assert.Contains("Quảng Ninh", html);
    }
}
