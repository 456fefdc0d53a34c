using System.Net;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.IntegrationTests.Exhibitors.Apply;

public sealed class OnlineApplicationTests(ApplyApp app) : IClassFixture<ApplyApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string NewEmail() => $"apply-{Guid.NewGuid():N}@test.local";

    [Fact]
    public async Task TheForm_IsStatic_HasALabelOnEveryField_AndTheConsentIsUnticked()
    {
        var client = BrowserClient.Create(app.App, "vi-VN");

        var response = await client.GetAsync(ApplyForm.Path, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("<title>Đăng ký gian hàng", html);
        foreach (var field in new[] { "NameVi", "NameEn", "Type", "Country", "Province", "TaxCode", "Website", "ContactName", "ContactPosition",
                     "ContactEmail", "ContactPhone", "BoothsWanted", "SizeWanted", "ZonePreference1Id", "ZonePreference2Id", "ZonePreference3Id",
                     "NeighbourWish", "Technologies[0].TitleVi", "Technologies[0].Field", "Technologies[0].ReadinessLevel", "Technologies[0].OfferType", "Consent" })
        {
            Assert.Contains($"<label for=\"Input.{field}\"", html);
            Assert.Contains($"id=\"Input.{field}\"", html);
        }
        Assert.Contains("Tên tổ chức (tiếng Việt)", html);
        Assert.Contains("Họ và tên người liên hệ", html);
        var consent = ApplyForm.InputTag(html, "Input.Consent")!;
        Assert.Contains("type=\"checkbox\"", consent);
        Assert.DoesNotContain("checked", consent);
        // The honeypot is out of people's way.
        Assert.Matches("<div class=\"tc-apply-trap\"[^>]*aria-hidden=\"true\"", html);
        var trap = ApplyForm.InputTag(html, "Input.Fax")!;
        Assert.Contains("tabindex=\"-1\"", trap);
        Assert.Contains("autocomplete=\"off\"", trap);
        // Static rendering: no interactive component marker, so no circuit is opened.
        Assert.DoesNotContain("\"type\":\"server\"", html);
    }

    [Theory]
    [InlineData("vi-VN", "Trường này là bắt buộc.", "Hãy đánh dấu ô đồng ý")]
    [InlineData("en-US", "This field is required.", "Tick the box to agree")]
    public async Task ErrorsAreShownNextToTheirFields_InThePagesLanguage_AndNothingTypedIsLost(string culture, string required, string consent)
    {
        var client = BrowserClient.Create(app.App, culture);
        var email = NewEmail();
        var fields = ApplyForm.Valid(email, "Hợp tác xã Đông Triều " + Guid.NewGuid().ToString("N")[..6]);
        fields["Input.ContactName"] = "";
        fields["Input.TaxCode"] = "12345";
        fields["Input.Consent"] = "false";
        fields["Input.Technologies[0].TitleVi"] = "";

        var response = await ApplyForm.PostAsync(client, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("data-testid=\"apply-errors\"", html);
        Assert.Contains(required, html);
        Assert.Contains(consent, html);
        Assert.Contains("href=\"exhibit/apply#Input.TaxCode\"", html);
        Assert.Contains("href=\"exhibit/apply#Input.Technologies[0].TitleVi\"", html);
        Assert.Equal(fields["Input.NameVi"], ApplyForm.ValueOf(html, "Input.NameVi"));
        Assert.Equal(email, ApplyForm.ValueOf(html, "Input.ContactEmail"));
        Assert.Equal("12345", ApplyForm.ValueOf(html, "Input.TaxCode"));
        Assert.Equal("Viện Hàn lâm", ApplyForm.ValueOf(html, "Input.NeighbourWish"));
        await using var db = await app.DbAsync();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email, Cancel));
        Assert.False(await db.ExhibitorApplications.AnyAsync(a => a.ContactEmail == email, Cancel));
    }

    [Fact]
    public async Task AddingATechnology_ShowsASecondRow_AndKeepsWhatWasTyped()
    {
        var client = BrowserClient.Create(app.App, "vi-VN");
        var fields = ApplyForm.Valid(NewEmail());
        fields["Input.Action"] = "add-technology";

        var html = await (await ApplyForm.PostAsync(client, fields)).Content.ReadAsStringAsync(Cancel);

        Assert.Contains("id=\"Input.Technologies[1].TitleVi\"", html);
        Assert.Equal("Cảm biến đo mặn cho ruộng lúa", ApplyForm.ValueOf(html, "Input.Technologies[0].TitleVi"));
        Assert.DoesNotContain("data-testid=\"apply-errors\"", html);
    }

    [Fact]
    public async Task AValidApplication_CreatesTheOrganisationApplicationTechnologiesAccountAndInvitation_InOneGo()
    {
        var client = BrowserClient.Create(app.App, "en-US");
        var email = NewEmail();
        var name = "Công ty TNHH Đổi mới Hạ Long " + Guid.NewGuid().ToString("N")[..6];
        var fields = ApplyForm.Valid(email, name);
        fields["Input.TaxCode"] = "5701234567-001";
        fields["Input.Technologies[1].TitleVi"] = "Robot kiểm tra đường ống";
        fields["Input.Technologies[1].Field"] = "Robotics";
        fields["Input.Technologies[1].ReadinessLevel"] = "5";
        fields["Input.Technologies[1].OfferType"] = "Licensing";

        var response = await ApplyForm.PostAsync(client, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/exhibit/apply/received", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = await app.DbAsync();
        var organization = await db.Organizations.SingleAsync(o => o.Email == email, Cancel);
        Assert.Equal(name, organization.Name.Vi);
        Assert.Equal("5701234567001", organization.TaxCode);
        var application = await db.ExhibitorApplications.SingleAsync(a => a.OrganizationId == organization.Id, Cancel);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.True(application.SubmittedOnline);
        Assert.False(application.OrganizationToConfirm);
        Assert.Equal("Nguyễn Thị Hằng", application.ContactName);
        Assert.Equal(2, application.BoothsWanted);
        Assert.Equal("2026-12", application.ConsentVersion);
        Assert.Equal(app.Clock.GetUtcNow(), application.ConsentGivenAt);
        var technologies = await db.Technologies.Where(t => t.OrganizationId == organization.Id).ToListAsync(Cancel);
        Assert.Equal(2, technologies.Count);
        Assert.All(technologies, t => Assert.Equal(application.EditionId, t.EditionId));
        var user = await db.Users.SingleAsync(u => u.Email == email, Cancel);
        Assert.Equal(organization.Id, user.OrganizationId);
        Assert.Equal("en-US", user.PreferredCulture);
        Assert.Null(user.PasswordHash);
        var exhibitorRole = await db.Roles.SingleAsync(r => r.Name == Roles.Exhibitor, Cancel);
        Assert.True(await db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == exhibitorRole.Id, Cancel));
        var mail = await db.Outbox.SingleAsync(m => m.ToAddress == email, Cancel);
        Assert.Equal("ExhibitorInvitation", mail.Template);
        // Written with the application; the outbox worker may already have delivered it to the pickup folder.
        Assert.NotEqual(OutboxStatus.Failed, mail.Status);
        Assert.Contains("/Account/SetPassword?userId=", mail.TextBody);
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == "application.submitted" && e.EntityId == application.Id.ToString(), Cancel));
    }

    [Fact]
    public async Task AKnownOrganisation_IsLinkedNotCopied_AndTheApplicantLearnsNothingAboutIt()
    {
        var client = BrowserClient.Create(app.App, "vi-VN");
        int existingId;
        string existingName;
        string? existingPhone;
        await using (var db = await app.DbAsync())
        {
            // A demo organisation that has no application in the current edition.
            var current = await db.Editions.Where(e => e.IsCurrent).Select(e => e.Id).SingleAsync(Cancel);
            var applied = await db.ExhibitorApplications.Where(a => a.EditionId == current).Select(a => a.OrganizationId).ToListAsync(Cancel);
            var existing = await db.Organizations.Where(o => o.Province != null && !applied.Contains(o.Id)).OrderBy(o => o.Id).FirstAsync(Cancel);
            (existingId, existingName, existingPhone) = (existing.Id, existing.Name.Vi, existing.Phone);
            var fields = ApplyForm.Valid(NewEmail(), existingName.ToUpperInvariant());
            fields["Input.Province"] = existing.Province!;
            var organizationsBefore = await db.Organizations.CountAsync(Cancel);

            var response = await ApplyForm.PostAsync(client, fields);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.EndsWith("/exhibit/apply/received?confirm=1", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Equal(organizationsBefore, await db.Organizations.CountAsync(Cancel));
        }
        var thanks = await client.GetStringAsync("/exhibit/apply/received?confirm=1", Cancel);
        Assert.Contains("data-testid=\"apply-to-confirm\"", thanks);
        Assert.DoesNotContain(existingName, thanks);
        await using var check = await app.DbAsync();
        var application = await check.ExhibitorApplications.SingleAsync(a => a.OrganizationId == existingId && a.SubmittedOnline, Cancel);
        Assert.True(application.OrganizationToConfirm);
        Assert.Equal(existingName.ToUpperInvariant(), application.SubmittedOrganizationName);
        var organization = await check.Organizations.SingleAsync(o => o.Id == existingId, Cancel);
        Assert.Equal(existingName, organization.Name.Vi);
        Assert.Equal(existingPhone, organization.Phone);
        // The account waits for the secretariat before it may see the organisation's records.
        Assert.Null((await check.Users.SingleAsync(u => u.Email == application.ContactEmail, Cancel)).OrganizationId);

        // A second application for the same organisation: the same answer, and nothing more is written.
        var again = ApplyForm.Valid(NewEmail(), existingName);
        again["Input.Province"] = organization.Province!;
        var second = await ApplyForm.PostAsync(client, again);
        Assert.EndsWith("/exhibit/apply/received?confirm=1", second.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, await check.ExhibitorApplications.CountAsync(a => a.OrganizationId == existingId && a.EditionId == application.EditionId, Cancel));
        Assert.False(await check.Users.AnyAsync(u => u.Email == again["Input.ContactEmail"], Cancel));
    }

    [Fact]
    public async Task AFilledHoneypot_ShowsTheThankYou_AndWritesNothing()
    {
        var client = BrowserClient.Create(app.App, "vi-VN");
        var email = NewEmail();
        var fields = ApplyForm.Valid(email, "Công ty Robot " + Guid.NewGuid().ToString("N")[..6]);
        fields["Input.Fax"] = "+84 24 0000 0000";

        var response = await ApplyForm.PostAsync(client, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/exhibit/apply/received", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = await app.DbAsync();
        Assert.False(await db.Organizations.AnyAsync(o => o.Name.Vi == fields["Input.NameVi"], Cancel));
        Assert.False(await db.Users.AnyAsync(u => u.Email == email, Cancel));
        Assert.False(await db.Outbox.AnyAsync(m => m.ToAddress == email, Cancel));
    }
}
