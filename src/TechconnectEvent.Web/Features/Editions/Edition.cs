using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Editions;

/// <summary>One yearly edition of the fair; zones, booths and everything else belong to it.</summary>
public sealed class Edition
{
    public const string DefaultTimeZoneId = "Asia/Ho_Chi_Minh";

    public int Id { get; set; }
    public int Year { get; set; }
    public required LocalizedText Name { get; set; }
    public required LocalizedText Theme { get; set; }
    public required LocalizedText Venue { get; set; }
    public required LocalizedText Province { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string TimeZoneId { get; set; } = DefaultTimeZoneId;
    public EditionStatus Status { get; set; } = EditionStatus.Planning;
    /// <summary>The edition the app shows by default; at most one is current.</summary>
    public bool IsCurrent { get; set; }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
}

public enum EditionStatus
{
    Planning = 0,
    Open = 1,
    Live = 2,
    Closed = 3,
    Archived = 4,
}
