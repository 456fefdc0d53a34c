using System.Text;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.UnitTests.Administration;

public sealed class AuditLogCsvTests
{
    private static readonly TimeZoneInfo Hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Fact]
    public async Task Csv_HasABom_TimesInTheEditionZone_AndNeutralisedFormulas()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            db.AuditLog.Add(new AuditEntry
            {
                At = new DateTimeOffset(2023, 9, 29, 17, 30, 0, TimeSpan.Zero), UserName = "=HYPERLINK(\"http://evil\")", Action = "booth.allocated",
                EntityType = "Booth", EntityId = "12", After = "{\"Exhibitor\":\"Viện Hàn lâm\"}",
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var bytes = await new AuditLogCsv(new AuditLogQuery(database.Factory)).WriteAsync(AuditLogFilter.None, Hanoi, TestContext.Current.CancellationToken);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", AuditLogCsv.Columns), lines[0]);
        Assert.StartsWith("2023-09-30T00:30:00+07:00,\"'=HYPERLINK(", lines[1], StringComparison.Ordinal);
        Assert.Contains("Viện Hàn lâm", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-09-29", "2023-09-28T17:00:00+00:00")]
    [InlineData("2023-09-29T08:00", "2023-09-29T01:00:00+00:00")]
    [InlineData("2023-09-29T08:00:00+02:00", "2023-09-29T06:00:00+00:00")]
    [InlineData("2023-09-29T08:00:00Z", "2023-09-29T08:00:00+00:00")]
    public void Times_WithoutAnOffset_AreReadInTheEditionZone(string text, string utc)
    {
        Assert.True(AuditLogCsv.TryParseTime(text, Hanoi, out var instant));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Fact]
    public void UnreadableTime_IsRefused() => Assert.False(AuditLogCsv.TryParseTime("yesterday", Hanoi, out _));
}
