using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Exhibitors.Apply;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Registrations.Public;

/// <summary>The demo app with its current edition open for registration and a rate limit the tests of a class never trip.</summary>
public sealed class RegisterApp : IAsyncLifetime
{
    public TechconnectAppFactory Factory { get; } = new();
    public WebApplicationFactory<Program> App { get; private set; } = default!;
    public int EditionId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        App = Factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:Registration:PermitsPerMinute", "1000"));
        await using var db = await DbAsync();
        await db.Editions.Where(e => e.IsCurrent).ExecuteUpdateAsync(e => e.SetProperty(x => x.Status, EditionStatus.Open), TestContext.Current.CancellationToken);
        EditionId = await db.Editions.Where(e => e.IsCurrent).Select(e => e.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    public Task<EventDbContext> DbAsync() =>
        App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

    public async Task<int> CategoryIdAsync(string code)
    {
        await using var db = await DbAsync();
        return await db.RegistrationCategories.Where(c => c.EditionId == EditionId && c.Code == code).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

/// <summary>Fills the public registration form as a browser would.</summary>
public static class RegisterForm
{
    public const string Path = "/register";

    public static Dictionary<string, string> Valid(string email, int categoryId, string fullName = "Nguyễn Thị Hằng") => new()
    {
        ["Input.Honorific"] = "Dr",
        ["Input.FullName"] = fullName,
        ["Input.OrganizationName"] = "Viện Công nghệ Môi trường",
        ["Input.Position"] = "Nghiên cứu viên",
        ["Input.CategoryId"] = categoryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Email"] = email,
        ["Input.Phone"] = "+84 912 345 678",
        ["Input.Nationality"] = "VN",
        ["Input.Consent"] = "true",
        ["Input.Fax"] = "",
    };

    /// <summary>Posts with the days ticked as a browser sends checkboxes: one pair per ticked box.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields, params int[] days)
    {
        var page = await client.GetStringAsync(Path, TestContext.Current.CancellationToken);
        var form = fields.ToList();
        form.Add(new("_handler", "register"));
        form.Add(new("__RequestVerificationToken", BrowserClient.AntiforgeryToken(page)));
        form.AddRange(days.Select(d => new KeyValuePair<string, string>("Input.Days", d.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return await client.PostAsync(Path, new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }

    public static string? ValueOf(string html, string name) => ApplyForm.ValueOf(html, name);

    public static string? InputTag(string html, string name) => ApplyForm.InputTag(html, name);

    public static string Token(HttpResponseMessage response)
    {
        var location = response.Headers.Location!.OriginalString;
        var start = location.IndexOf("/register/manage/", StringComparison.Ordinal) + "/register/manage/".Length;
        return location[start..].Split('?')[0];
    }
}
