using System.Globalization;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Infrastructure.Jobs;

/// <summary>
/// <c>Jobs:Concurrency</c> (jobs running at once, 1–2, default 1: a badge batch takes a core), <c>Jobs:KeepHours</c>
/// (how long a finished job and its file stay, default 24), <c>Jobs:QueueLength</c> (jobs waiting at most, default
/// 50) and <c>Jobs:Folder</c> (default <c>App_Data/jobs</c> beside the database's default folder).
/// </summary>
public sealed record BackgroundJobOptions
{
    public const string DefaultFolder = "jobs";

    public required string Folder { get; init; }
    public int Concurrency { get; init; } = 1;
    public TimeSpan Keep { get; init; } = TimeSpan.FromHours(24);
    public int QueueLength { get; init; } = 50;
    /// <summary>Least time between two progress notices of one job (≤ 10 a second).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    public static BackgroundJobOptions Read(IConfiguration configuration, string contentRoot)
    {
        var folder = configuration["Jobs:Folder"];
        return new BackgroundJobOptions
        {
            Folder = Path.GetFullPath(string.IsNullOrWhiteSpace(folder)
                ? Path.Combine(DataServiceCollectionExtensions.DataFolderName, DefaultFolder)
                : folder, contentRoot),
            Concurrency = Number(configuration, "Jobs:Concurrency", 1, 1, 2),
            Keep = TimeSpan.FromHours(Number(configuration, "Jobs:KeepHours", 24, 1, 24 * 30)),
            QueueLength = Number(configuration, "Jobs:QueueLength", 50, 1, 10_000),
        };
    }

    private static int Number(IConfiguration configuration, string key, int fallback, int min, int max)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        return int.TryParse(value, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new InvalidOperationException($"{key} must be a whole number from {min} to {max}; it is '{value}'.");
    }
}
