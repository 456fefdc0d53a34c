namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>A demo data file is missing, unreadable or wrong; the message names the file and the entry.</summary>
public sealed class DemoDataException : Exception
{
    public DemoDataException(string file, string? entry, string problem, Exception? innerException = null)
        : base(entry is null ? $"Demo data file {file}: {problem}" : $"Demo data file {file}, {entry}: {problem}", innerException)
    {
        File = file;
        Entry = entry;
    }

    /// <summary>The file name within the demo data folder, e.g. <c>zones.json</c>.</summary>
    public string File { get; }

    /// <summary>The entry at fault, e.g. <c>zone #3 (AI)</c>; null when the whole file is at fault.</summary>
    public string? Entry { get; }
}
