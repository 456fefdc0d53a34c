using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Editions;

/// <summary>One yearly edition of the fair; zones, booths and everything else belong to it.</summary>
public sealed class Edition : IVersioned
{
    public const string DefaultTimeZoneId = "Asia/Ho_Chi_Minh";

    public int Id { get; set; }
    public int Year { get; set; }
    public required LocalizedText Name { get; set; }
    public required LocalizedText Theme { get; set; }
    public required LocalizedText Venue { get; set; }
    public required LocalizedText Province { get; set; }
    /// <summary>How to reach the venue (printed on e-tickets); empty until the organisers write it.</summary>
    public LocalizedText Directions { get; set; } = new("", "");
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string TimeZoneId { get; set; } = DefaultTimeZoneId;
    public EditionStatus Status { get; set; } = EditionStatus.Draft;
    /// <summary>The edition the app shows by default; at most one is current.</summary>
    public bool IsCurrent { get; set; }
    /// <summary>The edition this one was prepared from, if any (zones, booth layout and prices copied).</summary>
    public int? CopiedFromEditionId { get; set; }
    /// <summary>Concurrency token, bumped on every change.</summary>
    public long Version { get; set; }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
}

/// <summary>Draft → Open (registration and applications open) → Running → Closed → Archived (read-only).</summary>
public enum EditionStatus
{
    Draft = 0,
    Open = 1,
    Running = 2,
    Closed = 3,
    Archived = 4,
}
