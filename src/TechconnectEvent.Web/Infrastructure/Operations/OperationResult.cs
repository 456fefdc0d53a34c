namespace TechconnectEvent.Web.Infrastructure.Operations;

/// <summary>
/// A coded, translatable failure: the page shows <c>L["Error." + Code, Arguments]</c>, never an exception text.
/// <paramref name="Field"/> names the form field the message belongs next to, when there is one.
/// </summary>
public sealed record OperationError(string Code, IReadOnlyList<object> Arguments, string? Field = null)
{
    public static OperationError Of(string code, params object[] arguments) => new(code, arguments);

    public static OperationError ForField(string field, string code, params object[] arguments) => new(code, arguments, field);

    public string ResourceKey => "Error." + Code;
}

/// <summary>Outcome of a write: success, or one or more coded errors.</summary>
public class OperationResult
{
    protected OperationResult(IReadOnlyList<OperationError> errors) => Errors = errors;

    public IReadOnlyList<OperationError> Errors { get; }
    public bool Succeeded => Errors.Count == 0;

    public static OperationResult Ok() => new([]);
    public static OperationResult Fail(params OperationError[] errors) => new(errors);
    public static OperationResult Fail(string code, params object[] arguments) => new([OperationError.Of(code, arguments)]);
}

public sealed class OperationResult<T> : OperationResult
{
    private OperationResult(T? value, IReadOnlyList<OperationError> errors) : base(errors) => Value = value;

    public T? Value { get; }

    public static OperationResult<T> Ok(T value) => new(value, []);
    public static new OperationResult<T> Fail(params OperationError[] errors) => new(default, errors);
    public static new OperationResult<T> Fail(string code, params object[] arguments) => new(default, [OperationError.Of(code, arguments)]);
}
