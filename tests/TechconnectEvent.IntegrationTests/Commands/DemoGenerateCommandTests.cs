using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Commands;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Commands;

public sealed class DemoGenerateCommandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunningTwice_AddsTwiceN_WithoutADuplicateAddress()
    {
        await using var factory = new TechconnectAppFactory();
        var editionId = await SetCurrentStatusAsync(factory, EditionStatus.Open);
        var output = new StringWriter();

        var first = await OperatorCommands.RunAsync(factory.Services, ["demo", "generate", "--delegates", "150", "--seed", "11"], output, new StringWriter());
        var second = await OperatorCommands.RunAsync(factory.Services, ["demo", "generate", "--delegates", "150", "--seed", "11"], output, new StringWriter());

        Assert.Equal((0, 0), (first, second));
        await using var db = await Factory(factory).CreateDbContextAsync(Token);
        var emails = await db.Registrations.Where(r => r.EditionId == editionId).Select(r => r.EmailKey).ToListAsync(Token);
        Assert.Equal(300, emails.Count);
        Assert.Equal(300, emails.Distinct().Count());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Added 150 registrations to edition 2023", lines[1], StringComparison.Ordinal);
        Assert.Contains("300 in the edition now", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArchivedCurrentEdition_OneLine_ExitOne_NothingWritten()
    {
        await using var factory = new TechconnectAppFactory();
        var editionId = await SetCurrentStatusAsync(factory, EditionStatus.Archived);
        var error = new StringWriter();

        var exit = await OperatorCommands.RunAsync(factory.Services, ["demo", "generate", "--delegates", "5"], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("archived", Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        await using var db = await Factory(factory).CreateDbContextAsync(Token);
        Assert.Equal(0, await db.Registrations.CountAsync(r => r.EditionId == editionId, Token));
    }

    [Theory]
    [InlineData(new[] { "demo", "generate", "--delegates", "5", "--colour", "red" }, "--colour")]
    [InlineData(new[] { "demo", "generate", "--delegates", "0" }, "--delegates")]
    [InlineData(new[] { "demo", "generate", "--delegates", "many" }, "many")]
    [InlineData(new[] { "demo", "generate" }, "--delegates")]
    [InlineData(new[] { "demo", "generat", "--delegates", "5" }, "generat")]
    public void BadArguments_OneLine_ExitTwo(string[] args, string culprit)
    {
        var error = new StringWriter();

        var exit = OperatorCommands.RejectInvalid(args, error);

        Assert.Equal(2, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(culprit, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Full_NeedsNoDelegateCount()
    {
        var error = new StringWriter();

        Assert.Null(OperatorCommands.RejectInvalid(["demo", "generate", "--full", "--seed", "3"], error));
        Assert.Null(OperatorCommands.RejectInvalid(["demo", "generate", "--delegates", "500", "--full"], error));
        Assert.Equal("", error.ToString());
    }

    private static IDbContextFactory<EventDbContext> Factory(TechconnectAppFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();

    /// <summary>The demo's current edition (2023, Closed) put in the given status; its id.</summary>
    private static async Task<int> SetCurrentStatusAsync(TechconnectAppFactory factory, EditionStatus status)
    {
        await using var db = await Factory(factory).CreateDbContextAsync(Token);
        var current = await db.Editions.SingleAsync(e => e.IsCurrent, Token);
        await db.Editions.Where(e => e.Id == current.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status), Token);
        return current.Id;
    }
}
