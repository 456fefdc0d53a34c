using System.Text;
using System.Text.RegularExpressions;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.CheckIns.Gates;

/// <summary>A gate as the dialog binds it.</summary>
public sealed class GateInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Location { get; set; }
    public long Version { get; set; }

    public static GateInput From(ScanPoint gate) => new() { Code = gate.Code, Name = gate.Name, Location = gate.Location, Version = gate.Version };
}

/// <summary>The field rules of a gate; each error names its field so the dialog shows it there.</summary>
public static partial class GateRules
{
    public static class Fields
    {
        public const string Code = nameof(GateInput.Code);
        public const string Name = nameof(GateInput.Name);
        public const string Location = nameof(GateInput.Location);
    }

    public static List<OperationError> Validate(GateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<OperationError>();
        var code = NormaliseCode(input.Code);
        if (code.Length == 0)
        {
            errors.Add(OperationError.ForField(Fields.Code, "CheckIn.Gates.CodeRequired"));
        }
        else if (code.Length > ScanPointLimits.Code || !CodePattern().IsMatch(code))
        {
            errors.Add(OperationError.ForField(Fields.Code, "CheckIn.Gates.CodeInvalid", ScanPointLimits.Code));
        }
        var name = Clean(input.Name);
        if (name.Length == 0)
        {
            errors.Add(OperationError.ForField(Fields.Name, "CheckIn.Gates.NameRequired"));
        }
        else if (name.Length > ScanPointLimits.Name)
        {
            errors.Add(OperationError.ForField(Fields.Name, "CheckIn.Gates.NameTooLong", ScanPointLimits.Name));
        }
        if (Clean(input.Location).Length > ScanPointLimits.Location)
        {
            errors.Add(OperationError.ForField(Fields.Location, "CheckIn.Gates.LocationTooLong", ScanPointLimits.Location));
        }
        return errors;
    }

    /// <summary>
    /// Scanners send the code as typed into their settings, so it stays as the organiser wrote it (trimmed); the
    /// uniqueness check ignores case so that "A" and "a" cannot name two gates.
    /// </summary>
    public static string NormaliseCode(string? code) => (code ?? "").Trim();

    public static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex CodePattern();
}
