using System.Text;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.CheckIns.Devices;

/// <summary>What makes a device name and default gate acceptable; the page and the service share these checks.</summary>
public static class DeviceRules
{
    public static class Fields
    {
        public const string Name = "Name";
        public const string Gate = "Gate";
    }

    public static class Codes
    {
        public const string NameRequired = "CheckIn.Devices.NameRequired";
        public const string NameTooLong = "CheckIn.Devices.NameTooLong";
        public const string NameTaken = "CheckIn.Devices.NameTaken";
        public const string GateUnknown = "CheckIn.Devices.GateUnknown";
        public const string GateClosed = "CheckIn.Devices.GateClosed";
        public const string Revoked = "CheckIn.Devices.Revoked";
    }

    /// <summary>Trimmed and in NFC, so "Máy quét" typed on two keyboards is one name.</summary>
    public static string NormaliseName(string? name) => (name ?? "").Trim().Normalize(NormalizationForm.FormC);

    public static OperationError? CheckName(string? name)
    {
        var normalised = NormaliseName(name);
        if (normalised.Length == 0)
        {
            return OperationError.ForField(Fields.Name, Codes.NameRequired);
        }
        return normalised.Length > DeviceLimits.Name
            ? OperationError.ForField(Fields.Name, Codes.NameTooLong, DeviceLimits.Name)
            : null;
    }

    /// <summary>Names are told apart as people read them: case does not make a second device.</summary>
    public static bool SameName(string left, string right) =>
        string.Equals(NormaliseName(left), NormaliseName(right), StringComparison.InvariantCultureIgnoreCase);
}
