using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Public.Pages;

public sealed partial class RegisterPage
{
    private const string ReceivedPath = "register/received";

    private RegisterForm form = new(null, [], []);
    private EditContext editContext = default!;
    private ValidationMessageStore messages = default!;
    private IReadOnlyList<OperationError> errors = [];
    private string? failure;
    private bool received;

    [SupplyParameterFromForm(FormName = "register")]
    private RegistrationInput Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        received = Navigation.ToBaseRelativePath(Navigation.Uri).StartsWith(ReceivedPath, StringComparison.OrdinalIgnoreCase);
        Input ??= new();
        editContext = new EditContext(Input);
        messages = new ValidationMessageStore(editContext);
        if (!received)
        {
            form = await Registrations.GetFormAsync();
            // A first visit offers every day ticked: most people come for the whole fair.
            if (!HttpMethods.IsPost(Http?.Request.Method ?? "GET") && form.Edition is { } edition)
            {
                Input.Days = [.. Enumerable.Range(0, RegistrationIntake.DayCount(edition))];
            }
        }
    }

    [CascadingParameter]
    private HttpContext? Http { get; set; }

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
        var result = await Registrations.RegisterAsync(Input);
        if (result.Succeeded)
        {
            Navigation.NavigateTo(PublicRegistrationService.ManagePath(result.Value!.Token).TrimStart('/') + "?done=new");
            return;
        }
        errors = FormErrors.Show(result, editContext, messages, L, out failure);
        if (failure is not null)
        {
            form = await Registrations.GetFormAsync();
        }
    }
}
