using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Registrations;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>
/// The fair's entries: gate check-ins for about 65 % of the confirmed registrations on days they chose, with the
/// morning rush (8:00–9:30) and a smaller bump after lunch, local to the edition; then session attendance at the
/// doors for people who came in that day, within each session's time and never beyond its seats. Every admitted
/// scan also gets its scan-log row, as the gate writes one.
/// </summary>
/// <remarks>
/// Whether a person comes, on which days, when and through which gate is drawn from the seed and the
/// registration's id, so a later run with more delegates leaves everybody already decided as they were.
/// </remarks>
internal static class FairCheckIns
{
    private const int BatchSize = 2_000;
    private const int SaltComes = 11;
    private const int SaltPerson = 12;
    private const int SaltSession = 13;

    /// <summary>Local windows of arrival (start, end in minutes after midnight) and their weights.</summary>
    private static readonly (int From, int To, int Weight)[] Arrivals =
        [(7 * 60 + 30, 8 * 60, 6), (8 * 60, 9 * 60 + 30, 46), (9 * 60 + 30, 11 * 60 + 30, 20), (11 * 60 + 30, 13 * 60, 6),
         (13 * 60, 14 * 60 + 30, 15), (14 * 60 + 30, 16 * 60 + 30, 7)];

    public static async Task<string> AddGateAsync(EventDbContext db, FairRun run, CancellationToken cancellationToken)
    {
        var editionId = run.Edition.Id;
        var gates = await db.ScanPoints.AsNoTracking().Where(p => p.EditionId == editionId && p.Kind == ScanPointKind.Gate && !p.IsClosed)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        if (gates.Count == 0)
        {
            var main = ScanPointDefaults.MainGate(editionId);
            db.ScanPoints.Add(main);
            await db.SaveChangesAsync(cancellationToken);
            gates.Add(main.Id);
        }
        var people = await db.Registrations.AsNoTracking().Where(r => r.EditionId == editionId && r.Status == RegistrationStatus.Confirmed)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.DaysMask, r.BadgeCode }).ToListAsync(cancellationToken);
        var present = (await db.CheckIns.Where(c => c.EditionId == editionId && c.Scope == CheckIn.FairEntry)
            .Select(c => new { c.RegistrationId, c.DayIndex }).ToListAsync(cancellationToken))
            .Select(c => (c.RegistrationId, c.DayIndex)).ToHashSet();

        var seed = run.Options.Seed;
        var batch = new List<(CheckIn CheckIn, string Code)>(BatchSize);
        var added = 0;
        foreach (var person in people)
        {
            if (FairDraw.Unit(seed, SaltComes, person.Id) >= FairOptions.CheckedInShare)
            {
                continue;
            }
            var random = new Random(FairDraw.Mix(seed, SaltPerson, person.Id));
            var days = Enumerable.Range(0, run.Days).Where(d => (person.DaysMask & (1 << d)) != 0).ToList();
            if (days.Count == 0)
            {
                continue;
            }
            // Someone registered for several days comes on one of them for sure and on each other one most of the time.
            var sure = days[random.Next(days.Count)];
            foreach (var day in days)
            {
                var comes = day == sure || random.Next(100) < 75;
                var at = run.At(day, TimeSpan.FromSeconds(ArrivalSecond(random)));
                var gate = random.Next(100) < 50 ? gates[0] : gates[random.Next(gates.Count)];
                if (!comes || present.Contains((person.Id, day)))
                {
                    continue;
                }
                batch.Add((new CheckIn { EditionId = editionId, RegistrationId = person.Id, ScanPointId = gate, Scope = CheckIn.FairEntry, DayIndex = day, At = at }, person.BadgeCode));
                if (batch.Count == BatchSize)
                {
                    added += await SaveAsync(db, batch, cancellationToken);
                }
            }
        }
        added += await SaveAsync(db, batch, cancellationToken);
        return $"{added:N0} added, {present.Count + added:N0} gate entries over {run.Days} days";
    }

    private static int ArrivalSecond(Random random)
    {
        var roll = random.Next(Arrivals.Sum(a => a.Weight));
        foreach (var (from, to, weight) in Arrivals)
        {
            roll -= weight;
            if (roll < 0)
            {
                return from * 60 + random.Next((to - from) * 60);
            }
        }
        return Arrivals[^1].To * 60 - 1;
    }

    /// <summary>Check-ins and, once they have ids, the scan-log rows that admitted them.</summary>
    private static async Task<int> SaveAsync(EventDbContext db, List<(CheckIn CheckIn, string Code)> batch, CancellationToken cancellationToken)
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.CheckIns.AddRange(batch.Select(b => b.CheckIn));
        await db.SaveChangesAsync(cancellationToken);
        db.ScanLog.AddRange(batch.Select(b => new ScanRecord
        {
            EditionId = b.CheckIn.EditionId,
            At = b.CheckIn.At,
            ReceivedAt = b.CheckIn.At,
            ScanPointId = b.CheckIn.ScanPointId,
            Code = b.Code,
            RegistrationId = b.CheckIn.RegistrationId,
            Status = ScanStatus.CheckedIn,
            Reason = ScanReason.None,
            CheckInId = b.CheckIn.Id,
        }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    public static async Task<string> AddSessionsAsync(EventDbContext db, FairRun run, CancellationToken cancellationToken)
    {
        var editionId = run.Edition.Id;
        var doors = await db.ScanPoints.AsNoTracking()
            .Where(p => p.EditionId == editionId && p.Kind == ScanPointKind.SessionDoor && p.SessionId != null)
            .Join(db.ForumSessions.Where(s => s.Status == SessionStatus.Published), p => p.SessionId, s => s.Id,
                (p, s) => new { DoorId = p.Id, SessionId = s.Id, s.StartsAt, s.EndsAt, s.Capacity, s.RoomId })
            .ToListAsync(cancellationToken);
        var rooms = await db.Rooms.Where(r => r.EditionId == editionId).ToDictionaryAsync(r => r.Id, r => r.Capacity, cancellationToken);
        var doorTimes = doors.ToDictionary(d => d.DoorId, d => (d.StartsAt, d.EndsAt));
        var entries = await db.CheckIns.AsNoTracking().Where(c => c.EditionId == editionId)
            .Select(c => new { c.RegistrationId, c.Scope, c.DayIndex, c.At }).ToListAsync(cancellationToken);
        var cameIn = entries.Where(e => e.Scope == CheckIn.FairEntry).GroupBy(e => e.DayIndex)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.RegistrationId).Select(e => (e.RegistrationId, e.At)).ToList());
        var attending = entries.Where(e => e.Scope != CheckIn.FairEntry).ToList();
        var seated = attending.GroupBy(e => e.Scope).ToDictionary(g => g.Key, g => g.Count());
        var busy = attending.Where(e => doorTimes.ContainsKey(e.Scope)).GroupBy(e => e.RegistrationId)
            .ToDictionary(g => g.Key, g => g.Select(e => doorTimes[e.Scope]).ToList());

        var seed = run.Options.Seed;
        var batch = new List<(CheckIn CheckIn, string Code)>(BatchSize);
        var codes = await db.Registrations.AsNoTracking().Where(r => r.EditionId == editionId && r.Status == RegistrationStatus.Confirmed)
            .Select(r => new { r.Id, r.BadgeCode }).ToDictionaryAsync(r => r.Id, r => r.BadgeCode, cancellationToken);
        var added = 0;
        foreach (var door in doors.OrderBy(d => d.StartsAt).ThenBy(d => d.SessionId))
        {
            var day = run.DayIndexOf(door.StartsAt);
            var seats = door.Capacity ?? (door.RoomId is { } room && rooms.TryGetValue(room, out var capacity) ? capacity : 100);
            // Each session fills to its own share of its seats (35–90 %), the same share on every run.
            var target = (int)(seats * (0.35 + 0.55 * FairDraw.Unit(seed, SaltSession, door.SessionId)));
            var wanted = target - seated.GetValueOrDefault(door.DoorId);
            if (wanted <= 0 || !cameIn.TryGetValue(day, out var candidates))
            {
                continue;
            }
            var random = new Random(FairDraw.Mix(seed, door.SessionId, seated.GetValueOrDefault(door.DoorId)));
            var latest = door.EndsAt.AddMinutes(-15);
            var pool = candidates.Where(c => c.At < latest
                && !(busy.TryGetValue(c.RegistrationId, out var times) && times.Any(t => t.StartsAt < door.EndsAt && door.StartsAt < t.EndsAt))).ToList();
            for (var i = 0; i < pool.Count && wanted > 0; i++)
            {
                var j = random.Next(i, pool.Count);
                (pool[i], pool[j]) = (pool[j], pool[i]);
                var (person, gateAt) = pool[i];
                if (!codes.TryGetValue(person, out var code))
                {
                    continue;
                }
                var window = Math.Max(1, (int)(door.EndsAt - door.StartsAt).TotalSeconds / 3);
                var at = door.StartsAt.AddSeconds(random.Next(window));
                if (at <= gateAt)
                {
                    at = gateAt.AddMinutes(random.Next(3, 10));
                }
                if (at >= door.EndsAt)
                {
                    continue;
                }
                batch.Add((new CheckIn { EditionId = editionId, RegistrationId = person, ScanPointId = door.DoorId, Scope = door.DoorId, DayIndex = day, At = at }, code));
                if (!busy.TryGetValue(person, out var list))
                {
                    busy[person] = list = [];
                }
                list.Add((door.StartsAt, door.EndsAt));
                wanted--;
                added++;
                if (batch.Count == BatchSize)
                {
                    await SaveAsync(db, batch, cancellationToken);
                }
            }
        }
        await SaveAsync(db, batch, cancellationToken);
        return $"{added:N0} admissions at {doors.Count} session doors";
    }
}
