using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.UnitTests.Administration;

public sealed class AuditLogQueryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Opening = new(2023, 9, 29, 1, 0, 0, TimeSpan.Zero);
    private TestDatabase database = null!;

    private AuditLogQuery Query => new(database.Factory);

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        // 30 rows an hour apart: alternating people, three kinds of record.
        for (var i = 0; i < 30; i++)
        {
            db.AuditLog.Add(new AuditEntry
            {
                At = Opening.AddHours(i), UserName = i % 2 == 0 ? "lan@btc.vn" : "minh_100%@btc.vn", Action = "x.changed",
                EntityType = (i % 3) switch { 0 => "Booth", 1 => "User", _ => "Application" }, EntityId = (i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Pages_AreNewestFirst_WithTheTotal()
    {
        var first = await Query.PageAsync(AuditLogFilter.None, 0, 10, TestContext.Current.CancellationToken);
        var last = await Query.PageAsync(AuditLogFilter.None, 2, 10, TestContext.Current.CancellationToken);

        Assert.Equal(30, first.Total);
        Assert.Equal(10, first.Rows.Count);
        Assert.Equal(Opening.AddHours(29), first.Rows[0].At);
        Assert.Equal(Opening, last.Rows[^1].At);
        Assert.True(first.Rows.Zip(first.Rows.Skip(1)).All(pair => pair.First.At > pair.Second.At));
    }

    [Fact]
    public async Task PageSize_IsKeptWithinBounds()
    {
        var page = await Query.PageAsync(AuditLogFilter.None, 0, 100_000, TestContext.Current.CancellationToken);

        Assert.Equal(30, page.Rows.Count);
        Assert.Single((await Query.PageAsync(AuditLogFilter.None, 0, 0, TestContext.Current.CancellationToken)).Rows);
    }

    [Fact]
    public async Task Person_MatchesPartOfTheName_AndLikeWildcardsAreLiteral()
    {
        var lan = await Query.PageAsync(new AuditLogFilter(Person: "LAN@"), 0, 50, TestContext.Current.CancellationToken);
        var percent = await Query.PageAsync(new AuditLogFilter(Person: "100%"), 0, 50, TestContext.Current.CancellationToken);
        var percentAsWildcard = await Query.PageAsync(new AuditLogFilter(Person: "lan%vn"), 0, 50, TestContext.Current.CancellationToken);
        var underscoreAsWildcard = await Query.PageAsync(new AuditLogFilter(Person: "lan_btc"), 0, 50, TestContext.Current.CancellationToken);

        Assert.Equal(15, lan.Total);
        Assert.All(lan.Rows, r => Assert.Equal("lan@btc.vn", r.UserName));
        Assert.Equal(15, percent.Total);
        Assert.Equal(0, percentAsWildcard.Total);
        Assert.Equal(0, underscoreAsWildcard.Total);
    }

    [Fact]
    public async Task KindAndRecord_NarrowToThatRecord()
    {
        var page = await Query.PageAsync(new AuditLogFilter(EntityType: "Booth", EntityId: "0"), 0, 50, TestContext.Current.CancellationToken);

        // i % 3 == 0 and i % 5 == 0: 0, 15.
        Assert.Equal(2, page.Total);
        Assert.All(page.Rows, r => Assert.True(r.EntityType == "Booth" && r.EntityId == "0"));
    }

    [Fact]
    public async Task TimeRange_IncludesItsStart_AndExcludesItsEnd_WhateverTheOffset()
    {
        var hanoi = TimeSpan.FromHours(7);
        var from = Opening.AddHours(10).ToOffset(hanoi);
        var to = Opening.AddHours(13).ToOffset(hanoi);

        var page = await Query.PageAsync(new AuditLogFilter(From: from, To: to), 0, 50, TestContext.Current.CancellationToken);

        Assert.Equal([Opening.AddHours(12), Opening.AddHours(11), Opening.AddHours(10)], page.Rows.Select(r => r.At));
    }

    [Fact]
    public async Task EntityTypes_ListsTheKindsInUse()
    {
        Assert.Equal(["Application", "Booth", "User"], await Query.EntityTypesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Changes_AreDescribedFieldByField()
    {
        var changes = AuditChanges.Describe("{\"Roles\":[\"Delegate\"],\"Name\":\"A\"}", "{\"Roles\":[\"SessionChair\",\"Staff\"],\"Name\":\"A\",\"OrganizationId\":7}");

        Assert.Equal([new AuditChange("Roles", "Delegate", "SessionChair, Staff"), new AuditChange("OrganizationId", null, "7")], changes);
    }

    [Fact]
    public void Changes_FromTextThatIsNotJson_AreShownAsTheyAre() =>
        Assert.Equal([new AuditChange("", null, "not json")], AuditChanges.Describe(null, "not json"));
}
