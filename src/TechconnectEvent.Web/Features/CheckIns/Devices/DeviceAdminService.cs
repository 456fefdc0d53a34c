using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.CheckIns.Devices;

/// <summary>
/// Scanner devices of an edition: list them with their scans, add one (its key shown once), rename it, change its
/// default gate, revoke it. Organisers only; the operator command acts as the system. Every change is audited and
/// announced on <see cref="ChangeNotifier{DeviceChange}"/> after it commits, so cached keys are dropped at once.
/// </summary>
public sealed class DeviceAdminService(
    IDbContextFactory<EventDbContext> dbFactory,
    AuditTrail audit,
    ICurrentActor currentActor,
    ChangeNotifier<DeviceChange> notifier,
    TimeProvider time)
{
    private const string EntityType = nameof(Device);

    public async Task<IReadOnlyList<DeviceSummary>> ListAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var devices = await (
                from device in db.Devices.AsNoTracking()
                where device.EditionId == editionId
                join gate in db.ScanPoints on device.DefaultScanPointId equals gate.Id into gates
                from gate in gates.DefaultIfEmpty()
                select new { device, GateName = gate == null ? null : gate.Name })
            .ToListAsync(cancellationToken);
        // One grouped pass over the edition's log, however many devices there are.
        var scans = await db.ScanLog.AsNoTracking()
            .Where(s => s.EditionId == editionId && s.DeviceId != null)
            .GroupBy(s => s.DeviceId)
            .Select(g => new { DeviceId = g.Key!.Value, Count = g.Count(), Last = g.Max(s => s.At) })
            .ToDictionaryAsync(s => s.DeviceId, cancellationToken);
        return devices
            .Select(row =>
            {
                var d = row.device;
                var scan = scans.GetValueOrDefault(d.Id);
                return new DeviceSummary(d.Id, d.Name, d.DefaultScanPointId, row.GateName, d.KeyHint, d.CreatedAt, d.CreatedBy,
                    d.RevokedAt, d.RevokedBy, d.Version, scan?.Count ?? 0, scan?.Last);
            })
            .OrderBy(d => d.IsRevoked).ThenBy(d => d.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>The edition's gates, open ones first, for the default-gate choice.</summary>
    public async Task<IReadOnlyList<GateOption>> ListGatesAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ScanPoints.AsNoTracking()
            .Where(p => p.EditionId == editionId && p.Kind == ScanPointKind.Gate)
            .OrderBy(p => p.IsClosed).ThenBy(p => p.SortOrder).ThenBy(p => p.Code)
            .Select(p => new GateOption(p.Id, p.Code, p.Name, p.IsClosed))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A gate of the edition by its code (any case) or its exact name, as an operator types it.</summary>
    public async Task<GateOption?> FindGateAsync(int editionId, string codeOrName, CancellationToken cancellationToken = default)
    {
        return ScanPointLookup.Find(await ListGatesAsync(editionId, cancellationToken), codeOrName, g => g.Code, g => g.Name);
    }

    /// <summary>
    /// Adds a device with a new key. Only the key's hash and first characters are stored; the clear key is in the
    /// result and nowhere else.
    /// </summary>
    public async Task<OperationResult<AddedDevice>> AddAsync(int editionId, string name, int? defaultScanPointId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!MayManage(actor))
        {
            return OperationResult<AddedDevice>.Fail(CommonErrors.Forbidden);
        }
        if (DeviceRules.CheckName(name) is { } invalid)
        {
            return OperationResult<AddedDevice>.Fail(invalid);
        }
        var key = DeviceKeys.New();
        return await dbFactory.WriteAsync<EventDbContext, AddedDevice>(async db =>
            {
                if (await RefuseAsync(db, actor, editionId, cancellationToken) is { } refused)
                {
                    return OperationResult<AddedDevice>.Fail(refused);
                }
                var device = new Device
                {
                    EditionId = editionId,
                    Name = DeviceRules.NormaliseName(name),
                    KeyHash = DeviceKeys.Hash(key),
                    KeyHint = DeviceKeys.Hint(key),
                    CreatedAt = time.GetUtcNow(),
                    CreatedBy = actor.UserName,
                };
                var errors = new List<OperationError>();
                if (await NameTakenAsync(db, device, cancellationToken) is { } taken)
                {
                    errors.Add(taken);
                }
                var gate = await GateAsync(db, editionId, defaultScanPointId, errors, cancellationToken);
                if (errors.Count > 0)
                {
                    return OperationResult<AddedDevice>.Fail([.. errors]);
                }
                device.DefaultScanPointId = gate?.Id;
                db.Devices.Add(device);
                // The audit row names the new id: saved first, committed together.
                await db.SaveChangesAsync(cancellationToken);
                audit.Add(db, actor, "device.added", EntityType, device.Id, editionId, after: Snapshot(device, gate));
                return OperationResult<AddedDevice>.Ok(new AddedDevice(device.Id, device.Name, key, gate?.Code, gate?.Name));
            },
            cancellationToken,
            publish: added => notifier.Publish(new DeviceChange(added.Id)));
    }

    public Task<OperationResult> RenameAsync(int deviceId, string name, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(deviceId, version, name, gate: null, cancellationToken);

    /// <param name="scanPointId">An open gate of the device's edition, or null for none.</param>
    public Task<OperationResult> SetDefaultGateAsync(int deviceId, int? scanPointId, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(deviceId, version, name: null, gate: new GateChoice(scanPointId), cancellationToken);

    /// <summary>Name and default gate at once, as the edit dialog saves them.</summary>
    public Task<OperationResult> UpdateAsync(int deviceId, DeviceInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(deviceId, input.Version, input.Name, new GateChoice(input.DefaultScanPointId), cancellationToken);

    /// <summary>Refuses the device's key from now on. Irreversible: a device put back into service gets a new key.</summary>
    public async Task<OperationResult> RevokeAsync(int deviceId, long version, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!MayManage(actor))
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
            {
                var (device, refused) = await LoadAsync(db, actor, deviceId, version, cancellationToken);
                if (refused is not null)
                {
                    return OperationResult<int>.Fail(refused);
                }
                device!.RevokedAt = time.GetUtcNow();
                device.RevokedBy = actor.UserName;
                db.ExpectVersion(device, version);
                audit.Add(db, actor, "device.revoked", EntityType, device.Id, device.EditionId,
                    before: new { device.Name, RevokedAt = (DateTimeOffset?)null }, after: new { device.Name, device.RevokedAt });
                return OperationResult<int>.Ok(device.Id);
            },
            cancellationToken,
            publish: id => notifier.Publish(new DeviceChange(id)));
    }

    /// <summary>Null <paramref name="gate"/> keeps the default gate; null <paramref name="name"/> keeps the name.</summary>
    private async Task<OperationResult> ChangeAsync(int deviceId, long version, string? name, GateChoice? gate, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync();
        if (!MayManage(actor))
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        if (name is not null && DeviceRules.CheckName(name) is { } invalid)
        {
            return OperationResult.Fail(invalid);
        }
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
            {
                var (device, refused) = await LoadAsync(db, actor, deviceId, version, cancellationToken);
                if (refused is not null)
                {
                    return OperationResult<int>.Fail(refused);
                }
                var before = Snapshot(device!, await GateOfAsync(db, device!.DefaultScanPointId, cancellationToken));
                var errors = new List<OperationError>();
                if (name is not null)
                {
                    device.Name = DeviceRules.NormaliseName(name);
                    if (await NameTakenAsync(db, device, cancellationToken) is { } taken)
                    {
                        errors.Add(taken);
                    }
                }
                var chosen = gate is null
                    ? await GateOfAsync(db, device.DefaultScanPointId, cancellationToken)
                    : await GateAsync(db, device.EditionId, gate.ScanPointId, errors, cancellationToken,
                        keep: device.DefaultScanPointId);
                if (errors.Count > 0)
                {
                    return OperationResult<int>.Fail([.. errors]);
                }
                device.DefaultScanPointId = chosen?.Id;
                var after = Snapshot(device, chosen);
                if (Equals(before, after))
                {
                    return OperationResult<int>.Ok(device.Id);
                }
                db.ExpectVersion(device, version);
                audit.Add(db, actor, "device.changed", EntityType, device.Id, device.EditionId, before, after);
                return OperationResult<int>.Ok(device.Id);
            },
            cancellationToken,
            publish: id => notifier.Publish(new DeviceChange(id)));
    }

    /// <summary>
    /// The console is trusted as the machine is: an operator command acts as <see cref="Actor.System"/>. Signed-in
    /// people need the Organiser role, whatever page or endpoint called.
    /// </summary>
    private static bool MayManage(Actor actor) => actor.IsOrganiser || ReferenceEquals(actor, Actor.System);

    private static async Task<(Device? Device, OperationError? Refused)> LoadAsync(
        EventDbContext db, Actor actor, int deviceId, long version, CancellationToken cancellationToken)
    {
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == deviceId, cancellationToken);
        if (device is null)
        {
            return (null, CommonErrors.NotFound);
        }
        if (await RefuseAsync(db, actor, device.EditionId, cancellationToken) is { } refused)
        {
            return (null, refused);
        }
        if (device.Version != version)
        {
            return (null, CommonErrors.Concurrency);
        }
        return device.IsRevoked ? (null, OperationError.Of(DeviceRules.Codes.Revoked, device.Name)) : (device, null);
    }

    /// <summary>A missing or archived edition, or one the person is not working on, is refused before anything is checked.</summary>
    private static async Task<OperationError?> RefuseAsync(EventDbContext db, Actor actor, int editionId, CancellationToken cancellationToken)
    {
        var edition = await db.Editions.AsNoTracking().Where(e => e.Id == editionId)
            .Select(e => new { e.Year, e.Status }).FirstOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return CommonErrors.NotFound;
        }
        if (edition.Status == EditionStatus.Archived)
        {
            return CommonErrors.EditionReadOnly(edition.Year);
        }
        return await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken);
    }

    private static async Task<OperationError?> NameTakenAsync(EventDbContext db, Device device, CancellationToken cancellationToken)
    {
        // Few devices per edition: compared here, where case folding also covers Vietnamese letters.
        var names = await db.Devices.AsNoTracking()
            .Where(d => d.EditionId == device.EditionId && d.RevokedAt == null && d.Id != device.Id)
            .Select(d => d.Name).ToListAsync(cancellationToken);
        return names.Any(n => DeviceRules.SameName(n, device.Name))
            ? OperationError.ForField(DeviceRules.Fields.Name, DeviceRules.Codes.NameTaken, device.Name)
            : null;
    }

    /// <summary>
    /// The chosen gate, which must be a gate of the edition and open; the one the device already has may stay even
    /// if it closed since, so that renaming a device does not force a new gate on it.
    /// </summary>
    private static async Task<ScanPoint?> GateAsync(EventDbContext db, int editionId, int? scanPointId, List<OperationError> errors,
        CancellationToken cancellationToken, int? keep = null)
    {
        if (scanPointId is null)
        {
            return null;
        }
        var gate = await db.ScanPoints.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == scanPointId && p.EditionId == editionId && p.Kind == ScanPointKind.Gate, cancellationToken);
        if (gate is null)
        {
            errors.Add(OperationError.ForField(DeviceRules.Fields.Gate, DeviceRules.Codes.GateUnknown));
        }
        else if (gate.IsClosed && gate.Id != keep)
        {
            errors.Add(OperationError.ForField(DeviceRules.Fields.Gate, DeviceRules.Codes.GateClosed, gate.Name));
        }
        return gate;
    }

    private static async Task<ScanPoint?> GateOfAsync(EventDbContext db, int? scanPointId, CancellationToken cancellationToken) =>
        scanPointId is null ? null : await db.ScanPoints.AsNoTracking().FirstOrDefaultAsync(p => p.Id == scanPointId, cancellationToken);

    // Never the key or its hash: the audit log is read by more people than the devices page.
    private static DeviceSnapshot Snapshot(Device device, ScanPoint? gate) => new(device.Name, gate?.Code, device.KeyHint);

    private sealed record DeviceSnapshot(string Name, string? Gate, string KeyHint);

    private sealed record GateChoice(int? ScanPointId);
}
