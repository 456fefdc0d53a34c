using System.Text;
using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Infrastructure.Localization;
using UglyToad.PdfPig;
using static TechconnectEvent.EndToEndTests.Connections.ConnectionsData;

namespace TechconnectEvent.EndToEndTests.Connections;

[Collection(BrowserCollection.Name)]
public sealed class ConnectionsJourneyTests(BrowserAppFixture fixture)
{
    private const string Asking = "Công ty TNHH Thực phẩm Sạch Bãi Cháy (hư cấu)";
    private const string Offering = "Công ty TNHH In 3D Tia Chớp (hư cấu)";
    private const string Ceremony = "Lễ ký kết và trao biên bản ghi nhớ hợp tác";
    /// <summary>Ha Long, 9 a.m. on 20 September 2023: contacts arrange their meetings before the fair.</summary>
    private static readonly DateTimeOffset BeforeTheFair = new(2023, 9, 20, 2, 0, 0, TimeSpan.Zero);
    /// <summary>The evening of 30 September 2023, after every round: the tables' results are in.</summary>
    private static readonly DateTimeOffset AfterTheRounds = new(2023, 9, 30, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AContactAsksForAMeetingOnAnOffer_TheOtherAccepts_TheOrganiserSchedulesIt_ItIsHeldWithAnMouPlanned_AndTheSignedMouIsInTheRegisterPdf()
    {
        var started = fixture.Clock.GetUtcNow();
        fixture.Clock.MoveTo(BeforeTheFair);
        try
        {
            var editionId = await DemoEditionIdAsync(fixture.App);
            var askingId = await OrganizationIdAsync(fixture.App, Asking);
            var offeringId = await OrganizationIdAsync(fixture.App, Offering);
            var offerTitle = new LocalizedText("Phục hồi khuôn đúc bằng in 3D kim loại", "Repairing casting moulds by metal 3D printing");
            var offerId = await AddOfferAsync(fixture.App, editionId, offeringId, offerTitle, BeforeTheFair);
            var askingEmail = await AddContactAsync(fixture.App, askingId, "Lưu Thị Cháy (hư cấu)");
            var offeringEmail = await AddContactAsync(fixture.App, offeringId, "Đoàn Thị Chớp (hư cấu)");

            // A asks B for a meeting about B's offer.
            var asking = await fixture.NewPageAsync("vi-VN", width: 1440, height: 900);
            await new SignInPage(asking).SignInAsync(askingEmail, Password);
            await asking.GotoAsync($"/connections/request?offer={offerId}");
            await BrowserAppFixture.WaitForInteractiveAsync(asking);
            await Assertions.Expect(asking.GetByTestId("to-fixed")).ToHaveValueAsync(Offering);
            await asking.GetByTestId("message").FillAsync("Chúng tôi cần phục hồi khuôn ép bao bì; xin gặp để trao đổi.");
            await asking.GetByTestId("contact-name").FillAsync("Lưu Thị Cháy (hư cấu)");
            await asking.GetByTestId("send").ClickAsync();
            var request = await EventuallyAsync(() => RequestAsync(fixture.App, askingId, offeringId), r => r.Status == MeetingRequestStatus.Pending, "the request is pending");
            Assert.Equal(offerId, request.OfferId);

            // B accepts it on its connections page.
            var offering = await fixture.NewPageAsync("vi-VN", width: 1440, height: 900);
            await new SignInPage(offering).SignInAsync(offeringEmail, Password);
            await offering.GotoAsync("/connections");
            await BrowserAppFixture.WaitForInteractiveAsync(offering);
            var toUs = offering.GetByTestId("to-us").Locator("tr", new() { HasText = Asking });
            await toUs.GetByTestId("accept").ClickAsync();
            request = await EventuallyAsync(() => RequestAsync(fixture.App, askingId, offeringId), r => r.Status == MeetingRequestStatus.Accepted, "the request is accepted");
            var meeting = await EventuallyAsync(() => MeetingAsync(fixture.App, askingId, offeringId), _ => true, "the meeting exists");
            Assert.Null(meeting.RoundId);

            // The organiser adds a round and a table, and runs the scheduler.
            var organiser = await fixture.NewPageAsync("vi-VN", width: 1440, height: 900);
            await new SignInPage(organiser).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
            await organiser.GotoAsync("/connections/schedule");
            await BrowserAppFixture.WaitForInteractiveAsync(organiser);
            // The day defaults to the fair's first day, whose demo rounds end at 15:50.
            await organiser.GetByLabel("Giờ bắt đầu").FillAsync("17:00");
            await organiser.GetByLabel("Số phút").FillAsync("30");
            await organiser.GetByTestId("add-round").ClickAsync();
            await Assertions.Expect(organiser.GetByTestId("round-table").Locator("tr", new() { HasText = "17:00" })).ToHaveCountAsync(1);
            await organiser.GetByLabel("Số bàn").FillAsync("13");
            await organiser.GetByLabel("Vị trí").First.FillAsync("Khu kết nối, bàn thử nghiệm");
            await organiser.GetByTestId("add-table").ClickAsync();
            await Assertions.Expect(organiser.GetByTestId("meeting-tables").Locator("tr", new() { HasText = "Khu kết nối, bàn thử nghiệm" })).ToHaveCountAsync(1);
            await organiser.GetByTestId("run-scheduler").ClickAsync();
            await Assertions.Expect(organiser.GetByTestId("run-result")).ToBeVisibleAsync();
            meeting = await EventuallyAsync(() => MeetingAsync(fixture.App, askingId, offeringId), m => m.RoundId is not null && m.TableId is not null, "the meeting is scheduled");
            var round = await RoundAsync(fixture.App, meeting.RoundId!.Value);

            // At the tables, after the rounds: held, with the outcome "MoU planned", which drafts the MoU.
            fixture.Clock.MoveTo(AfterTheRounds);
            // Ten days on, the sign-in of 20 September has expired.
            await new SignInPage(organiser).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
            await organiser.GotoAsync("/connections/tables");
            await BrowserAppFixture.WaitForInteractiveAsync(organiser);
            await organiser.GetByTestId("round-pick").ClickAsync();
            await organiser.Locator(".mud-popover-open .mud-list-item", new() { HasText = $"Phiên {round.Number} ·" }).First.ClickAsync();
            var card = organiser.GetByTestId("table-meeting").Filter(new() { HasText = Asking });
            await card.GetByTestId("mark-held").ClickAsync();
            var dialog = organiser.Locator(".mud-dialog");
            await dialog.GetByText("Dự kiến ký biên bản ghi nhớ").ClickAsync();
            await dialog.GetByTestId("outcome-notes").FillAsync("Hai bên thống nhất thử nghiệm 3 bộ khuôn trong quý IV.");
            await dialog.GetByTestId("outcome-save").ClickAsync();
            meeting = await EventuallyAsync(() => MeetingAsync(fixture.App, askingId, offeringId), m => m.MouId is not null, "the meeting has its draft MoU");
            Assert.Equal((MeetingStatus.Held, MeetingOutcome.MouPlanned), (meeting.Status, meeting.Outcome));
            await card.GetByTestId("mou-link").ClickAsync();
            await organiser.WaitForURLAsync($"**/connections/mous/{meeting.MouId}");
            await BrowserAppFixture.WaitForInteractiveAsync(organiser);

            // The organiser completes the draft: signatories' positions, the ceremony and its place on the stage list.
            await Assertions.Expect(organiser.GetByTestId("mou-title-vi")).ToHaveValueAsync($"Biên bản ghi nhớ hợp tác: {offerTitle.Vi}");
            var positions = organiser.GetByTestId("mou-party").GetByLabel("Chức vụ");
            await positions.Nth(0).FillAsync("Giám đốc (hư cấu)");
            await positions.Nth(1).FillAsync("Tổng Giám đốc (hư cấu)");
            await organiser.Locator(".mud-input-control", new() { HasText = "Lễ ký kết" }).First.ClickAsync();
            await organiser.Locator(".mud-popover-open .mud-list-item", new() { HasText = Ceremony }).First.ClickAsync();
            await organiser.GetByTestId("mou-stage-order").FillAsync("9");
            await organiser.GetByTestId("mou-save").ClickAsync();
            await EventuallyAsync(() => MouAsync(fixture.App, meeting.MouId!.Value), m => m.StageOrder == 9 && m.Parties.All(p => p.SignatoryPosition.Length > 0), "the MoU is completed");

            // Proposed → Prepared → Signed, at the ceremony.
            await organiser.GetByTestId("mou-next").ClickAsync();
            await EventuallyAsync(() => MouAsync(fixture.App, meeting.MouId!.Value), m => m.Status == MouStatus.Prepared, "the MoU is prepared");
            await organiser.GetByTestId("mou-signing-time").FillAsync("2023-09-29T10:40");
            await organiser.GetByTestId("mou-next").ClickAsync();
            var mou = await EventuallyAsync(() => MouAsync(fixture.App, meeting.MouId!.Value), m => m.Status == MouStatus.Signed, "the MoU is signed");
            Assert.NotNull(mou.SignedAt);

            // The register's PDF lists it with its parties.
            var pdf = await organiser.APIRequest.GetAsync("/reports/mous.pdf");
            Assert.Equal(200, pdf.Status);
            var words = PdfWords(await pdf.BodyAsync());
            foreach (var expected in new[] { offerTitle.Vi, Asking, Offering, "Lưu Thị Cháy (hư cấu)" })
            {
                Assert.All(Words(expected), word => Assert.Contains(word, words));
            }
        }
        finally
        {
            fixture.Clock.MoveTo(started);
        }
    }

    /// <summary>
    /// The register's words, not its running text: the table wraps a title over lines that the reader interleaves with
    /// the lines of the parties' column beside it.
    /// </summary>
    private static HashSet<string> PdfWords(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return document.GetPages().SelectMany(p => p.GetWords()).SelectMany(w => Words(w.Text)).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Normalize(NormalizationForm.FormC).Split([' ', '(', ')', ':', ','], StringSplitOptions.RemoveEmptyEntries);
}
