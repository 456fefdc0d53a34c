using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Booths.Import;

namespace TechconnectEvent.IntegrationTests.Booths;

public sealed class BoothImportRequestLimitTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_OfARequestOverTheSizeLimit_Answers413WithAReasonNotA500()
    {
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(new byte[ImportColumns.MaxFileBytes + 200 * 1024]);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "huge.csv");

        var response = await client.PostAsync("/exhibition/booths/import", form, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("Import.FileTooLarge", problem.GetProperty("code").GetString());
        Assert.Equal("Tệp lớn hơn 5 MB.", problem.GetProperty("message").GetString());
    }
}
