using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Infrastructure.Commands;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.CheckIns.Devices;

public sealed class DeviceAddCommandTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("main")]
    [InlineData("MAIN")]
    [InlineData(ScanPointDefaults.MainGateName)]
    public async Task DeviceAdd_PrintsWhatItAdded_AndTheKeyAloneOnTheLastLine_WhoseHashIsStored(string gate)
    {
        var name = $"Máy quét cổng chính {Guid.NewGuid():N}"[..30];
        var output = new StringWriter();

        var exit = await OperatorCommands.RunAsync(factory.Services, ["device", "add", "--name", name, "--gate", gate], output, new StringWriter());

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(name, lines[0], StringComparison.Ordinal);
        var key = lines[^1];
        await using var db = await Contexts.CreateDbContextAsync(Token);
        var device = await db.Devices.AsNoTracking().SingleAsync(d => d.KeyHash == DeviceKeys.Hash(key), Token);
        var mainGate = await db.ScanPoints.AsNoTracking().SingleAsync(p => p.EditionId == device.EditionId && p.Code == ScanPointDefaults.MainGateCode, Token);
        Assert.Equal((name, mainGate.Id, "system"), (device.Name, device.DefaultScanPointId!.Value, device.CreatedBy!));
        Assert.True(await db.Editions.AnyAsync(e => e.Id == device.EditionId && e.IsCurrent, Token));
        var audit = await db.AuditLog.AsNoTracking().SingleAsync(a => a.Action == "device.added" && a.EntityId == device.Id.ToString(), Token);
        Assert.DoesNotContain(key, audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeviceAdd_UnknownGate_OneLineOnErrors_ExitOne_NothingWritten()
    {
        var name = $"Máy quét {Guid.NewGuid():N}";
        var error = new StringWriter();
        var output = new StringWriter();

        var exit = await OperatorCommands.RunAsync(factory.Services, ["device", "add", "--name", name, "--gate", "north"], output, error);

        Assert.Equal(1, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"north\" not found", line, StringComparison.Ordinal);
        Assert.Contains(ScanPointDefaults.MainGateCode, line, StringComparison.Ordinal);
        Assert.Empty(output.ToString());
        Assert.False(await DeviceNamedAsync(name));
    }

    [Fact]
    public async Task DeviceAdd_ANameTooLongOrTaken_OneLineWithTheReason_ExitOne_NothingWritten()
    {
        var taken = $"Máy quét {Guid.NewGuid():N}";
        Assert.Equal(0, await OperatorCommands.RunAsync(factory.Services, ["device", "add", "--name", taken, "--gate", "main"], new StringWriter(), new StringWriter()));
        var tooLong = new string('x', DeviceLimits.Name + 1);
        var tooLongError = new StringWriter();
        var takenError = new StringWriter();

        var first = await OperatorCommands.RunAsync(factory.Services, ["device", "add", "--name", tooLong, "--gate", "main"], new StringWriter(), tooLongError);
        var second = await OperatorCommands.RunAsync(factory.Services, ["device", "add", "--name", taken.ToUpperInvariant(), "--gate", "main"], new StringWriter(), takenError);

        Assert.Equal((1, 1), (first, second));
        Assert.Contains("at most 80 characters", Assert.Single(tooLongError.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Contains("already in use", Assert.Single(takenError.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.False(await DeviceNamedAsync(tooLong));
        await using var db = await Contexts.CreateDbContextAsync(Token);
        Assert.Equal(1, await db.Devices.CountAsync(d => d.Name == taken || d.Name == taken.ToUpperInvariant(), Token));
    }

    [Theory]
    [InlineData(new[] { "device", "add", "--name", "Máy quét" }, "--gate")]
    [InlineData(new[] { "device", "add", "--gate", "main" }, "--name")]
    [InlineData(new[] { "device", "ad", "--name", "Máy quét", "--gate", "main" }, "ad")]
    public void DeviceAdd_MissingOptionOrMistyped_OneLine_ExitTwo(string[] args, string culprit)
    {
        var error = new StringWriter();

        var exit = OperatorCommands.RejectInvalid(args, error);

        Assert.Equal(2, exit);
        Assert.Contains(culprit, Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private IDbContextFactory<EventDbContext> Contexts => factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();

    private async Task<bool> DeviceNamedAsync(string name)
    {
        await using var db = await Contexts.CreateDbContextAsync(Token);
        return await db.Devices.AnyAsync(d => d.Name == name, Token);
    }
}
