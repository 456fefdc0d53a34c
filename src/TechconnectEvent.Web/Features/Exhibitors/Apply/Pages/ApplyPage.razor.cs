using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Exhibitors.Apply.Pages;

public sealed partial class ApplyPage
{
    private const string ReceivedPath = "exhibit/apply/received";

    private ApplyForm form = new(null, null, []);
    private EditContext editContext = default!;
    private ValidationMessageStore messages = default!;
    private IReadOnlyList<OperationError> errors = [];
    private string? busy;
    private bool received;

    [SupplyParameterFromForm(FormName = "apply")]
    private OnlineApplicationInput Input { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "confirm")]
    private int? ToConfirm { get; set; }

    protected override async Task OnInitializedAsync()
    {
        received = Navigation.ToBaseRelativePath(Navigation.Uri).StartsWith(ReceivedPath, StringComparison.OrdinalIgnoreCase);
        Input ??= new();
        // A hand-made post may leave the list empty: the form always shows at least one row.
        if (Input.Technologies.Count == 0)
        {
            Input.Technologies.Add(new());
        }
        editContext = new EditContext(Input);
        messages = new ValidationMessageStore(editContext);
        if (!received)
        {
            form = await Applications.GetFormAsync();
        }
    }

    private async Task SubmitAsync()
    {
        messages.Clear();
        errors = [];
        if (Input.LooksAutomated)
        {
            // The robot sees what a person would, and nothing is written.
            Navigation.NavigateTo(ReceivedPath);
            return;
        }
        if (Input.WantsAnotherTechnology)
        {
            if (Input.Technologies.Count < OnlineApplicationInput.MaxTechnologies)
            {
                Input.Technologies.Add(new());
            }
            return;
        }
        var culture = ProductCultures.IsVietnamese(CultureInfo.CurrentUICulture) ? ProductCultures.Vietnamese : ProductCultures.English;
        var result = await Applications.SubmitAsync(Input, culture);
        if (result.Succeeded)
        {
            Navigation.NavigateTo(result.Value == ApplyOutcome.ToConfirm ? ReceivedPath + "?confirm=1" : ReceivedPath);
            return;
        }
        var fieldErrors = result.Errors.Where(e => e.Field is not null).ToList();
        if (fieldErrors.Count == 0)
        {
            busy = L.Describe(result.Errors[0]);
            form = await Applications.GetFormAsync();
            return;
        }
        errors = fieldErrors;
        foreach (var error in fieldErrors)
        {
            messages.Add(FieldOf(error.Field!), L.Describe(error));
        }
        editContext.NotifyValidationStateChanged();
    }

    /// <summary>The form field an error names: "ContactEmail", or "Technologies[1].TitleVi" for a technology row.</summary>
    private FieldIdentifier FieldOf(string field)
    {
        const string prefix = nameof(OnlineApplicationInput.Technologies) + "[";
        if (field.StartsWith(prefix, StringComparison.Ordinal)
            && field.IndexOf("].", StringComparison.Ordinal) is var end and > 0
            && int.TryParse(field.AsSpan(prefix.Length, end - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < Input.Technologies.Count)
        {
            return new FieldIdentifier(Input.Technologies[index], field[(end + 2)..]);
        }
        return new FieldIdentifier(Input, field);
    }

    private static string Id(string? field) => "Input." + field;

    /// <summary>
    /// A line of the error summary names its field when the message alone does not ("This field is required."), so the
    /// list reads on its own, as a screen reader announces it.
    /// </summary>
    private string SummaryLine(OperationError error)
    {
        var message = L.Describe(error);
        var label = error.Field is { } field ? L[$"Apply.{field}"] : null;
        return label is null || label.ResourceNotFound ? message : $"{label.Value}: {message}";
    }

    private static string TechId(int index, string field) => Id(OnlineApplicationInput.TechnologyField(index, field));
}
