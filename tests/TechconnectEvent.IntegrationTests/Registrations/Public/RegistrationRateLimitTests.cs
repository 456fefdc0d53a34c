using System.Net;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace TechconnectEvent.IntegrationTests.Registrations.Public;

public sealed class RegistrationRateLimitTests
{
    [Fact]
    public async Task PostsBeyondTheLimit_GetTheTranslated429Page_WhileTheFormStillOpens()
    {
        await using var factory = new TechconnectAppFactory();
        await using var app = factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:Registration:PermitsPerMinute", "2"));
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.Editions.Where(e => e.IsCurrent).ExecuteUpdateAsync(e => e.SetProperty(x => x.Status, EditionStatus.Open), TestContext.Current.CancellationToken);
        }
        var client = BrowserClient.Create(app, "en-US");
        var fields = new Dictionary<string, string> { ["Input.FullName"] = "" };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await RegisterForm.PostAsync(client, fields)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(RegisterForm.Path, TestContext.Current.CancellationToken)).StatusCode);
    }
}
