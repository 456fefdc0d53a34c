using System.Net;
using System.Text;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.IntegrationTests.Administration;

public sealed class AuditLogExportTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private const string Export = "/admin/audit/export.csv";

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var response = await BrowserClient.Create(factory).GetAsync(Export, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonOrganiser_IsRefused()
    {
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(await factory.CreateUserAsync(Roles.Staff), UserFactory.Password);

        var response = await client.GetAsync(Export, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organiser_GetsTheFilteredLog_AsCsvWithABom()
    {
        var email = await factory.CreateUserAsync(Roles.Delegate);
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var response = await client.GetAsync($"{Export}?kind=User&from=2000-01-01", TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("at,person,action,record_kind,record_id", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("user.created", StringComparison.Ordinal) && l.Contains(email, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains(",User,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FutureRange_ExportsOnlyTheHeader()
    {
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var text = await client.GetStringAsync($"{Export}?from=2999-01-01", TestContext.Current.CancellationToken);

        Assert.Single(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task UnreadableTime_IsABadRequest_NotAnError()
    {
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var response = await client.GetAsync($"{Export}?from=yesterday", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
