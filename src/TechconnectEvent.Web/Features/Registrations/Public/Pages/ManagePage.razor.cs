using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Infrastructure.Qr;

namespace TechconnectEvent.Web.Features.Registrations.Public.Pages;

/// <summary>What the person's posts on the management page carry besides their details: the version they saw.</summary>
public sealed class ManageAction
{
    public long Version { get; set; }
}

public sealed partial class ManagePage
{
    private ManagedRegistration? found;
    private EditContext editContext = default!;
    private ValidationMessageStore messages = default!;
    private IReadOnlyList<OperationError> errors = [];
    private string? failure;
    private string? notice;
    private bool confirmingCancel;

    [Parameter]
    public string Token { get; set; } = "";

    [SupplyParameterFromForm(FormName = "edit")]
    private RegistrationInput? Input { get; set; }

    [SupplyParameterFromForm(FormName = "cancel", Name = "Action")]
    private ManageAction? CancelAction { get; set; }

    [SupplyParameterFromForm(FormName = "erase", Name = "Action")]
    private ManageAction? EraseAction { get; set; }

    [SupplyParameterFromQuery(Name = "done")]
    private string? Done { get; set; }

    /// <summary>The badge's QR (only its code) inline, so the page needs no second request to show it.</summary>
    private string QrImage => "data:image/png;base64," + Convert.ToBase64String(QrCodes.Png(found!.Registration.BadgeCode, pixelsPerModule: 8));

    private string ManagePath => PublicRegistrationService.ManagePath(Token);

    /// <summary>The category colour goes into a style attribute: only a plain "#RRGGBB" is written there.</summary>
    private string SafeColour => HexColour().IsMatch(found!.Category.Colour) ? found.Category.Colour : "#1565C0";

    protected override async Task OnInitializedAsync()
    {
        found = await Registrations.FindAsync(Token);
        if (found is null)
        {
            Navigation.NotFound();
            return;
        }
        confirmingCancel = Navigation.ToBaseRelativePath(Navigation.Uri).Split('?')[0].EndsWith("/cancel", StringComparison.Ordinal);
        Input ??= RegistrationInput.From(found.Registration);
        editContext = new EditContext(Input);
        messages = new ValidationMessageStore(editContext);
        notice = Done switch
        {
            "new" => L[$"Register.Thanks.{found.Registration.Status}"].Value,
            "saved" => L["Register.Saved"].Value,
            "cancelled" => L["Register.Cancelled"].Value,
            "erasure" => L["Register.ErasureRecorded"].Value,
            _ => null,
        };
    }

    private async Task SaveAsync()
    {
        messages.Clear();
        errors = [];
        var result = await Registrations.UpdateAsync(Token, Input!);
        if (result.Succeeded)
        {
            Redirect("saved");
            return;
        }
        errors = FormErrors.Show(result, editContext, messages, L, out failure);
    }

    private async Task CancelAsync() =>
        Finish(await Registrations.CancelAsync(Token, CancelAction?.Version ?? -1), "cancelled");

    private async Task RequestErasureAsync() =>
        Finish(await Registrations.RequestDeletionAsync(Token, EraseAction?.Version ?? -1), "erasure");

    private void Finish(OperationResult result, string done)
    {
        if (result.Succeeded)
        {
            Redirect(done);
            return;
        }
        failure = L.Describe(result.Errors[0]);
    }

    /// <summary>Post/Redirect/Get: a reload shows the result instead of posting again.</summary>
    private void Redirect(string what) => Navigation.NavigateTo($"{ManagePath.TrimStart('/')}?done={what}");

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();
}
