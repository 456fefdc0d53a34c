using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Forum.Rooms;

/// <summary>A form's errors in the user's language: each beside its field, the rest together below the form.</summary>
public sealed class FieldErrors
{
    public static readonly FieldErrors None = new([], null);

    private readonly IReadOnlyList<OperationError> errors;
    private readonly IStringLocalizer<SharedResource>? localizer;

    public FieldErrors(IReadOnlyList<OperationError> errors, IStringLocalizer<SharedResource>? localizer)
    {
        this.errors = errors;
        this.localizer = localizer;
    }

    public bool Any => errors.Count > 0;

    public bool Has(string field) => errors.Any(e => e.Field == field);

    public string? Of(string field) => errors.FirstOrDefault(e => e.Field == field) is { } error ? Describe(error) : null;

    public string? Unplaced => errors.Any(e => e.Field is null) ? string.Join(" ", errors.Where(e => e.Field is null).Select(Describe)) : null;

    /// <summary>The same errors with the field's message swapped for <paramref name="error"/> (none when null).</summary>
    public FieldErrors Replace(string field, OperationError? error, IStringLocalizer<SharedResource> text) =>
        new([.. errors.Where(e => e.Field != field), .. error is null ? Array.Empty<OperationError>() : [error]], text);

    private string Describe(OperationError error) => localizer?.Describe(error) ?? error.Code;
}
