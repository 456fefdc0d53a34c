using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>Field rules for a booth, shared by the dialog (messages next to fields) and the service (which checks again).</summary>
public static class BoothRules
{
    public const int MaxReasonLength = 300;

    public static class Fields
    {
        public const string Code = nameof(BoothInput.Code);
        public const string Zone = nameof(BoothInput.ZoneId);
        public const string X = nameof(BoothInput.X);
        public const string Y = nameof(BoothInput.Y);
        public const string Width = nameof(BoothInput.Width);
        public const string Height = nameof(BoothInput.Height);
        public const string Reason = "Reason";
    }

    public static OperationError? CheckCode(string? code) =>
        BoothGeometry.IsValidCode(BoothGeometry.NormaliseCode(code)) ? null : OperationError.ForField(Fields.Code, "Booth.CodeInvalid");

    public static OperationError? CheckZone(int zoneId) =>
        zoneId > 0 ? null : OperationError.ForField(Fields.Zone, "Booth.ZoneRequired");

    public static OperationError? CheckPosition(double value, string field) =>
        double.IsFinite(value) && value >= 0 ? null : OperationError.ForField(field, "Booth.NegativePosition");

    public static OperationError? CheckLength(double value, string field) =>
        double.IsFinite(value) && value > 0 ? null : OperationError.ForField(field, "Booth.SizeNotPositive");

    public static OperationError? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? OperationError.ForField(Fields.Reason, "Booth.ReasonRequired")
        : reason.Trim().Length > MaxReasonLength ? OperationError.ForField(Fields.Reason, "Booth.ReasonTooLong", MaxReasonLength)
        : null;

    public static IReadOnlyList<OperationError> Validate(BoothInput input) =>
        new[]
        {
            CheckCode(input.Code),
            CheckZone(input.ZoneId),
            CheckPosition(input.X, Fields.X),
            CheckPosition(input.Y, Fields.Y),
            CheckLength(input.Width, Fields.Width),
            CheckLength(input.Height, Fields.Height),
        }.OfType<OperationError>().ToList();

    public static IReadOnlyList<OperationError> Validate(BoothBlockRequest request)
    {
        var errors = new List<OperationError>();
        var prefix = BoothGeometry.NormaliseCode(request.Prefix);
        if (prefix.Length > 0 && !BoothGeometry.IsValidCode(prefix + "1"))
        {
            errors.Add(OperationError.ForField(nameof(BoothBlockRequest.Prefix), "Booth.CodeInvalid"));
        }
        if (request.Count < 1 || request.Count > BoothGeometry.MaxBlockCount)
        {
            errors.Add(OperationError.ForField(nameof(BoothBlockRequest.Count), "Booth.BlockCountRange", BoothGeometry.MaxBlockCount));
        }
        if (request.FirstNumber < 0)
        {
            errors.Add(OperationError.ForField(nameof(BoothBlockRequest.FirstNumber), "Booth.NegativeNumber"));
        }
        if (request.Columns < 0)
        {
            errors.Add(OperationError.ForField(nameof(BoothBlockRequest.Columns), "Booth.NegativeNumber"));
        }
        errors.AddRange(new[]
        {
            CheckZone(request.ZoneId) is { } zone ? zone with { Field = nameof(BoothBlockRequest.ZoneId) } : null,
            CheckPosition(request.OriginX, nameof(BoothBlockRequest.OriginX)),
            CheckPosition(request.OriginY, nameof(BoothBlockRequest.OriginY)),
            CheckPosition(request.Gap, nameof(BoothBlockRequest.Gap)),
            CheckLength(request.Width, nameof(BoothBlockRequest.Width)),
            CheckLength(request.Height, nameof(BoothBlockRequest.Height)),
        }.OfType<OperationError>());
        if (errors.Count == 0 && BoothGeometry.LayOut(request).Any(b => b.Code.Length > BoothGeometry.MaxCodeLength))
        {
            errors.Add(OperationError.ForField(nameof(BoothBlockRequest.Prefix), "Booth.CodeInvalid"));
        }
        return errors;
    }
}
