using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns.Dashboard;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.CheckIns.Gates;

/// <summary>A gate, with its scans today (edition time) and whether anything was ever recorded at it.</summary>
public sealed record GateRow(ScanPoint Gate, int ScansToday, int CheckIns, int Scans)
{
    /// <summary>A gate with history is closed, never deleted: the check-ins and the scan log name it.</summary>
    public bool MayDelete => CheckIns == 0 && Scans == 0;
}

/// <summary>The gates of an edition, the organisers' to add, edit, close, reopen and delete; each write versioned and audited.</summary>
public sealed class ScanPointAdminService(
    IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ICurrentActor currentActor, TimeProvider time,
    ChangeNotifier<ScanPointChange> changes)
{
    public const string CodeTakenError = "CheckIn.Gates.CodeTaken";
    public const string InUseError = "CheckIn.Gates.InUse";

    public async Task<IReadOnlyList<GateRow>> ListAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zone = await db.Editions.Where(e => e.Id == editionId).Select(e => e.TimeZoneId).FirstOrDefaultAsync(cancellationToken);
        if (zone is null)
        {
            return [];
        }
        var gates = await db.ScanPoints.AsNoTracking().Where(p => p.EditionId == editionId && p.Kind == ScanPointKind.Gate)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        var (from, until) = EditionDay.Bounds(EditionDay.DateOf(time.GetUtcNow(), zone), zone);
        var scans = await db.ScanLog.AsNoTracking().Where(s => s.EditionId == editionId && s.ScanPointId != null)
            .GroupBy(s => s.ScanPointId!.Value)
            .Select(g => new { g.Key, All = g.Count(), Today = g.Count(s => s.At >= from && s.At < until) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var admissions = await db.CheckIns.AsNoTracking().Where(c => c.EditionId == editionId)
            .GroupBy(c => c.ScanPointId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return gates.Select(g => new GateRow(g, scans.GetValueOrDefault(g.Id)?.Today ?? 0, admissions.GetValueOrDefault(g.Id),
            scans.GetValueOrDefault(g.Id)?.All ?? 0)).ToList();
    }

    public async Task<OperationResult<int>> CreateAsync(int editionId, GateInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        if (GateRules.Validate(input) is { Count: > 0 } invalid)
        {
            return OperationResult<int>.Fail([.. invalid]);
        }
        var code = GateRules.NormaliseCode(input.Code);
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } otherEdition)
            {
                return OperationResult<int>.Fail(otherEdition);
            }
            if (!await db.Editions.AnyAsync(e => e.Id == editionId, cancellationToken))
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
            if (await CodeTakenAsync(db, editionId, code, null, cancellationToken))
            {
                return OperationResult<int>.Fail(CodeTaken(code));
            }
            var order = await db.ScanPoints.Where(p => p.EditionId == editionId).MaxAsync(p => (int?)p.SortOrder, cancellationToken) ?? 0;
            var gate = new ScanPoint { EditionId = editionId, Kind = ScanPointKind.Gate, SortOrder = order + 1 };
            Apply(gate, input);
            db.ScanPoints.Add(gate);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, actor, "scanpoint.created", nameof(ScanPoint), gate.Id, editionId, after: Snapshot(gate));
            return OperationResult<int>.Ok(gate.Id);
        }, cancellationToken,
        onConflict: () => Task.FromResult(OperationResult<int>.Fail(CodeTaken(code))),
        publish: _ => Publish(editionId));
    }

    public Task<OperationResult<int>> UpdateAsync(int id, GateInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.Version, "scanpoint.updated", cancellationToken, async (db, gate) =>
        {
            if (GateRules.Validate(input) is { Count: > 0 } invalid)
            {
                return invalid;
            }
            var code = GateRules.NormaliseCode(input.Code);
            if (await CodeTakenAsync(db, gate.EditionId, code, id, cancellationToken))
            {
                return [CodeTaken(code)];
            }
            Apply(gate, input);
            return [];
        });

    public Task<OperationResult<int>> CloseAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, "scanpoint.closed", cancellationToken, (_, gate) =>
        {
            gate.IsClosed = true;
            return Task.FromResult(new List<OperationError>());
        });

    public Task<OperationResult<int>> ReopenAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, "scanpoint.reopened", cancellationToken, (_, gate) =>
        {
            gate.IsClosed = false;
            return Task.FromResult(new List<OperationError>());
        });

    /// <summary>Deletes a gate nothing was recorded at; otherwise says why, so the organiser can close it instead.</summary>
    public Task<OperationResult<int>> DeleteAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, "scanpoint.deleted", cancellationToken, async (db, gate) =>
        {
            var admissions = await db.CheckIns.CountAsync(c => c.ScanPointId == id, cancellationToken);
            var scans = await db.ScanLog.CountAsync(s => s.ScanPointId == id, cancellationToken);
            if (admissions > 0 || scans > 0)
            {
                return [OperationError.Of(InUseError, gate.Name, admissions, scans)];
            }
            db.ScanPoints.Remove(gate);
            return [];
        });

    private async Task<OperationResult<int>> ChangeAsync(int id, long version, string action, CancellationToken cancellationToken,
        Func<EventDbContext, ScanPoint, Task<List<OperationError>>> change)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        var editionId = 0;
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            var gate = await db.ScanPoints.FirstOrDefaultAsync(p => p.Id == id && p.Kind == ScanPointKind.Gate, cancellationToken);
            if (gate is null)
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, gate.EditionId, cancellationToken) is { } otherEdition)
            {
                return OperationResult<int>.Fail(otherEdition);
            }
            if (gate.Version != version)
            {
                return OperationResult<int>.Fail(CommonErrors.Concurrency);
            }
            var before = Snapshot(gate);
            if (await change(db, gate) is { Count: > 0 } refused)
            {
                return OperationResult<int>.Fail([.. refused]);
            }
            var deleted = db.Entry(gate).State == EntityState.Deleted;
            db.ExpectVersion(gate, version);
            audit.Add(db, actor, action, nameof(ScanPoint), gate.Id, gate.EditionId, before, deleted ? null : Snapshot(gate));
            editionId = gate.EditionId;
            return OperationResult<int>.Ok(gate.Id);
        }, cancellationToken, publish: _ => Publish(editionId));
    }

    private void Publish(int editionId) => changes.Publish(new ScanPointChange(editionId));

    private static Task<bool> CodeTakenAsync(EventDbContext db, int editionId, string code, int? exceptId, CancellationToken cancellationToken)
    {
        var folded = code.ToLowerInvariant();
        return db.ScanPoints.AnyAsync(p => p.EditionId == editionId && p.Code.ToLower() == folded && p.Id != exceptId, cancellationToken);
    }

    private static OperationError CodeTaken(string code) => OperationError.ForField(GateRules.Fields.Code, CodeTakenError, code);

    private static void Apply(ScanPoint gate, GateInput input)
    {
        gate.Code = GateRules.NormaliseCode(input.Code);
        gate.Name = GateRules.Clean(input.Name);
        gate.Location = GateRules.Clean(input.Location) is { Length: > 0 } location ? location : null;
    }

    private static object Snapshot(ScanPoint p) => new { p.Code, p.Name, p.Location, p.IsClosed };
}
