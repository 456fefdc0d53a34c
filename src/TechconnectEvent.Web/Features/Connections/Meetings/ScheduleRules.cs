using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>A round as its form binds it: a day of the edition, a local start time and a length.</summary>
public sealed class RoundInput
{
    public DateOnly? Day { get; set; }
    public TimeOnly? Start { get; set; }
    public int Minutes { get; set; } = 30;
    public long Version { get; set; }
}

/// <summary>A table as its form binds it.</summary>
public sealed class TableInput
{
    public int Number { get; set; } = 1;
    public bool IsOnline { get; set; }
    public string? MeetingLink { get; set; }
    public string? Location { get; set; }
    public bool IsClosed { get; set; }
    public long Version { get; set; }
}

/// <summary>Field rules of rounds and tables; each error names its field so that the message stands next to it.</summary>
public static class ScheduleRules
{
    public const int MinMinutes = 10;
    public const int MaxMinutes = 120;

    public static class Fields
    {
        public const string Day = nameof(RoundInput.Day);
        public const string Start = nameof(RoundInput.Start);
        public const string Minutes = nameof(RoundInput.Minutes);
        public const string Number = nameof(TableInput.Number);
        public const string MeetingLink = nameof(TableInput.MeetingLink);
        public const string Location = nameof(TableInput.Location);
    }

    public static List<OperationError> Validate(RoundInput input, DateOnly firstDay, DateOnly lastDay)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new[]
        {
            input.Day is not { } day || day < firstDay || day > lastDay
                ? OperationError.ForField(Fields.Day, "Meetings.Rounds.DayInvalid", firstDay.ToString("d", System.Globalization.CultureInfo.CurrentCulture), lastDay.ToString("d", System.Globalization.CultureInfo.CurrentCulture)) : null,
            input.Start is null ? OperationError.ForField(Fields.Start, "Meetings.Rounds.StartRequired") : null,
            input.Minutes is < MinMinutes or > MaxMinutes ? OperationError.ForField(Fields.Minutes, "Meetings.Rounds.MinutesInvalid", MinMinutes, MaxMinutes) : null,
        }.OfType<OperationError>().ToList();
    }

    public static List<OperationError> Validate(TableInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var link = Clean(input.MeetingLink);
        return new[]
        {
            input.Number is < 1 or > 9999 ? OperationError.ForField(Fields.Number, "Meetings.Tables.NumberInvalid") : null,
            input.IsOnline && !IsHttpsLink(link) ? OperationError.ForField(Fields.MeetingLink, "Meetings.Tables.LinkInvalid") : null,
            link.Length > ConnectionLimits.MeetingLink ? OperationError.ForField(Fields.MeetingLink, "Meetings.TooLong", ConnectionLimits.MeetingLink) : null,
            Clean(input.Location).Length > ConnectionLimits.Location ? OperationError.ForField(Fields.Location, "Meetings.TooLong", ConnectionLimits.Location) : null,
        }.OfType<OperationError>().ToList();
    }

    public static bool IsHttpsLink(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);

    public static string Clean(string? text) => (text ?? "").Trim().Normalize(System.Text.NormalizationForm.FormC);
}
