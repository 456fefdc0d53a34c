using System.CommandLine;
using TechconnectEvent.Web.Infrastructure.Data;

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
            var enrolment = await scope.ServiceProvider.GetRequiredService<IDeviceEnrolment>()
                .EnrolAsync(parse.GetRequiredValue(name), parse.GetRequiredValue(gate), cancellationToken);
            if (enrolment.Refusal is not null)
            {
                await error.WriteLineAsync(enrolment.Refusal);
                return 1;
            }
            await output.WriteLineAsync(enrolment.Description);
            await output.WriteLineAsync(enrolment.Key);
            return 0;
        });
        return new Command("device", "Manage scanner devices.") { add };
    }
}
