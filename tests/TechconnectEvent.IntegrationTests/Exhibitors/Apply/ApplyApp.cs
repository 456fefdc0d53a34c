using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Exhibitors.Apply;

/// <summary>
/// The demo app with its current edition open for applications, and a rate limit high enough that the tests of a
/// class never trip it (the limit has a test of its own).
/// </summary>
public sealed class ApplyApp : IAsyncLifetime
{
    public TechconnectAppFactory Factory { get; } = new();
    public WebApplicationFactory<Program> App { get; private set; } = default!;
    public TestClock Clock => Factory.Clock;

    public async ValueTask InitializeAsync()
    {
        App = Factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:Applications:PermitsPerMinute", "1000"));
        await using var db = await DbAsync();
        await db.Editions.Where(e => e.IsCurrent).ExecuteUpdateAsync(e => e.SetProperty(x => x.Status, EditionStatus.Open), TestContext.Current.CancellationToken);
    }

    public Task<EventDbContext> DbAsync() =>
        App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

/// <summary>Fills the public application form as a browser would.</summary>
public static partial class ApplyForm
{
    public const string Path = "/exhibit/apply";

    /// <summary>A complete, valid application; tests change what they need.</summary>
    public static Dictionary<string, string> Valid(string email, string nameVi = "Công ty Cổ phần Công nghệ Sông Hồng") => new()
    {
        ["Input.NameVi"] = nameVi,
        ["Input.NameEn"] = "",
        ["Input.Type"] = "Enterprise",
        ["Input.Country"] = "VN",
        ["Input.Province"] = "Hà Nội",
        ["Input.TaxCode"] = "",
        ["Input.Website"] = "https://songhong.example.vn",
        ["Input.ContactName"] = "Nguyễn Thị Hằng",
        ["Input.ContactPosition"] = "Giám đốc",
        ["Input.ContactEmail"] = email,
        ["Input.ContactPhone"] = "+84 24 3826 1234",
        ["Input.BoothsWanted"] = "2",
        ["Input.SizeWanted"] = "Standard",
        ["Input.ZonePreference1Id"] = "",
        ["Input.ZonePreference2Id"] = "",
        ["Input.ZonePreference3Id"] = "",
        ["Input.NeighbourWish"] = "Viện Hàn lâm",
        ["Input.Technologies[0].TitleVi"] = "Cảm biến đo mặn cho ruộng lúa",
        ["Input.Technologies[0].Field"] = "Agriculture",
        ["Input.Technologies[0].ReadinessLevel"] = "7",
        ["Input.Technologies[0].OfferType"] = "Transfer",
        ["Input.Consent"] = "true",
        ["Input.Fax"] = "",
        ["Input.Action"] = "submit",
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(Path, TestContext.Current.CancellationToken);
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = "apply",
            ["__RequestVerificationToken"] = BrowserClient.AntiforgeryToken(page),
        };
        return await client.PostAsync(Path, new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }

    /// <summary>The value an input shows after the post, HTML-decoded.</summary>
    public static string? ValueOf(string html, string name)
    {
        if (InputTag(html, name) is not { } tag)
        {
            return null;
        }
        var value = ValueAttribute().Match(tag);
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
    }

    /// <summary>The whole &lt;input&gt; tag of the named field, or null.</summary>
    public static string? InputTag(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>");
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
