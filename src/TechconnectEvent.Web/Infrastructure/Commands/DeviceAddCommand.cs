using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.CheckIns.Devices;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Infrastructure.Commands;

/// <summary>
/// <c>device add --name N --gate G</c>: a scanner device in the current edition. The key is printed alone on the
/// last line, so that provisioning scripts can take it with <c>tail -n 1</c>; it is shown nowhere else, ever.
/// </summary>
internal static class DeviceAddCommand
{
    public static Command Build(Func<IServiceProvider> services, TextWriter output, TextWriter error)
    {
        var name = new Option<string>("--name") { Description = "What organisers call the device (\"Máy quét cổng A 1\").", Required = true };
        var gate = new Option<string>("--gate") { Description = "Its default gate, by code (any case) or exact name.", Required = true };
        var add = new Command("add", "Add a scanner device to the current edition and print its key once.") { name, gate };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var provider = services();
            await DatabaseInitializer.MigrateAsync(provider, cancellationToken);
            await using var scope = provider.CreateAsyncScope();
            var edition = await scope.ServiceProvider.GetRequiredService<EditionService>().GetCurrentAsync(cancellationToken);
            if (edition is null)
            {
                await error.WriteLineAsync("No edition yet: start the app once (it seeds the demo edition) or create one.");
                return 1;
            }
            // No one is signed in at the console: the audit trail records the system, as user add does.
            var devices = ActivatorUtilities.CreateInstance<DeviceAdminService>(scope.ServiceProvider, (ICurrentActor)FixedActor.System);
            var wanted = parse.GetRequiredValue(gate);
            if (await devices.FindGateAsync(edition.Id, wanted, cancellationToken) is not { } found)
            {
                var known = (await devices.ListGatesAsync(edition.Id, cancellationToken)).Select(g => g.Code);
                await error.WriteLineAsync($"Gate \"{wanted}\" not found in edition {edition.Year}; its gates are: {string.Join(", ", known)}.");
                return 1;
            }
            var result = await devices.AddAsync(edition.Id, parse.GetRequiredValue(name), found.Id, cancellationToken);
            if (!result.Succeeded)
            {
                var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
                await error.WriteLineAsync($"Device not added: {InEnglish(() => string.Join(" ", result.Errors.Select(text.Describe)))}");
                return 1;
            }
            var added = result.Value!;
            await output.WriteLineAsync(
                $"Device \"{added.Name}\" (#{added.Id}) added to edition {edition.Year}, default gate {added.GateCode} ({added.GateName}). Its key, shown only now:");
            await output.WriteLineAsync(added.Key);
            return 0;
        });
        return new Command("device", "Manage scanner devices.") { add };
    }

    // The other commands speak English to the operator; the messages come from the same resources as the pages.
    private static string InEnglish(Func<string> describe)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(ProductCultures.English);
        try
        {
            return describe();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
