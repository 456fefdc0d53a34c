using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Forum.Scheduling;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Mous;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.UnitTests.Connections.Mous;

public sealed class MouServiceTests : IDisposable
{
    private readonly ForumTestBed bed = new();
    private readonly int ceremony;
    private readonly int panel;
    private readonly int hust;
    private readonly int vinfast;

    public MouServiceTests()
    {
        ceremony = Session("Lễ ký kết biên bản ghi nhớ", SessionKind.MouCeremony);
        panel = Session("Phiên chuyên đề vật liệu mới", SessionKind.FocusPanel);
        using var db = bed.Database.CreateContext();
        var a = new Organization { Name = new LocalizedText("Đại học Bách khoa Hà Nội", "Hanoi University of Science and Technology") };
        var b = new Organization { Name = new LocalizedText("Công ty Cổ phần Công nghệ Quảng Ninh", "Quang Ninh Technology JSC") };
        db.Organizations.AddRange(a, b);
        db.SaveChanges();
        (hust, vinfast) = (a.Id, b.Id);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private MouService Service(FixedActor? actor = null) =>
        new(bed.Database, bed.Audit, actor ?? ForumTestBed.Organiser, new ChangeNotifier<ConnectionChange>(), bed.Clock);

    private int Session(string title, SessionKind kind)
    {
        var session = bed.AddSession(title, bed.Hall, ForumTestBed.Local(29, 15), ForumTestBed.Local(29, 16));
        using var db = bed.Database.CreateContext();
        db.ForumSessions.Where(s => s.Id == session.Id).ExecuteUpdate(s => s.SetProperty(x => x.Kind, kind));
        return session.Id;
    }

    private MouInput Input(string title = "Hợp tác nghiên cứu vật liệu mới") => new()
    {
        TitleVi = title, TitleEn = "Research cooperation on new materials", CeremonySessionId = ceremony, StageOrder = 1,
        Parties =
        [
            new MouPartyInput { OrganizationId = hust, Role = MouPartyRole.Transferor, SignatoryName = "GS.TS. Huỳnh Quyết Thắng", SignatoryPosition = "Giám đốc" },
            new MouPartyInput { OrganizationId = vinfast, Role = MouPartyRole.Recipient, SignatoryName = "Ông Nguyễn Văn Ánh", SignatoryPosition = "Tổng giám đốc" },
        ],
        Witnesses = [new MouWitnessInput { Name = "Trần Lưu Quang", Title = "Phó Thủ tướng Chính phủ" }],
        Items = [new MouItemInput { TextVi = "Trao đổi chuyên gia", TextEn = "Expert exchange" }, new MouItemInput { TextVi = "Đào tạo", TextEn = "Training" }],
    };

    private async Task<Mou> LoadAsync(int id)
    {
        await using var db = bed.Database.CreateContext();
        return await db.Mous.Include(m => m.Parties).Include(m => m.Items).Include(m => m.Witnesses).SingleAsync(m => m.Id == id, Token);
    }

    [Fact]
    public async Task Create_KeepsVietnameseNamesAndNumbersItems_AndAuditsIt()
    {
        var created = await Service().CreateAsync(bed.EditionId, Input(), Token);

        Assert.True(created.Succeeded, string.Join(",", created.Errors.Select(e => e.Code)));
        var mou = await LoadAsync(created.Value);
        Assert.Equal(["GS.TS. Huỳnh Quyết Thắng", "Ông Nguyễn Văn Ánh"], mou.Parties.OrderBy(p => p.SortOrder).Select(p => p.SignatoryName));
        Assert.Equal([(1, "Trao đổi chuyên gia"), (2, "Đào tạo")], mou.Items.OrderBy(i => i.Number).Select(i => (i.Number, i.Text.Vi)));
        Assert.Single(await bed.AuditAsync("mou.created"));
    }

    [Fact]
    public async Task Update_ReorderedItems_AreRenumberedOneToN()
    {
        var id = (await Service().CreateAsync(bed.EditionId, Input(), Token)).Value;
        var input = (await Service().GetAsync(id, Token))!.ToInput();
        MouLists.Move(input.Items, 1, -1);
        input.Items.Add(new MouItemInput { TextVi = "Chuyển giao công nghệ", TextEn = "Transfer" });

        var saved = await Service().UpdateAsync(id, input, Token);

        Assert.True(saved.Succeeded, string.Join(",", saved.Errors.Select(e => e.Code)));
        Assert.Equal([(1, "Đào tạo"), (2, "Trao đổi chuyên gia"), (3, "Chuyển giao công nghệ")],
            (await LoadAsync(id)).Items.OrderBy(i => i.Number).Select(i => (i.Number, i.Text.Vi)));
    }

    [Fact]
    public async Task StageOrderTaken_InTheSameCeremony_NamesTheOtherMou_AndWritesNothing()
    {
        await Service().CreateAsync(bed.EditionId, Input("Ghi nhớ thứ nhất"), Token);

        var second = await Service().CreateAsync(bed.EditionId, Input("Ghi nhớ thứ hai"), Token);

        var error = Assert.Single(second.Errors);
        Assert.Equal(("Mou.StageOrderTaken", MouRules.Fields.StageOrder, "Ghi nhớ thứ nhất"), (error.Code, error.Field, (string)error.Arguments[1]));
        await using var db = bed.Database.CreateContext();
        Assert.Equal(1, await db.Mous.CountAsync(Token));
    }

    [Fact]
    public async Task Ceremony_ThatIsNotAnMouCeremony_IsRefused()
    {
        var input = Input();
        input.CeremonySessionId = panel;

        var result = await Service().CreateAsync(bed.EditionId, input, Token);

        Assert.Equal("Mou.CeremonyInvalid", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Lifecycle_ThroughSigned_ThenAChangeNeedsAReason_AndAStaleVersionConflicts()
    {
        var service = Service();
        var id = (await service.CreateAsync(bed.EditionId, Input(), Token)).Value;
        Assert.True((await service.ChangeStatusAsync(id, 0, MouStatus.Prepared, null, cancellationToken: Token)).Succeeded);
        var signed = await service.ChangeStatusAsync(id, 1, MouStatus.Signed, null, new DateTime(2023, 9, 29, 15, 30, 0), Token);
        Assert.True(signed.Succeeded, string.Join(",", signed.Errors.Select(e => e.Code)));
        var mou = await LoadAsync(id);
        Assert.Equal((MouStatus.Signed, new DateTimeOffset(2023, 9, 29, 8, 30, 0, TimeSpan.Zero)), (mou.Status, mou.SignedAt));

        var input = (await service.GetAsync(id, Token))!.ToInput();
        input.Parties[0].SignatoryPosition = "Giám đốc Đại học";
        Assert.Equal("Mou.ChangeNeedsReason", Assert.Single((await service.UpdateAsync(id, input, Token)).Errors).Code);
        input.ChangeReason = "Sửa chức vụ theo bản ký";
        Assert.True((await service.UpdateAsync(id, input, Token)).Succeeded);
        Assert.Equal("Concurrency", Assert.Single((await service.UpdateAsync(id, input, Token)).Errors).Code);

        var audits = await bed.AuditAsync("mou.status");
        Assert.Equal(2, audits.Count);
        var updated = Assert.Single(await bed.AuditAsync("mou.updated"));
        Assert.Equal("Sửa chức vụ theo bản ký", updated.Details);
    }

    [Fact]
    public async Task Exhibitor_CannotReadOrWrite()
    {
        var exhibitor = ForumTestBed.As("exhibitor-1", "Exhibitor");
        Assert.Equal("Forbidden", Assert.Single((await Service(exhibitor).CreateAsync(bed.EditionId, Input(), Token)).Errors).Code);
        Assert.Empty(await Service(exhibitor).ListAsync(bed.EditionId, cancellationToken: Token));
    }

    public void Dispose() => bed.Dispose();
}
