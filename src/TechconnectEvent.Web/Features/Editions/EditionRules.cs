using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Editions;

/// <summary>
/// Field rules for a new edition, shared by the dialog (messages next to the fields) and the service (which checks
/// again). The year's uniqueness needs the database and is checked by the service.
/// </summary>
public static class EditionRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxNameLength = 200;
    public const int MaxLongTextLength = 300;
    public const int MaxProvinceLength = 100;

    public static class Fields
    {
        public const string Year = nameof(EditionInput.Year);
        public const string NameVi = nameof(EditionInput.NameVi);
        public const string NameEn = nameof(EditionInput.NameEn);
        public const string ThemeVi = nameof(EditionInput.ThemeVi);
        public const string ThemeEn = nameof(EditionInput.ThemeEn);
        public const string VenueVi = nameof(EditionInput.VenueVi);
        public const string VenueEn = nameof(EditionInput.VenueEn);
        public const string ProvinceVi = nameof(EditionInput.ProvinceVi);
        public const string ProvinceEn = nameof(EditionInput.ProvinceEn);
        public const string StartDate = nameof(EditionInput.StartDate);
        public const string EndDate = nameof(EditionInput.EndDate);
        public const string TimeZoneId = nameof(EditionInput.TimeZoneId);
        public const string CopySteps = nameof(EditionInput.CopySteps);
    }

    public static IReadOnlyList<OperationError> Validate(EditionInput input)
    {
        List<OperationError?> errors =
        [
            input.Year is not { } year || year < MinYear || year > MaxYear
                ? OperationError.ForField(Fields.Year, "Edition.YearRange", MinYear, MaxYear) : null,
            string.IsNullOrWhiteSpace(input.NameVi) ? OperationError.ForField(Fields.NameVi, "Edition.NameViRequired") : null,
            CheckLength(input.NameVi, Fields.NameVi, MaxNameLength),
            CheckLength(input.NameEn, Fields.NameEn, MaxNameLength),
            CheckLength(input.ThemeVi, Fields.ThemeVi, MaxLongTextLength),
            CheckLength(input.ThemeEn, Fields.ThemeEn, MaxLongTextLength),
            CheckLength(input.VenueVi, Fields.VenueVi, MaxLongTextLength),
            CheckLength(input.VenueEn, Fields.VenueEn, MaxLongTextLength),
            CheckLength(input.ProvinceVi, Fields.ProvinceVi, MaxProvinceLength),
            CheckLength(input.ProvinceEn, Fields.ProvinceEn, MaxProvinceLength),
            input.StartDate is null ? OperationError.ForField(Fields.StartDate, "Edition.StartDateRequired") : null,
            input.EndDate is null ? OperationError.ForField(Fields.EndDate, "Edition.EndDateRequired")
                : input.StartDate is { } start && input.EndDate.Value.Date < start.Date
                    ? OperationError.ForField(Fields.EndDate, "Edition.EndBeforeStart") : null,
            IsIanaTimeZone(input.TimeZoneId) ? null : OperationError.ForField(Fields.TimeZoneId, "Edition.TimeZoneUnknown"),
            input.CopyFromEditionId is null ? null : EditionCopier.CheckSteps(input.CopySteps),
        ];
        return errors.OfType<OperationError>().ToList();
    }

    /// <summary>An IANA id such as Asia/Ho_Chi_Minh; a Windows name the runtime would also accept is refused so that every machine reads the same zone.</summary>
    public static bool IsIanaTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) && zone.HasIanaId;

    private static OperationError? CheckLength(string? text, string field, int max) =>
        (text ?? "").Trim().Length > max ? OperationError.ForField(field, "Edition.TextTooLong", max) : null;
}
