using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.EndToEndTests.CheckIns;

[Collection(BrowserCollection.Name)]
public sealed partial class GateAndDashboardTests(BrowserAppFixture fixture)
{
    /// <summary>08:30 in Ha Long on the first morning of the demo fair.</summary>
    private static readonly DateTimeOffset FirstMorning = new(2023, 9, 29, 1, 30, 0, TimeSpan.Zero);
    private const string Password = "twelve chars or more";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StaffScanAVisitorsBadge_SeeGreenThenAmber_AndAnOpenDashboardCountsThemWithoutReloading()
    {
        var started = fixture.Clock.GetUtcNow();
        fixture.Clock.MoveTo(FirstMorning);
        try
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var name = $"Trần Thị Thu Hương {suffix}";
            var code = await AddVisitorAsync(name);
            var staffEmail = await AddStaffAsync();

            // The organiser's dashboard is open in another browser context before the scan.
            var organiser = await fixture.NewPageAsync("vi-VN");
            await new SignInPage(organiser).SignInAsync(Testing.TechconnectAppFactory.AdminEmail, Testing.TechconnectAppFactory.AdminPassword);
            await organiser.GotoAsync("/checkin/dashboard");
            await BrowserAppFixture.WaitForInteractiveAsync(organiser);
            var total = organiser.GetByTestId("checked-in-total");
            await Assertions.Expect(total).ToBeVisibleAsync();
            var before = Digits(await total.InnerTextAsync());

            var staff = await fixture.NewPageAsync("vi-VN", width: 412, height: 915);
            await new SignInPage(staff).SignInAsync(staffEmail, Password);
            await staff.GotoAsync("/checkin?gate=main");
            await BrowserAppFixture.WaitForInteractiveAsync(staff);
            var input = staff.GetByTestId("scan-input");
            await Assertions.Expect(input).ToBeFocusedAsync();

            // A keyboard-wedge scanner types the code and presses Enter.
            await input.PressSequentiallyAsync(code);
            await input.PressAsync("Enter");
            var verdict = staff.GetByTestId("verdict-status");
            await Assertions.Expect(verdict).ToHaveTextAsync("CheckedIn");
            await Assertions.Expect(staff.GetByTestId("verdict")).ToContainTextAsync(name);
            await Assertions.Expect(input).ToBeFocusedAsync();
            await Assertions.Expect(input).ToHaveValueAsync("");
            await BrowserAppFixture.ScreenshotAsync(staff, "checkin-green-phone-vi");

            // The dashboard, in its own context, has counted the person without a reload.
            await Assertions.Expect(total).ToHaveTextAsync(new Regex($"^\\D*{before + 1}\\D*$"), new() { Timeout = 10_000 });
            await BrowserAppFixture.ScreenshotAsync(organiser, "checkin-dashboard-vi");

            await input.PressSequentiallyAsync(code);
            await input.PressAsync("Enter");
            await Assertions.Expect(verdict).ToHaveTextAsync("AlreadyCheckedIn");
            await Assertions.Expect(staff.GetByTestId("verdict")).ToContainTextAsync("Cổng chính");
            await BrowserAppFixture.ScreenshotAsync(staff, "checkin-amber-phone-vi");

            await input.PressSequentiallyAsync("KHONGPHAIMAVE");
            await input.PressAsync("Enter");
            await Assertions.Expect(verdict).ToHaveTextAsync("Invalid");
            await BrowserAppFixture.ScreenshotAsync(staff, "checkin-red-phone-vi");

            // Both scans and the refusal are in the log; the person came in once.
            await using var db = await Factory().CreateDbContextAsync(Ct);
            var id = await db.Registrations.Where(r => r.BadgeCode == code).Select(r => r.Id).SingleAsync(Ct);
            Assert.Equal(1, await db.CheckIns.CountAsync(c => c.RegistrationId == id, Ct));
            Assert.Equal(2, await db.ScanLog.CountAsync(s => s.RegistrationId == id, Ct));
        }
        finally
        {
            fixture.Clock.MoveTo(started);
        }
    }

    /// <summary>
    /// Wedge input to verdict on screen, measured in Chromium over 40 scans (the issue's target: p95 ≤ 150 ms). The
    /// figure is printed for the closing note, not asserted: timing belongs to measurement, not to the suite.
    /// </summary>
    [Fact]
    public async Task ScanToVerdict_IsMeasuredInTheBrowser()
    {
        var started = fixture.Clock.GetUtcNow();
        fixture.Clock.MoveTo(FirstMorning);
        try
        {
            var people = new List<(string Code, string Name)>();
            for (var i = 0; i < 40; i++)
            {
                var name = $"Khách đo thời gian {i} {Guid.NewGuid():N}"[..40];
                people.Add((await AddVisitorAsync(name), name));
            }
            var staff = await fixture.NewPageAsync("vi-VN");
            await new SignInPage(staff).SignInAsync(await AddStaffAsync(), Password);
            await staff.GotoAsync("/checkin?gate=main");
            await BrowserAppFixture.WaitForInteractiveAsync(staff);
            var input = staff.GetByTestId("scan-input");
            var times = new List<double>();
            foreach (var (code, name) in people)
            {
                await input.FillAsync(code);
                var clock = Stopwatch.StartNew();
                await input.PressAsync("Enter");
                // Polled on every animation frame: the moment the person's name is on screen.
                await staff.WaitForFunctionAsync(
                    "n => document.querySelector('[data-testid=verdict-name]')?.textContent === n", name, new() { Timeout = 5_000 });
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
            TestContext.Current.SendDiagnosticMessage($"Gate page scan to verdict: p50 {times[times.Count / 2]:F0} ms, p95 {p95:F0} ms over {times.Count} scans.");
            Assert.Equal(people.Count, times.Count);
        }
        finally
        {
            fixture.Clock.MoveTo(started);
        }
    }

    private IDbContextFactory<EventDbContext> Factory() =>
        fixture.App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();

    private async Task<string> AddStaffAsync()
    {
        var email = $"staff-{Guid.NewGuid():N}@test.local";
        var result = await fixture.App.Services.GetRequiredService<UserAdministrationService>().CreateAsync(email, null, [Roles.Staff], Password);
        Assert.True(result.Succeeded, string.Join(", ", result.ErrorCodes));
        return email;
    }

    private async Task<string> AddVisitorAsync(string name)
    {
        await using var db = await Factory().CreateDbContextAsync(Ct);
        var edition = await db.Editions.SingleAsync(e => e.IsCurrent, Ct);
        var category = await db.RegistrationCategories.SingleAsync(c => c.EditionId == edition.Id && c.Code == RegistrationCategoryDefaults.Visitor, Ct);
        var registration = new Registration
        {
            EditionId = edition.Id,
            CategoryId = category.Id,
            FullName = name,
            OrganizationName = "Trường Đại học Hạ Long",
            Status = RegistrationStatus.Confirmed,
            DaysMask = 3,
            RegisteredAt = FirstMorning.AddDays(-5),
            BadgeCode = BadgeCodes.New(),
            ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
        };
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(Ct);
        return registration.BadgeCode;
    }

    private static int Digits(string text) => int.Parse(NonDigits().Replace(text, ""), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\D")]
    private static partial Regex NonDigits();
}
