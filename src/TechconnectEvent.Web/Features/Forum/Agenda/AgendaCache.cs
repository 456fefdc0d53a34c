using System.Collections.Concurrent;
using System.Globalization;

namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>
/// The built agendas, one per edition and language, shared by the pages, the calendars and the PDF. Emptied on
/// every forum change (<see cref="AgendaEviction"/>); the lifetime only catches changes nobody announces, such as an
/// edition renamed or a chair's display name edited.
/// </summary>
public sealed class AgendaCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<(int EditionId, string Culture), Entry> entries = new();
    private long generation;

    public async Task<AgendaModel> GetOrBuildAsync(int editionId, CultureInfo culture, Func<Task<AgendaModel>> build)
    {
        var key = (editionId, culture.Name);
        var now = time.GetUtcNow();
        if (entries.TryGetValue(key, out var entry) && now - entry.BuiltAt < Lifetime)
        {
            return entry.Model;
        }
        var before = Interlocked.Read(ref generation);
        var model = await build();
        // A build that overlapped an eviction may hold the old data: serve it this once, but do not keep it.
        if (Interlocked.Read(ref generation) == before)
        {
            entries[key] = new Entry(model, now);
        }
        return model;
    }

    public void Evict()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }

    private sealed record Entry(AgendaModel Model, DateTimeOffset BuiltAt);
}
