using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Registrations.Public.Pages;

/// <summary>A refused post of the registration forms, shown as the person needs it: each field's message beside it.</summary>
internal static class FormErrors
{
    /// <returns>The field errors, for the summary; <paramref name="failure"/> is the message that belongs to no field.</returns>
    public static IReadOnlyList<OperationError> Show(OperationResult result, EditContext context, ValidationMessageStore messages,
        IStringLocalizer<SharedResource> text, out string? failure)
    {
        var fieldErrors = result.Errors.Where(e => e.Field is not null).ToList();
        failure = fieldErrors.Count == 0 ? text.Describe(result.Errors[0]) : null;
        foreach (var error in fieldErrors)
        {
            messages.Add(new FieldIdentifier(context.Model, error.Field!), text.Describe(error));
        }
        context.NotifyValidationStateChanged();
        return fieldErrors;
    }
}
