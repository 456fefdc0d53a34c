using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.UnitTests.Registrations.Admin;

public sealed class RegistrationAdminServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approve_Pending_ConfirmsAuditsAndWritesToThePersonInVietnamese()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        var vip = await bed.AddAsync("Nguyễn Thị Hồng Nhung", RegistrationCategoryDefaults.Government, RegistrationStatus.Pending, "nhung@most.gov.vn");

        var result = await bed.Admin.ApproveAsync(vip.Id, vip.Version, cancellationToken: Ct);

        Assert.True(result.Succeeded);
        var saved = await bed.ReloadAsync(vip.Id);
        Assert.Equal(RegistrationStatus.Confirmed, saved.Status);
        Assert.Equal(vip.Version + 1, saved.Version);
        Assert.Equal(bed.Clock.GetUtcNow(), saved.DecidedAt);
        await using var db = bed.Database.CreateContext();
        var audit = await db.AuditLog.SingleAsync(a => a.Action == "registration.approved", Ct);
        Assert.Contains("Pending", audit.Before);
        Assert.Contains("Confirmed", audit.After);
        var mail = await db.Set<OutboxMessage>().Include(m => m.Attachments).SingleAsync(Ct);
        Assert.Equal(("RegistrationApproved", "nhung@most.gov.vn", "vi-VN"), (mail.Template, mail.ToAddress, mail.Culture));
        Assert.Contains("Nguyễn Thị Hồng Nhung", mail.TextBody);
        // The approval carries the e-ticket, drawn by the outbox when the letter leaves.
        var ticket = Assert.Single(mail.Attachments);
        Assert.Equal(("application/pdf", $"eticket:{vip.Id}"), (ticket.ContentType, ticket.Source));
    }

    [Fact]
    public async Task Reject_WithoutAReason_WritesNothing()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        var press = await bed.AddAsync("Kim Min-jun", RegistrationCategoryDefaults.Press, RegistrationStatus.Pending, "minjun@press.kr", nationality: "KR");

        var result = await bed.Admin.RejectAsync(press.Id, press.Version, "  ", Ct);

        Assert.Equal(RegistrationTransitions.ReasonRequired, Assert.Single(result.Errors).Code);
        Assert.Equal(RegistrationStatus.Pending, (await bed.ReloadAsync(press.Id)).Status);
        await using var db = bed.Database.CreateContext();
        Assert.False(await db.Set<OutboxMessage>().AnyAsync(Ct));
        Assert.False(await db.AuditLog.AnyAsync(a => a.Action.StartsWith("registration."), Ct));
    }

    [Fact]
    public async Task Reject_WithAReason_TellsAForeignerInEnglish()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        var press = await bed.AddAsync("Kim Min-jun", RegistrationCategoryDefaults.Press, RegistrationStatus.Pending, "minjun@press.kr", nationality: "KR");

        var result = await bed.Admin.RejectAsync(press.Id, press.Version, "Press accreditation closed", Ct);

        Assert.True(result.Succeeded);
        var saved = await bed.ReloadAsync(press.Id);
        Assert.Equal((RegistrationStatus.Rejected, "Press accreditation closed"), (saved.Status, saved.DecisionReason));
        await using var db = bed.Database.CreateContext();
        var mail = await db.Set<OutboxMessage>().SingleAsync(Ct);
        Assert.Equal(("RegistrationRejected", "en-US"), (mail.Template, mail.Culture));
        Assert.Contains("Press accreditation closed", mail.TextBody);
    }

    [Fact]
    public async Task Approve_WaitlistedIntoAFullCategory_IsRefusedUnlessTheOrganiserOverrides()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        await bed.SetCapacityAsync(RegistrationCategoryDefaults.Speaker, 1);
        await bed.AddAsync("Trần Văn Minh", RegistrationCategoryDefaults.Speaker);
        var waiting = await bed.AddAsync("Lê Thu Hà", RegistrationCategoryDefaults.Speaker, RegistrationStatus.Waitlisted);

        var refused = await bed.Admin.ApproveAsync(waiting.Id, waiting.Version, cancellationToken: Ct);
        var overridden = await bed.Admin.ApproveAsync(waiting.Id, waiting.Version, overrideCapacity: true, Ct);

        Assert.Equal(RegistrationTransitions.CategoryFull, Assert.Single(refused.Errors).Code);
        Assert.True(overridden.Succeeded);
        Assert.Equal(RegistrationStatus.Confirmed, (await bed.ReloadAsync(waiting.Id)).Status);
    }

    [Fact]
    public async Task Approve_WithAStaleVersion_IsAConflictAndChangesNothing()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        var pending = await bed.AddAsync("Phạm Quốc Bảo", RegistrationCategoryDefaults.International, RegistrationStatus.Pending, "bao@example.com");
        var stale = pending.Version;
        await bed.Admin.CancelAsync(pending.Id, stale, "Trùng lặp", Ct);

        var result = await bed.Admin.ApproveAsync(pending.Id, stale, cancellationToken: Ct);

        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(result.Errors).Code);
        Assert.Equal(RegistrationStatus.Cancelled, (await bed.ReloadAsync(pending.Id)).Status);
    }

    [Fact]
    public async Task Update_TwoEditorsOfOneRecord_SecondGetsAConflict()
    {
        await using var bed = await RegistrationTestBed.CreateAsync(Roles.Staff);
        var person = await bed.AddAsync("Hoang Van An", email: "an@example.com");
        var first = (await bed.Admin.GetForEditAsync(person.Id, Ct))!.Details;
        var second = (await bed.Admin.GetForEditAsync(person.Id, Ct))!.Details;
        first.FullName = "Hoàng Văn An";
        second.OrganizationName = "Viện Hàn lâm";

        var saved = await bed.Admin.UpdateAsync(person.Id, first, Ct);
        var conflict = await bed.Admin.UpdateAsync(person.Id, second, Ct);

        Assert.True(saved.Succeeded);
        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(conflict.Errors).Code);
        var stored = await bed.ReloadAsync(person.Id);
        Assert.Equal(("Hoàng Văn An", null), (stored.FullName, stored.OrganizationName));
        Assert.Equal("hoang van an", stored.NameKey);
    }

    [Fact]
    public async Task Update_AChairRibbon_OverridesTheCategorysAndCanBeTakenBack()
    {
        await using var bed = await RegistrationTestBed.CreateAsync(Roles.Staff);
        var person = await bed.AddAsync("Trần Quốc Khánh", email: "khanh@example.com");
        var details = (await bed.Admin.GetForEditAsync(person.Id, Ct))!.Details;
        Assert.Null(details.Ribbon);
        details.Ribbon = BadgeRibbon.Chair;

        Assert.True((await bed.Admin.UpdateAsync(person.Id, details, Ct)).Succeeded);
        var chair = await bed.ReloadAsync(person.Id);
        Assert.Equal(BadgeRibbon.Chair, chair.Ribbon);

        var again = (await bed.Admin.GetForEditAsync(person.Id, Ct))!.Details;
        again.Ribbon = null;
        Assert.True((await bed.Admin.UpdateAsync(person.Id, again, Ct)).Succeeded);
        Assert.Null((await bed.ReloadAsync(person.Id)).Ribbon);
    }

    [Fact]
    public async Task Update_AnEmailAnotherRegistrationUses_IsAFieldError()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        await bed.AddAsync("Đỗ Minh Châu", email: "chau@example.com");
        var other = await bed.AddAsync("Vũ Hải Yến", email: "yen@example.com");
        var details = (await bed.Admin.GetForEditAsync(other.Id, Ct))!.Details;
        details.Email = " Chau@Example.com ";
        details.Phone = "abc";
        details.FullName = "";

        var result = await bed.Admin.UpdateAsync(other.Id, details, Ct);

        Assert.Equal(
            [(RegistrationDetailRules.Fields.FullName, "Registrations.FullNameRequired"), (RegistrationDetailRules.Fields.Phone, "Registrations.PhoneInvalid"),
             (RegistrationDetailRules.Fields.Email, "Registrations.EmailTaken")],
            result.Errors.Select(e => (e.Field, e.Code)).OrderBy(e => e.Code == "Registrations.EmailTaken"));
    }

    [Fact]
    public async Task Staff_MayCorrectDetailsButNotDecide()
    {
        await using var bed = await RegistrationTestBed.CreateAsync(Roles.Staff);
        var pending = await bed.AddAsync("Ngô Bảo Châu", RegistrationCategoryDefaults.Government, RegistrationStatus.Pending, "chau@example.com");

        var approve = await bed.Admin.ApproveAsync(pending.Id, pending.Version, cancellationToken: Ct);

        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(approve.Errors).Code);
        Assert.NotNull(await bed.Admin.GetForEditAsync(pending.Id, Ct));
    }

    [Fact]
    public async Task Bulk_ApprovesWhatItCanAndSaysWhyTheRestWasRefused()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        var a = await bed.AddAsync("Người A", RegistrationCategoryDefaults.Press, RegistrationStatus.Pending, "a@example.com");
        var b = await bed.AddAsync("Người B", RegistrationCategoryDefaults.Press, RegistrationStatus.Pending, "b@example.com");
        var confirmed = await bed.AddAsync("Người C", RegistrationCategoryDefaults.Press, RegistrationStatus.Confirmed, "c@example.com");

        var outcome = await bed.Admin.BulkAsync(BulkDecision.Approve,
            [new(a.Id, a.FullName, a.Version), new(b.Id, b.FullName, b.Version + 7), new(confirmed.Id, confirmed.FullName, confirmed.Version)], cancellationToken: Ct);

        Assert.Equal(1, outcome.Done);
        Assert.Equal([(b.Id, CommonErrors.Codes.Concurrency), (confirmed.Id, RegistrationTransitions.NotAwaitingDecision)],
            outcome.Refused.Select(r => (r.Target.Id, r.Error.Code)));
        Assert.Equal(RegistrationStatus.Confirmed, (await bed.ReloadAsync(a.Id)).Status);
        Assert.Equal(RegistrationStatus.Pending, (await bed.ReloadAsync(b.Id)).Status);
    }

    [Fact]
    public async Task BulkReject_WithoutAReason_RefusesEveryRow()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        var a = await bed.AddAsync("Người A", RegistrationCategoryDefaults.Press, RegistrationStatus.Pending, "a@example.com");

        var outcome = await bed.Admin.BulkAsync(BulkDecision.Reject, [new(a.Id, a.FullName, a.Version)], "", Ct);

        Assert.Equal((0, RegistrationTransitions.ReasonRequired), (outcome.Done, Assert.Single(outcome.Refused).Error.Code));
        Assert.Equal(RegistrationStatus.Pending, (await bed.ReloadAsync(a.Id)).Status);
    }
}
