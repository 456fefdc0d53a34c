using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Infrastructure.Mail;
using OutboxPage = TechconnectEvent.Web.Features.Administration.Pages.Outbox;

namespace TechconnectEvent.ComponentTests.Outbox;

public sealed class OutboxPageTests : MudComponentTest
{
    public OutboxPageTests() : base(configureServices: services => services.AddSingleton<OutboxSignal>().AddScoped<OutboxAdministration>())
    {
        Database.AddEdition();
        SignInOrganiser();
    }

    private void Add(string to, string subject, OutboxStatus status, DateTimeOffset created, string? error = null)
    {
        using var db = Database.CreateDbContext();
        db.Outbox.Add(new OutboxMessage
        {
            Template = "ExhibitorInvitation", ToAddress = to, ToName = "Nguyễn Thị Lan", Culture = "vi-VN", Subject = subject,
            HtmlBody = "<p>Xin chào</p>", TextBody = "Kính gửi Nguyễn Thị Lan,\n\nĐơn đăng ký đã được nhận.", Status = status,
            CreatedAt = created, NextAttemptAt = created, Attempts = error is null ? 0 : 3, LastError = error,
            SentAt = status == OutboxStatus.Sent ? created.AddMinutes(1) : null,
        });
        db.SaveChanges();
    }

    [Fact]
    public void NoMessages_SaysWhatWillAppearHere()
    {
        var page = Render<OutboxPage>();

        page.WaitForAssertion(() => Assert.Contains("Chưa có thư nào", page.Find("[data-testid='outbox-empty']").TextContent, StringComparison.Ordinal));
        Assert.Contains("Hộp thư đi", page.Find("h1").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_NewestFirst_WithStatusTriesErrorAndHanoiTime()
    {
        Add("lan@vast.vn", "Thư mời cũ", OutboxStatus.Sent, new DateTimeOffset(2023, 9, 19, 2, 0, 0, TimeSpan.Zero));
        Add("minh@hust.vn", "Thư mời mới", OutboxStatus.Pending, new DateTimeOffset(2023, 9, 19, 17, 30, 0, TimeSpan.Zero), "IOException: Connection refused");

        var page = Render<OutboxPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr.mud-table-row").Count));
        var rows = page.FindAll("tbody tr.mud-table-row");
        var newest = rows[0].TextContent;
        Assert.Contains("Thư mời mới", newest, StringComparison.Ordinal);
        Assert.Contains("minh@hust.vn", newest, StringComparison.Ordinal);
        Assert.Contains("Đang chờ", newest, StringComparison.Ordinal);
        Assert.Contains("IOException: Connection refused", newest, StringComparison.Ordinal);
        // 17:30 UTC on the 19th is half past midnight on the 20th in Hanoi.
        Assert.Contains("20/09/2023 00:30", newest, StringComparison.Ordinal);
        Assert.Contains("Đã gửi", rows[1].TextContent, StringComparison.Ordinal);
        // Only a sent or failed message can be sent again.
        Assert.Single(page.FindAll("[data-testid='outbox-resend']"));
    }

    [Fact]
    public void Filter_ByRecipient_NarrowsTheList()
    {
        Add("lan@vast.vn", "Thư một", OutboxStatus.Sent, Clock.GetUtcNow().AddHours(-2));
        Add("minh@hust.vn", "Thư hai", OutboxStatus.Sent, Clock.GetUtcNow().AddHours(-1));
        var page = Render<OutboxPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr.mud-table-row").Count));

        page.Find("[data-testid='outbox-recipient'] input, input[data-testid='outbox-recipient']").Change("vast");
        page.Find("[data-testid='outbox-apply']").Click();

        page.WaitForAssertion(() => Assert.Contains("Thư một", Assert.Single(page.FindAll("tbody tr.mud-table-row")).TextContent, StringComparison.Ordinal));
    }
}
