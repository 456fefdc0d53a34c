using System.Globalization;
using MudBlazor;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum.Rooms;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Meetings.Pages;

public partial class SchedulePage
{
    private Edition? edition;
    private IReadOnlyList<RoundRow> rounds = [];
    private IReadOnlyList<TableRow> tables = [];
    private IReadOnlyList<ParticipantRow> participants = [];
    private IReadOnlyList<MeetingRow> meetings = [];
    private readonly RoundInput round = new();
    private string? roundStart;
    private TableInput table = new();
    private FieldErrors roundErrors = FieldErrors.None;
    private FieldErrors tableErrors = FieldErrors.None;
    private SchedulerRun? lastRun;
    private int targetRound;
    private int targetTable;
    private int? moving;
    private string? moveError;
    private bool running;
    private bool sending;
    private ScheduleMailing? mailing;
    private ScheduleMailing? sendResult;
    private bool loaded;
    private IDisposable? watch;

    protected override async Task OnInitializedAsync()
    {
        edition = await Editions.GetWorkingAsync();
        if (edition is not null)
        {
            var editionId = edition.Id;
            round.Day = edition.StartDate;
            watch = Changes.Subscribe(change => change.EditionId == editionId ? InvokeAsync(async () =>
            {
                await Reload();
                StateHasChanged();
            }) : Task.CompletedTask);
        }
        await Reload();
    }

    private async Task Reload()
    {
        if (edition is not null)
        {
            rounds = await Schedule.ListRoundsAsync(edition.Id);
            tables = await Schedule.ListTablesAsync(edition.Id);
            participants = await Schedule.ListParticipantsAsync(edition.Id);
            meetings = await Placement.ListAsync(edition.Id);
            mailing = await Mails.PreviewAsync(edition.Id);
            table.Number = tables.Count == 0 ? 1 : tables.Max(t => t.Table.Number) + 1;
        }
        loaded = true;
    }

    private async Task AddRound()
    {
        round.Start = TimeOnly.TryParse(roundStart, CultureInfo.InvariantCulture, out var start) ? start : null;
        var result = await Schedule.SaveRoundAsync(edition!.Id, null, round);
        roundErrors = new FieldErrors(result.Errors, L);
        ReportUnplaced(roundErrors);
        if (result.Succeeded)
        {
            Snackbar.Add(L["Meetings.Saved"], Severity.Success);
            await Reload();
        }
    }

    private async Task AddTable()
    {
        var result = await Schedule.SaveTableAsync(edition!.Id, null, table);
        tableErrors = new FieldErrors(result.Errors, L);
        ReportUnplaced(tableErrors);
        if (result.Succeeded)
        {
            Snackbar.Add(L["Meetings.Saved"], Severity.Success);
            table = new TableInput();
            await Reload();
        }
    }

    private async Task ToggleClosed(MeetingTable row)
    {
        var input = new TableInput
        {
            Number = row.Number, IsOnline = row.IsOnline, MeetingLink = row.MeetingLink, Location = row.Location, IsClosed = !row.IsClosed, Version = row.Version,
        };
        await Finish(await Schedule.SaveTableAsync(row.EditionId, row.Id, input));
    }

    private async Task DeleteRound(MeetingRound row)
    {
        if (await Confirm(L["Meetings.Rounds.DeleteOf", row.Number]))
        {
            await Finish(await Schedule.DeleteRoundAsync(row.Id, row.Version));
        }
    }

    private async Task DeleteTable(MeetingTable row)
    {
        if (await Confirm(L["Meetings.Tables.DeleteOf", row.Number]))
        {
            await Finish(await Schedule.DeleteTableAsync(row.Id, row.Version));
        }
    }

    private async Task SaveParticipant(ParticipantRow row, bool online, IReadOnlySet<int> away) =>
        await Finish(await Schedule.SaveParticipantAsync(edition!.Id, row.OrganizationId, online, away, row.Version));

    private async Task Run()
    {
        running = true;
        var result = await Placement.RunAsync(edition!.Id);
        running = false;
        lastRun = result.Value;
        await Finish(result);
    }

    /// <summary>Says how many organisations will be written to (and which have no address) before anything is queued.</summary>
    private async Task SendSchedules()
    {
        var preview = await Mails.PreviewAsync(edition!.Id);
        if (preview.Organizations == 0 && preview.WithoutAddress.Count == 0)
        {
            Snackbar.Add(L[ScheduleMails.NothingScheduled], Severity.Warning);
            return;
        }
        var message = L["Meetings.Mails.Confirm", preview.Organizations].Value;
        if (preview.WithoutAddress.Count > 0)
        {
            message += " " + L["Meetings.Mails.ConfirmNoAddress", string.Join(", ", preview.WithoutAddress)];
        }
        if (await Dialogs.ShowMessageBoxAsync(L["Meetings.Mails.ConfirmTitle"], message, yesText: L["Meetings.Mails.SendYes"], cancelText: L["Common.Cancel"]) != true)
        {
            return;
        }
        sending = true;
        var result = await Mails.SendAsync(edition.Id);
        sending = false;
        sendResult = result.Value;
        if (!result.Succeeded)
        {
            await Finish(result);
            return;
        }
        await Reload();
    }

    private async Task Move(Meeting meeting)
    {
        moving = meeting.Id;
        var result = await Placement.MoveAsync(meeting.Id, targetRound, targetTable, meeting.Version);
        moveError = result.Succeeded ? null : string.Join(" ", result.Errors.Select(L.Describe));
        await Finish(result);
    }

    private async Task Unschedule(Meeting meeting) => await Finish(await Placement.UnscheduleAsync(meeting.Id, meeting.Version));

    private async Task<bool> Confirm(string title) =>
        await Dialogs.ShowMessageBoxAsync(title, L["Meetings.ConfirmDelete"], yesText: L["Common.Delete"], cancelText: L["Common.Cancel"]) == true;

    private async Task Finish(OperationResult result)
    {
        if (result.Succeeded)
        {
            Snackbar.Add(L["Meetings.Saved"], Severity.Success);
        }
        else
        {
            foreach (var error in result.Errors)
            {
                Snackbar.Add(L.Describe(error), Severity.Error);
            }
        }
        await Reload();
    }

    private void ReportUnplaced(FieldErrors errors)
    {
        if (errors.Unplaced is { } text)
        {
            Snackbar.Add(text, Severity.Error);
        }
    }

    public void Dispose() => watch?.Dispose();

}
