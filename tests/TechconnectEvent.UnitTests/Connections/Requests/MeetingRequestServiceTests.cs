using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Requests;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Connections.Requests;

public sealed class MeetingRequestServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ask_ThenAccept_MakesOneMeetingBetweenTheAskerAndTheAsked_AndMailsBothWays()
    {
        await using var world = await RequestWorld.CreateAsync();
        var asker = await world.ContactAsync(world.A, "TS. Lê Thị Mai", ProductCultures.English);
        var answerer = await world.ContactAsync(world.B, "Ông Phạm Văn Đức", ProductCultures.Vietnamese);
        world.Actor = asker;

        var asked = await world.Service.AskAsync(world.EditionId, world.Asking(world.B), Token);
        Assert.True(asked.Succeeded);
        world.Actor = answerer;
        Assert.True((await world.Service.AcceptAsync(asked.Value, 0, Token)).Succeeded);

        await using var db = world.Database.CreateContext();
        var request = await db.MeetingRequests.SingleAsync(Token);
        var meeting = await db.Meetings.SingleAsync(Token);
        Assert.Equal((MeetingRequestStatus.Accepted, meeting.Id, "Ông Phạm Văn Đức"), (request.Status, request.MeetingId, request.ToContactName));
        Assert.Equal((world.A, world.B, "TS. Lê Thị Mai", "Ông Phạm Văn Đức", world.OfferOf[world.B], false),
            (meeting.OrganizationAId, meeting.OrganizationBId, meeting.ContactA, meeting.ContactB, meeting.OfferId, meeting.IsMutual));
        var mails = await db.Outbox.OrderBy(m => m.Id).ToListAsync(Token);
        Assert.Equal([(RequestMails.Requested, ProductCultures.Vietnamese), (RequestMails.Accepted, ProductCultures.English)],
            mails.Select(m => (m.Template, m.Culture)).ToList());
        Assert.Contains("Viện Công nghệ Môi trường", mails[0].Subject, StringComparison.Ordinal);
        Assert.Contains("Viện Công nghệ Môi trường", mails[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("https://techconnect.test/connections", mails[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("Institute of Environmental Technology", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("TS. Lê Thị Mai", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Equal(4, await db.AuditLog.CountAsync(Token));
    }

    [Fact]
    public async Task AskingEachOther_BecomesOneMutualMeeting_WithBothRequestsAccepted()
    {
        await using var world = await RequestWorld.CreateAsync();
        var fromA = await world.ContactAsync(world.A, "Bà Nguyễn Thu Hà");
        var fromB = await world.ContactAsync(world.B, "Ông Trần Quang");
        world.Actor = fromA;
        var aToB = (await world.Service.AskAsync(world.EditionId, world.Asking(world.B), Token)).Value;
        world.Actor = fromB;
        var bToA = (await world.Service.AskAsync(world.EditionId, world.Asking(world.A), Token)).Value;

        Assert.True((await world.Service.AcceptAsync(aToB, 0, Token)).Succeeded);

        await using var db = world.Database.CreateContext();
        var meeting = await db.Meetings.SingleAsync(Token);
        Assert.True(meeting.IsMutual);
        var requests = await db.MeetingRequests.OrderBy(r => r.Id).ToListAsync(Token);
        Assert.All(requests, r => Assert.Equal((MeetingRequestStatus.Accepted, (int?)meeting.Id), (r.Status, r.MeetingId)));
        Assert.Equal([aToB, bToA], requests.Select(r => r.Id));
    }

    [Fact]
    public async Task AcceptingAfterTheOtherSideWasAcceptedAlready_JoinsTheSameMeeting()
    {
        await using var world = await RequestWorld.CreateAsync();
        var fromA = await world.ContactAsync(world.A, "Bà Hà");
        var fromB = await world.ContactAsync(world.B, "Ông Quang");
        world.Actor = fromA;
        var aToB = (await world.Service.AskAsync(world.EditionId, world.Asking(world.B), Token)).Value;
        world.Actor = fromB;
        Assert.True((await world.Service.AcceptAsync(aToB, 0, Token)).Succeeded);
        var bToA = (await world.Service.AskAsync(world.EditionId, world.Asking(world.A), Token)).Value;

        world.Actor = fromA;
        Assert.True((await world.Service.AcceptAsync(bToA, 0, Token)).Succeeded);

        await using var db = world.Database.CreateContext();
        var meeting = await db.Meetings.SingleAsync(Token);
        Assert.True(meeting.IsMutual);
        Assert.Equal(2, await db.MeetingRequests.CountAsync(r => r.MeetingId == meeting.Id, Token));
    }

    [Fact]
    public async Task Ask_RefusesItself_ADuplicateEitherWay_AndWhatIsNotPublished_WritingNothing()
    {
        await using var world = await RequestWorld.CreateAsync();
        var fromA = await world.ContactAsync(world.A, "Bà Hà");
        var fromB = await world.ContactAsync(world.B, "Ông Quang");
        world.Actor = fromA;
        var service = world.Service;

        Assert.Equal("Requests.SameOrganization", (await service.AskAsync(world.EditionId, world.Asking(world.A), Token)).Errors.Single().Code);
        Assert.True((await service.AskAsync(world.EditionId, world.Asking(world.B), Token)).Succeeded);
        Assert.Equal("Requests.AlreadyAsked", (await service.AskAsync(world.EditionId, world.Asking(world.B), Token)).Errors.Single().Code);
        world.Actor = fromB;
        var reverse = new RequestInput { ToOrganizationId = world.A, OfferId = world.OfferOf[world.B], Message = "Chào anh" };
        Assert.Equal("Requests.AlreadyAskedByThem", (await service.AskAsync(world.EditionId, reverse, Token)).Errors.Single().Code);
        Assert.Equal("Requests.MessageRequired", (await service.AskAsync(world.EditionId, world.Asking(world.C, "  "), Token)).Errors.Single().Code);
        Assert.Equal("Requests.MessageTooLong", (await service.AskAsync(world.EditionId, world.Asking(world.C, new string('x', 1001)), Token)).Errors.Single().Code);
        Assert.Equal("Requests.CitedNotBetween", (await service.AskAsync(world.EditionId, new RequestInput { ToOrganizationId = world.C, OfferId = world.OfferOf[world.A], Message = "x" }, Token)).Errors.Single().Code);
        await using (var db = world.Database.CreateContext())
        {
            var offer = await db.TechnologyOffers.SingleAsync(o => o.Id == world.OfferOf[world.C], Token);
            offer.IsPublished = false;
            await db.SaveChangesAsync(Token);
        }
        Assert.Equal("Requests.CitedUnavailable", (await service.AskAsync(world.EditionId, world.Asking(world.C), Token)).Errors.Single().Code);
        var otherEdition = world.Database.AddEdition(2024, isCurrent: false).Id;
        Assert.Equal("Requests.CitedUnavailable", (await service.AskAsync(otherEdition, world.Asking(world.C), Token)).Errors.Single().Code);

        await using var check = world.Database.CreateContext();
        Assert.Equal(1, await check.MeetingRequests.CountAsync(Token));
        Assert.Equal(1, await check.Outbox.CountAsync(Token));
    }

    [Fact]
    public async Task AnotherOrganisation_CannotAnswerOrWithdraw_NorReadTheRequest()
    {
        await using var world = await RequestWorld.CreateAsync();
        var fromA = await world.ContactAsync(world.A, "Bà Hà");
        var fromC = await world.ContactAsync(world.C, "Ông Cường");
        world.Actor = fromA;
        var id = (await world.Service.AskAsync(world.EditionId, world.Asking(world.B), Token)).Value;

        world.Actor = fromC;
        Assert.Equal("Forbidden", (await world.Service.AcceptAsync(id, 0, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await world.Service.DeclineAsync(id, 0, null, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await world.Service.WithdrawAsync(id, 0, Token)).Errors.Single().Code);
        var seenByC = (await world.Service.GetOverviewAsync(world.EditionId, Token)).Value!;
        Assert.Empty(seenByC.ToUs.Concat(seenByC.FromUs));
        // The asker may not accept its own request either.
        world.Actor = fromA;
        Assert.Equal("Forbidden", (await world.Service.AcceptAsync(id, 0, Token)).Errors.Single().Code);
        world.Actor = RequestWorld.Make("staff", Roles.Staff, null);
        Assert.Equal("Forbidden", (await world.Service.AcceptAsync(id, 0, Token)).Errors.Single().Code);
        Assert.Equal("Requests.NoOrganization", (await world.Service.GetOverviewAsync(world.EditionId, Token)).Errors.Single().Code);
        world.Actor = RequestWorld.Make("delegate", Roles.Delegate, null);
        Assert.Equal("Requests.NoOrganization", (await world.Service.AskAsync(world.EditionId, world.Asking(world.B), Token)).Errors.Single().Code);

        await using var db = world.Database.CreateContext();
        Assert.Equal(MeetingRequestStatus.Pending, (await db.MeetingRequests.SingleAsync(Token)).Status);
        Assert.Empty(await db.Meetings.ToListAsync(Token));
    }

    [Fact]
    public async Task Decline_TellsTheAskerWithTheReason_AndWithdraw_OnlyWhilePending()
    {
        await using var world = await RequestWorld.CreateAsync();
        var fromA = await world.ContactAsync(world.A, "Bà Hà", ProductCultures.English);
        var delegateOfB = await world.ContactAsync(world.B, "Ông Quang", role: Roles.Delegate);
        world.Actor = fromA;
        var first = (await world.Service.AskAsync(world.EditionId, world.Asking(world.B), Token)).Value;
        var second = (await world.Service.AskAsync(world.EditionId, new RequestInput { OfferId = world.OfferOf[world.C], Message = "Xin gặp" }, Token)).Value;

        world.Actor = delegateOfB;
        Assert.True((await world.Service.DeclineAsync(first, 0, "Đã có đối tác khác", Token)).Succeeded);
        world.Actor = fromA;
        Assert.Equal("Requests.NotPending", (await world.Service.WithdrawAsync(first, 1, Token)).Errors.Single().Code);
        Assert.Equal("Concurrency", (await world.Service.WithdrawAsync(second, 5, Token)).Errors.Single().Code);
        Assert.True((await world.Service.WithdrawAsync(second, 0, Token)).Succeeded);

        await using var db = world.Database.CreateContext();
        var requests = await db.MeetingRequests.OrderBy(r => r.Id).ToListAsync(Token);
        Assert.Equal([MeetingRequestStatus.Declined, MeetingRequestStatus.Withdrawn], requests.Select(r => r.Status));
        Assert.Equal(world.C, requests[1].ToOrganizationId);
        var declined = await db.Outbox.SingleAsync(m => m.Template == RequestMails.Declined, Token);
        Assert.Equal(ProductCultures.English, declined.Culture);
        Assert.Contains("Đã có đối tác khác", declined.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewRequest_ToAnOrganisationWithoutAccounts_GoesToItsAddress_ElseToTheCitedContact()
    {
        await using var world = await RequestWorld.CreateAsync();
        world.Actor = await world.ContactAsync(world.B, "Ông Quang");

        Assert.True((await world.Service.AskAsync(world.EditionId, world.Asking(world.C), Token)).Succeeded);
        Assert.True((await world.Service.AskAsync(world.EditionId, new RequestInput { NeedId = world.NeedOf[world.A], Message = "x" }, Token)).Succeeded);
        await using (var db = world.Database.CreateContext())
        {
            var organization = await db.Organizations.SingleAsync(o => o.Id == world.A, Token);
            organization.Email = null;
            await db.SaveChangesAsync(Token);
        }
        Assert.True((await world.Service.AskAsync(world.EditionId, world.Asking(world.A), Token)).Succeeded);

        await using var check = world.Database.CreateContext();
        Assert.Equal(["robot@test.local", "ietvast@test.local", $"need{world.A}@test.local"],
            await check.Outbox.OrderBy(m => m.Id).Select(m => m.ToAddress).ToListAsync(Token));
        Assert.All(await check.Outbox.ToListAsync(Token), m => Assert.Equal(ProductCultures.Vietnamese, m.Culture));
    }

    [Fact]
    public async Task Organisers_CreateAMeetingDirectly_AndCancelIt_FreeingItsSlot()
    {
        await using var world = await RequestWorld.CreateAsync();
        world.Actor = RequestWorld.Make("org", Roles.Organiser, null);
        var input = new DirectMeetingInput { OrganizationAId = world.A, ContactA = "Bà Hà", OrganizationBId = world.C, ContactB = "Ông Cường", NeedId = world.NeedOf[world.A] };

        Assert.Equal(["Requests.NameRequired"], (await world.Service.CreateMeetingAsync(world.EditionId, new DirectMeetingInput { OrganizationAId = world.A, ContactA = "x", OrganizationBId = world.C }, Token)).Errors.Select(e => e.Code));
        var created = await world.Service.CreateMeetingAsync(world.EditionId, input, Token);
        Assert.True(created.Succeeded);
        await using (var db = world.Database.CreateContext())
        {
            var round = new MeetingRound { EditionId = world.EditionId, Number = 1, StartsAt = world.Clock.GetUtcNow() };
            var table = new MeetingTable { EditionId = world.EditionId, Number = 1 };
            db.AddRange(round, table);
            await db.SaveChangesAsync(Token);
            var meeting = await db.Meetings.SingleAsync(Token);
            (meeting.RoundId, meeting.TableId) = (round.Id, table.Id);
            await db.SaveChangesAsync(Token);
        }
        Assert.Equal("Requests.ReasonRequired", (await world.Service.CancelMeetingAsync(created.Value, 0, " ", Token)).Errors.Single().Code);
        Assert.True((await world.Service.CancelMeetingAsync(created.Value, 0, "Đối tác không đến được", Token)).Succeeded);
        Assert.Equal("Concurrency", (await world.Service.CancelMeetingAsync(created.Value, 0, "lần nữa", Token)).Errors.Single().Code);

        await using var check = world.Database.CreateContext();
        var cancelled = await check.Meetings.SingleAsync(Token);
        Assert.Equal((MeetingStatus.Cancelled, (int?)null, (int?)null, true), (cancelled.Status, cancelled.RoundId, cancelled.TableId, cancelled.CreatedByOrganiser));
        var request = await check.MeetingRequests.SingleAsync(Token);
        Assert.Equal((MeetingRequestStatus.Accepted, true, (int?)cancelled.Id), (request.Status, request.CreatedByOrganiser, request.MeetingId));
        Assert.Equal("Đối tác không đến được", (await check.AuditLog.SingleAsync(a => a.Action == MeetingRequestService.MeetingCancelledAction, Token)).Details);
        Assert.Empty(await check.Outbox.ToListAsync(Token));
    }

    [Fact]
    public async Task Contacts_CannotCreateOrCancelMeetings_NorReadTheRegister()
    {
        await using var world = await RequestWorld.CreateAsync();
        world.Actor = await world.ContactAsync(world.A, "Bà Hà");
        var input = new DirectMeetingInput { OrganizationAId = world.A, ContactA = "Bà Hà", OrganizationBId = world.C, ContactB = "Ông Cường" };

        Assert.Equal("Forbidden", (await world.Service.CreateMeetingAsync(world.EditionId, input, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await world.Service.GetRegisterAsync(world.EditionId, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await world.Service.CancelMeetingAsync(1, 0, "x", Token)).Errors.Single().Code);
    }
}
