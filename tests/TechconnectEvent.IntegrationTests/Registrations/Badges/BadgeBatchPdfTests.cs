using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Badges;
using TechconnectEvent.Web.Infrastructure.Data;
using ZXing;
using ZXing.Common;

namespace TechconnectEvent.IntegrationTests.Registrations.Badges;

public sealed class BadgeBatchPdfTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private const string VietnameseName = "Nguyễn Thị Phượng";
    private const string KoreanName = "김민준";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("A4x8")]
    [InlineData("A6")]
    [InlineData("CR80")]
    public async Task EveryLayout_IsAPdfWithTheVietnameseAndKoreanNamesExactly(string layout)
    {
        var organisation = await AddPeopleAsync();
        var client = await OrganiserAsync();

        var response = await client.GetAsync($"/badges/batch.pdf?layout={layout}&organization={Uri.EscapeDataString(organisation)}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = await PdfToTextAsync(await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Contains(VietnameseName, text, StringComparison.Ordinal);
        Assert.Contains(KoreanName, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheQrOnTheBadge_DecodesToExactlyTheBadgeCode()
    {
        var organisation = await AddPeopleAsync(onlyOne: true);
        var client = await OrganiserAsync();

        var pdf = await client.GetByteArrayAsync($"/badges/batch.pdf?layout=A6&organization={Uri.EscapeDataString(organisation)}", Cancel);

        var code = await CodeOfAsync(VietnameseName, organisation);
        Assert.Equal(code, await DecodeQrAsync(pdf));
    }

    [Theory]
    [InlineData("layout=A5")]
    [InlineData("layout=1")]
    [InlineData("status=Approved")]
    [InlineData("notPrinted=maybe")]
    [InlineData("category=no-such-category")]
    public async Task BadParameters_Answer400WithATranslatedMessage(string query)
    {
        var client = await OrganiserAsync();

        var response = await client.GetAsync("/badges/batch.pdf?" + query, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var message = await response.Content.ReadAsStringAsync(Cancel);
        // In Vietnamese (the default language), not an exception's text.
        Assert.Matches("[ảạấầẩậắằặẻẽẹếềệỉịỏọốồổộớờợủụứừửựđ]", message);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingMatching_Answers404WithAMessage()
    {
        var client = await OrganiserAsync();

        var response = await client.GetAsync("/badges/batch.pdf?organization=" + Uri.EscapeDataString("Không tồn tại " + Guid.NewGuid()), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không có thẻ nào", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn_AndAnExhibitorIsRefused()
    {
        var anonymous = BrowserClient.Create(factory, "vi-VN");
        var response = await anonymous.GetAsync("/badges/batch.pdf", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        var exhibitor = BrowserClient.Create(factory, "vi-VN");
        await exhibitor.SignInOrFailAsync(await factory.CreateUserAsync(Roles.Exhibitor), UserFactory.Password);
        var refused = await exhibitor.GetAsync("/badges/batch.pdf", Cancel);
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, refused.StatusCode.ToString());
        Assert.NotEqual("application/pdf", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Staff_MayDownload_AndFiltersByCategoryStatusAndNotPrintedAreHonoured()
    {
        var organisation = "Viện Lọc " + Guid.NewGuid().ToString("N")[..6];
        await AddAsync(organisation, ("Trần Văn Báo", RegistrationCategoryDefaults.Press, RegistrationStatus.Confirmed, 0),
            ("Lê Thị Khách", RegistrationCategoryDefaults.Visitor, RegistrationStatus.Confirmed, 0),
            ("Phạm Chờ Duyệt", RegistrationCategoryDefaults.Visitor, RegistrationStatus.Pending, 0),
            ("Đỗ Đã In", RegistrationCategoryDefaults.Visitor, RegistrationStatus.Confirmed, 2));
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(await factory.CreateUserAsync(Roles.Staff), UserFactory.Password);
        var org = "&organization=" + Uri.EscapeDataString(organisation);

        var press = await PdfToTextAsync(await client.GetByteArrayAsync("/badges/batch.pdf?layout=A6&category=press" + org, Cancel));
        Assert.Contains("Trần Văn Báo", press, StringComparison.Ordinal);
        Assert.DoesNotContain("Lê Thị Khách", press, StringComparison.Ordinal);
        Assert.Contains("BÁO CHÍ / PRESS", press, StringComparison.Ordinal);

        var pending = await PdfToTextAsync(await client.GetByteArrayAsync("/badges/batch.pdf?layout=A6&status=Pending" + org, Cancel));
        Assert.Contains("Phạm Chờ Duyệt", pending, StringComparison.Ordinal);
        Assert.DoesNotContain("Lê Thị Khách", pending, StringComparison.Ordinal);

        var all = await PdfToTextAsync(await client.GetByteArrayAsync("/badges/batch.pdf?layout=A6" + org, Cancel));
        Assert.Contains("Đỗ Đã In", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Phạm Chờ Duyệt", all, StringComparison.Ordinal);
        var notPrinted = await PdfToTextAsync(await client.GetByteArrayAsync("/badges/batch.pdf?layout=A6&notPrinted=true" + org, Cancel));
        Assert.DoesNotContain("Đỗ Đã In", notPrinted, StringComparison.Ordinal);
        Assert.Contains("Lê Thị Khách", notPrinted, StringComparison.Ordinal);

        // A direct download is not printing.
        await using var db = await Db().CreateDbContextAsync(Cancel);
        Assert.Equal(0, await db.Registrations.Where(r => r.FullName == "Lê Thị Khách" && r.OrganizationName == organisation).Select(r => r.PrintCount).SingleAsync(Cancel));
    }

    [Fact]
    public async Task Reissue_MakesTheOldCodeUnknown_AndTheBadgeCarriesTheNewOne()
    {
        var organisation = await AddPeopleAsync(onlyOne: true);
        var oldCode = await CodeOfAsync(VietnameseName, organisation);
        await using var scope = factory.Services.CreateAsyncScope();
        int id;
        await using (var db = await Db().CreateDbContextAsync(Cancel))
        {
            id = await db.Registrations.Where(r => r.BadgeCode == oldCode).Select(r => r.Id).SingleAsync(Cancel);
        }
        var service = ActivatorUtilities.CreateInstance<BadgeService>(scope.ServiceProvider,
            new Web.Infrastructure.Auditing.FixedActor(OrganiserActor()));

        var result = await service.ReissueAsync(id, Cancel);

        Assert.True(result.Succeeded);
        await using var check = await Db().CreateDbContextAsync(Cancel);
        Assert.False(await check.Registrations.AnyAsync(r => r.BadgeCode == oldCode, Cancel));
        var row = await check.Registrations.SingleAsync(r => r.Id == id, Cancel);
        Assert.Equal(result.Value, row.BadgeCode);
        Assert.Equal(1, row.BadgeReissues);
        Assert.True(await check.AuditLog.AnyAsync(a => a.Action == BadgeService.ReissuedAction && a.EntityId == id.ToString(), Cancel));
        var client = await OrganiserAsync();
        var pdf = await client.GetByteArrayAsync($"/badges/batch.pdf?layout=A6&organization={Uri.EscapeDataString(organisation)}", Cancel);
        Assert.Equal(row.BadgeCode, await DecodeQrAsync(pdf));
    }

    [Fact]
    public async Task RecordingABatch_CountsEachBadgeOnce_SaysWhoAndWhen_AndNotPrintedThenLeavesThemOut()
    {
        var organisation = await AddPeopleAsync();
        int editionId;
        List<int> ids;
        await using (var db = await Db().CreateDbContextAsync(Cancel))
        {
            var people = await db.Registrations.Where(r => r.OrganizationName == organisation).ToListAsync(Cancel);
            editionId = people[0].EditionId;
            ids = people.Select(r => r.Id).ToList();
        }
        await using var scope = factory.Services.CreateAsyncScope();
        var service = ActivatorUtilities.CreateInstance<BadgeService>(scope.ServiceProvider,
            new Web.Infrastructure.Auditing.FixedActor(OrganiserActor()));

        var recorded = await service.RecordPrintedAsync(editionId, ids, OrganiserActor(), Cancel);

        Assert.Equal(2, recorded.Value);
        await using var check = await Db().CreateDbContextAsync(Cancel);
        var rows = await check.Registrations.Where(r => ids.Contains(r.Id)).ToListAsync(Cancel);
        Assert.All(rows, r => Assert.Equal((1, "organiser", factory.Clock.GetUtcNow()), (r.PrintCount, r.LastPrintedBy, r.LastPrintedAt!.Value)));
        var audit = await check.AuditLog.SingleAsync(a => a.Action == BadgeService.PrintedAction && a.EntityId == "batch" && a.Details == "2", Cancel);
        Assert.Equal(editionId, audit.EditionId);
        var client = await OrganiserAsync();
        var unprinted = await client.GetAsync($"/badges/batch.pdf?layout=A6&notPrinted=true&organization={Uri.EscapeDataString(organisation)}", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unprinted.StatusCode);
    }

    private static Web.Infrastructure.Auditing.Actor OrganiserActor() =>
        Web.Infrastructure.Auditing.Actor.From(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Role, Roles.Organiser), new(System.Security.Claims.ClaimTypes.Name, "organiser")], "test")));

    private async Task<HttpClient> OrganiserAsync()
    {
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        return client;
    }

    private IDbContextFactory<EventDbContext> Db() => factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();

    /// <summary>A Vietnamese and a Korean delegate of a fresh organisation (the filter then finds only them).</summary>
    private async Task<string> AddPeopleAsync(bool onlyOne = false)
    {
        var organisation = "Đại học Bách khoa " + Guid.NewGuid().ToString("N")[..8];
        var people = new List<(string, string, RegistrationStatus, int)> { (VietnameseName, RegistrationCategoryDefaults.Speaker, RegistrationStatus.Confirmed, 0) };
        if (!onlyOne)
        {
            people.Add((KoreanName, RegistrationCategoryDefaults.International, RegistrationStatus.Confirmed, 0));
        }
        await AddAsync(organisation, [.. people]);
        return organisation;
    }

    private async Task AddAsync(string organisation, params (string Name, string Category, RegistrationStatus Status, int Printed)[] people)
    {
        await using var db = await Db().CreateDbContextAsync(Cancel);
        var edition = await db.Editions.Where(e => e.IsCurrent).SingleAsync(Cancel);
        if (!await db.RegistrationCategories.AnyAsync(c => c.EditionId == edition.Id, Cancel))
        {
            db.RegistrationCategories.AddRange(RegistrationCategoryDefaults.For(edition.Id));
            await db.SaveChangesAsync(Cancel);
        }
        var categories = await db.RegistrationCategories.Where(c => c.EditionId == edition.Id).ToDictionaryAsync(c => c.Code, Cancel);
        foreach (var (name, category, status, printed) in people)
        {
            var registration = new Registration
            {
                EditionId = edition.Id, CategoryId = categories[category].Id, FullName = name, OrganizationName = organisation,
                Position = "Giảng viên", Status = status, PrintCount = printed, BadgeCode = BadgeCodes.New(),
                ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()), RegisteredAt = factory.Clock.GetUtcNow(),
                BadgeIssuedAt = factory.Clock.GetUtcNow(), Email = $"{Guid.NewGuid():N}@test.local", EmailKey = null,
            };
            registration.EmailKey = Registration.KeyOfEmail(registration.Email);
            registration.RefreshSearchKeys();
            db.Registrations.Add(registration);
        }
        await db.SaveChangesAsync(Cancel);
    }

    private async Task<string> CodeOfAsync(string name, string organisation)
    {
        await using var db = await Db().CreateDbContextAsync(Cancel);
        return await db.Registrations.Where(r => r.FullName == name && r.OrganizationName == organisation).Select(r => r.BadgeCode).SingleAsync(Cancel);
    }

    private static async Task<string> PdfToTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"badges-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf, Cancel);
        try
        {
            return await RunAsync("pdftotext", "-enc", "UTF-8", path, "-");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Rasterises the first page as a print shop would (200 dpi) and reads the QR with ZXing.</summary>
    private static async Task<string?> DecodeQrAsync(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("badges-qr").FullName;
        try
        {
            var path = Path.Combine(folder, "badge.pdf");
            await File.WriteAllBytesAsync(path, pdf, Cancel);
            // ZXing's finder misses some codes at one scale and finds them at another (seen about once in a few
            // dozen random codes at 200 dpi), as a phone held a little nearer would; a real miss fails at every scale.
            foreach (var dpi in new[] { "200", "300", "150", "400" })
            {
                var prefix = Path.Combine(folder, "page" + dpi);
                await RunAsync("pdftoppm", "-r", dpi, "-png", "-f", "1", "-l", "1", path, prefix);
                var png = Directory.GetFiles(folder, $"page{dpi}*.png").Single();
                using var bitmap = SKBitmap.Decode(png).Copy(SKColorType.Bgra8888);
                var source = new RGBLuminanceSource(bitmap.Bytes, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.BGRA32);
                var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
                if (reader.Decode(source)?.Text is { } text)
                {
                    return text;
                }
            }
            return null;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
