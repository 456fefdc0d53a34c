using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.IntegrationTests.Jobs;

public sealed class JobDownloadTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static readonly byte[] Content = [0x25, 0x50, 0x44, 0x46, 0x2D, 0xC3, 0xA1];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheOwner_DownloadsTheFile_WithItsNameAndType()
    {
        var email = await factory.CreateUserAsync(Roles.Staff);
        var jobId = await FinishedJobAsync(email);
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(email, UserFactory.Password);

        var response = await client.GetAsync($"/jobs/{jobId}/download", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("badges-2023.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(Content, await response.Content.ReadAsByteArrayAsync(Token));
    }

    [Fact]
    public async Task AnotherUser_GetsNotFound()
    {
        var owner = await factory.CreateUserAsync(Roles.Staff);
        var other = await factory.CreateUserAsync(Roles.Staff);
        var jobId = await FinishedJobAsync(owner);
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(other, UserFactory.Password);

        var response = await client.GetAsync($"/jobs/{jobId}/download", Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnAnonymousVisitor_IsSentToSignIn()
    {
        var jobId = await FinishedJobAsync(await factory.CreateUserAsync(Roles.Staff));

        var response = await BrowserClient.Create(factory).GetAsync($"/jobs/{jobId}/download", Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private async Task<Guid> FinishedJobAsync(string email)
    {
        var userId = (await factory.Services.GetRequiredService<UserAdministrationService>().ListAsync(Token)).Single(u => u.Email == email).Id;
        var jobs = factory.Services.GetRequiredService<IBackgroundJobs>();
        var job = jobs.Start(new BackgroundJobRequest("badges", userId, email, ProductCultures.Vietnamese), async (context, ct) =>
        {
            await File.WriteAllBytesAsync(context.OutputPath, Content, ct);
            return new BackgroundJobOutput("badges-2023.pdf", "application/pdf");
        });
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (jobs.Get(job.Id, userId)?.State is not BackgroundJobState.Succeeded)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), "The job did not finish.");
            await Task.Delay(20, Token);
        }
        return job.Id;
    }
}
