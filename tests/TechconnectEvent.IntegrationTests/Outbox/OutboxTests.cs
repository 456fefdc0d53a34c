using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.IntegrationTests.Outbox;

public sealed class OutboxTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private const string Page = "/admin/outbox";

    private static readonly Actor Organiser = Actor.From(new ClaimsPrincipal(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, "org-1"), new(ClaimTypes.Name, "secretariat@test.local"), new(ClaimTypes.Role, Roles.Organiser)], "test")));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_NonOrganiser_IsRefused()
    {
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(await factory.CreateUserAsync(Roles.Staff), UserFactory.Password);

        var response = await client.GetAsync(Page, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Organiser_OpensItWithItsTitle()
    {
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var response = await client.GetAsync(Page, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Hộp thư đi", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_PendingMessage_IsWrittenToThePickupFolderAndMarkedSent()
    {
        var subject = $"Xác nhận đăng ký – Đổi mới sáng tạo {Guid.NewGuid():N}";
        var id = await AddMessageAsync(subject, OutboxStatus.Pending);
        factory.Services.GetRequiredService<OutboxSignal>().Raise();

        var file = await WaitForEmlAsync(subject);

        Assert.Equal(subject, (await MimeMessage.LoadAsync(file, Cancel)).Subject);
        var stored = await LoadAsync(id);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(factory.Clock.GetUtcNow(), stored.SentAt);
    }

    [Fact]
    public async Task Administration_ListsMessage_AndResendPutsAFailedOneBackInTheQueueWithAnAuditRow()
    {
        var recipient = $"failed-{Guid.NewGuid():N}@vast.vn";
        var id = await AddMessageAsync("Thư không gửi được", OutboxStatus.Failed, recipient);
        await using var scope = factory.Services.CreateAsyncScope();
        var admin = ActivatorUtilities.CreateInstance<OutboxAdministration>(scope.ServiceProvider, new FixedActor(Organiser));

        var page = await admin.PageAsync(new OutboxFilter(OutboxStatus.Failed, recipient[..12]), 0, 25, Cancel);
        var row = Assert.Single(page.Rows);
        Assert.Equal((id, OutboxMessage.MaxAttempts, "SmtpCommandException: 550 No such user"), (row.Id, row.Attempts, row.LastError));

        var stale = await admin.ResendAsync(id, row.Version - 1, Cancel);
        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(stale.Errors).Code);

        // The worker may deliver it at once; either way it went back to the queue, due now, with no tries.
        Assert.True((await admin.ResendAsync(id, row.Version, Cancel)).Succeeded);
        var stored = await LoadAsync(id);
        Assert.NotEqual(OutboxStatus.Failed, stored.Status);
        Assert.True(stored.Attempts == 0 && stored.LastError is null);
        await using var db = await Contexts.CreateDbContextAsync(Cancel);
        var audit = await db.AuditLog.SingleAsync(a => a.EntityType == OutboxAdministration.AuditKind && a.EntityId == id.ToString(), Cancel);
        Assert.Equal((OutboxAdministration.ResentAction, "secretariat@test.local", recipient), (audit.Action, audit.UserName, audit.Details));
        Assert.Contains("\"Failed\"", audit.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_PendingMessage_IsRefusedAndChangesNothing()
    {
        var id = await AddMessageAsync("Đang chờ", OutboxStatus.Pending, due: factory.Clock.GetUtcNow().AddHours(1));
        await using var scope = factory.Services.CreateAsyncScope();
        var admin = ActivatorUtilities.CreateInstance<OutboxAdministration>(scope.ServiceProvider, new FixedActor(Organiser));
        var before = await LoadAsync(id);

        var result = await admin.ResendAsync(id, before.Version, Cancel);

        Assert.Equal(OutboxErrors.NotResendable.Code, Assert.Single(result.Errors).Code);
        Assert.Equal(before.Version, (await LoadAsync(id)).Version);
    }

    [Fact]
    public async Task Resend_ByNonOrganiser_IsForbidden()
    {
        var id = await AddMessageAsync("Thư không gửi được", OutboxStatus.Failed);
        await using var scope = factory.Services.CreateAsyncScope();
        var admin = ActivatorUtilities.CreateInstance<OutboxAdministration>(scope.ServiceProvider, FixedActor.System);

        var result = await admin.ResendAsync(id, (await LoadAsync(id)).Version, Cancel);

        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(result.Errors).Code);
        Assert.Equal(OutboxStatus.Failed, (await LoadAsync(id)).Status);
    }

    private IDbContextFactory<EventDbContext> Contexts => factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();

    private async Task<long> AddMessageAsync(string subject, OutboxStatus status, string to = "lan.nguyen@vast.vn", DateTimeOffset? due = null)
    {
        var now = factory.Clock.GetUtcNow();
        var failed = status == OutboxStatus.Failed;
        var message = new OutboxMessage
        {
            Template = "ExhibitorInvitation",
            ToAddress = to,
            ToName = "Nguyễn Thị Lan",
            Culture = "vi-VN",
            Subject = subject,
            HtmlBody = "<p>Xin chào</p>",
            TextBody = "Xin chào",
            Status = status,
            CreatedAt = now,
            NextAttemptAt = due ?? now,
            Attempts = failed ? OutboxMessage.MaxAttempts : 0,
            LastError = failed ? "SmtpCommandException: 550 No such user" : null,
        };
        await using var db = await Contexts.CreateDbContextAsync(Cancel);
        db.Outbox.Add(message);
        await db.SaveChangesAsync(Cancel);
        return message.Id;
    }

    private async Task<OutboxMessage> LoadAsync(long id)
    {
        await using var db = await Contexts.CreateDbContextAsync(Cancel);
        return await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, Cancel);
    }

    /// <summary>The .eml with the subject, once the worker (polling every few seconds, or woken) has written it.</summary>
    private async Task<string> WaitForEmlAsync(string subject)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(20); waited += TimeSpan.FromMilliseconds(200))
        {
            if (Directory.Exists(factory.MailFolder))
            {
                foreach (var file in Directory.GetFiles(factory.MailFolder, "*.eml"))
                {
                    if ((await MimeMessage.LoadAsync(file, Cancel)).Subject == subject)
                    {
                        return file;
                    }
                }
            }
            await Task.Delay(200, Cancel);
        }
        throw new TimeoutException($"No .eml with the subject '{subject}' appeared in {factory.MailFolder}.");
    }
}
