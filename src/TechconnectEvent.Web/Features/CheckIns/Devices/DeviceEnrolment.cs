using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Commands;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.CheckIns.Devices;

/// <summary>
/// <c>device add</c> on the server: a device in the current edition with the same rules as the page. Nobody is
/// signed in at the console, so the audit trail records the system, as <c>user add</c> does.
/// </summary>
internal sealed class OperatorDeviceEnrolment(IServiceProvider services, EditionService editions, IStringLocalizer<SharedResource> text) : IDeviceEnrolment
{
    public async Task<DeviceEnrolment> EnrolAsync(string name, string gate, CancellationToken cancellationToken)
    {
        var edition = await editions.GetCurrentAsync(cancellationToken);
        if (edition is null)
        {
            return DeviceEnrolment.Refused("No edition yet: start the app once (it seeds the demo edition) or create one.");
        }
        var devices = ActivatorUtilities.CreateInstance<DeviceAdminService>(services, (ICurrentActor)FixedActor.System);
        if (await devices.FindGateAsync(edition.Id, gate, cancellationToken) is not { } found)
        {
            var known = (await devices.ListGatesAsync(edition.Id, cancellationToken)).Select(g => g.Code);
            return DeviceEnrolment.Refused($"Gate \"{gate}\" not found in edition {edition.Year}; its gates are: {string.Join(", ", known)}.");
        }
        var result = await devices.AddAsync(edition.Id, name, found.Id, cancellationToken);
        if (!result.Succeeded)
        {
            return DeviceEnrolment.Refused($"Device not added: {InEnglish(() => string.Join(" ", result.Errors.Select(text.Describe)))}");
        }
        var added = result.Value!;
        return new DeviceEnrolment(
            $"Device \"{added.Name}\" (#{added.Id}) added to edition {edition.Year}, default gate {added.GateCode} ({added.GateName}). Its key, shown only now:",
            added.Key,
            null);
    }

    // The commands speak English to the operator; the reasons come from the same resources as the page's.
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
