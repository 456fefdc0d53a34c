using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Features.Registrations.Import;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Registrations.Admin;

public sealed class RegistrationAdminHttpTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly FixedActor Organiser = new(new Actor("it-organiser", "organiser@test.local", new ClaimsPrincipal(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "it-organiser"), new Claim(ClaimTypes.Role, Roles.Organiser)], "test"))));

    private async Task<HttpClient> OrganiserAsync()
    {
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        return client;
    }

    /// <summary>Adds registrations to the current (demo) edition straight into the database; returns its id.</summary>
    private async Task<(int EditionId, List<Registration> Added)> AddAsync(params (string Name, string? Organization, RegistrationStatus Status, string? Email)[] people)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct);
        var edition = await db.Editions.FirstAsync(e => e.IsCurrent, Ct);
        var category = await db.RegistrationCategories.FirstAsync(c => c.EditionId == edition.Id && c.Code == RegistrationCategoryDefaults.Government, Ct);
        var added = people.Select(p => new Registration
        {
            EditionId = edition.Id, CategoryId = category.Id, FullName = p.Name, OrganizationName = p.Organization, Status = p.Status,
            Email = p.Email, EmailKey = Registration.KeyOfEmail(p.Email), Nationality = "VN", DaysMask = 1, RegisteredAt = factory.Clock.GetUtcNow(),
            BadgeCode = BadgeCodes.New(), ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
        }).ToList();
        db.Registrations.AddRange(added);
        await db.SaveChangesAsync(Ct);
        return (edition.Id, added);
    }

    private RegistrationAdminService AdminService(IServiceProvider services) => new(
        services.GetRequiredService<IDbContextFactory<EventDbContext>>(), services.GetRequiredService<AuditTrail>(), Organiser,
        services.GetRequiredService<Web.Infrastructure.Mail.Outbox>(), factory.Clock);

    [Fact]
    public async Task ExportCsv_NeutralisesEveryCellASpreadsheetWouldRun()
    {
        await AddAsync(("=cmd|' /C calc'!A0", "+84 Công ty", RegistrationStatus.Confirmed, null), ("@SUM(1)", "-2+3", RegistrationStatus.Confirmed, null));
        var client = await OrganiserAsync();

        var response = await client.GetAsync("/registrations/export.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("'=cmd", text);
        Assert.Contains("'+84 Công ty", text);
        Assert.Contains("'@SUM(1)", text);
        Assert.Contains("'-2+3", text);
        Assert.DoesNotContain(",=cmd", text);
        Assert.StartsWith("full_name,", text);
    }

    [Fact]
    public async Task ExportXlsx_NeutralisesFormulaCells()
    {
        await AddAsync(("=HYPERLINK(\"http://x\")", "@evil", RegistrationStatus.Pending, null));
        var client = await OrganiserAsync();

        var response = await client.GetAsync("/registrations/export.xlsx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => (r["full_name"] as string)?.Contains("HYPERLINK", StringComparison.Ordinal) == true);
        Assert.Equal("'=HYPERLINK(\"http://x\")", row["full_name"]);
        Assert.Equal("'@evil", row["organization"]);
        Assert.Equal("Pending", row["status"]);
    }

    [Theory]
    [InlineData("/registrations/export.csv")]
    [InlineData("/registrations/export.xlsx")]
    public async Task Export_ForStaff_IsDenied(string path)
    {
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(await factory.CreateUserAsync(Roles.Staff), UserFactory.Password);

        var response = await client.GetAsync(path, Ct);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/Account/AccessDenied", StringComparison.Ordinal)),
            $"{response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Approve_PutsTheLetterInThePickupFolder()
    {
        var address = $"vip-{Guid.NewGuid():N}@most.gov.vn";
        var (_, added) = await AddAsync(("Phạm Minh Tuấn", "Bộ Khoa học và Công nghệ", RegistrationStatus.Pending, address));
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await AdminService(scope.ServiceProvider).ApproveAsync(added[0].Id, added[0].Version, cancellationToken: Ct);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        // Sent now rather than waited for: the letter leaves with the e-ticket drawn for the approved person.
        await factory.Services.GetRequiredService<Web.Infrastructure.Mail.OutboxSender>().RunOnceAsync(Ct);
        MimeKit.MimeMessage? letter = null;
        foreach (var file in Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder, "*.eml") : [])
        {
            var message = await MimeKit.MimeMessage.LoadAsync(file, Ct);
            if (message.To.Mailboxes.Any(m => m.Address == address))
            {
                letter = message;
            }
        }
        Assert.NotNull(letter);
        Assert.Contains(letter.Attachments, a => a.ContentType.MimeType == "application/pdf");
    }

    [Fact]
    public async Task Reject_WithoutAReason_IsRefusedAndTheRegistrationStaysPending()
    {
        var (_, added) = await AddAsync(("Kim Ji-woo", null, RegistrationStatus.Pending, $"jiwoo-{Guid.NewGuid():N}@example.kr"));
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await AdminService(scope.ServiceProvider).RejectAsync(added[0].Id, added[0].Version, "", Ct);

        Assert.Equal(RegistrationTransitions.ReasonRequired, Assert.Single(result.Errors).Code);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(RegistrationStatus.Pending, (await db.Registrations.SingleAsync(r => r.Id == added[0].Id, Ct)).Status);
    }

    [Fact]
    public async Task Import_OneBadRow_WritesNothing()
    {
        var (editionId, _) = await AddAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var imports = new RegistrationImportService(services.GetRequiredService<IDbContextFactory<EventDbContext>>(),
            services.GetRequiredService<AuditTrail>(), Organiser, factory.Clock);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var csv = Encoding.UTF8.GetBytes($"Họ và tên,Email,Loại\nĐại biểu Một {marker},one-{marker}@example.com,visitor\nĐại biểu Hai {marker},not-an-address,visitor\n");

        var result = await imports.ImportAsync(editionId, "moi.csv", csv, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal((3, "Registrations.EmailInvalid"), (Assert.Single(result.Report.Problems).Row!.Value, result.Report.Problems[0].Error.Code));
        await using var db = await services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct);
        Assert.False(await db.Registrations.AnyAsync(r => r.EditionId == editionId && r.FullName.Contains(marker), Ct));
    }
}
