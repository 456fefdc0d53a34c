using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>
/// The organisers' MoU register: reads scoped to one edition, and writes that each check the actor, the working
/// edition and the version, apply <see cref="MouRules"/>, and commit with their audit row in one transaction.
/// </summary>
public sealed class MouService(
    IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ICurrentActor currentActor,
    ChangeNotifier<ConnectionChange> changes, TimeProvider time)
{
    public async Task<IReadOnlyList<MouRow>> ListAsync(int editionId, MouStatus? status = null, CancellationToken cancellationToken = default)
    {
        if (!(await currentActor.GetAsync()).IsOrganiser)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LoadRegisterAsync(db, editionId, status, cancellationToken);
    }

    /// <summary>The register in ceremony and stage order (MoUs without a ceremony last), without an actor check: callers guard it.</summary>
    internal static async Task<IReadOnlyList<MouRow>> LoadRegisterAsync(EventDbContext db, int editionId, MouStatus? status, CancellationToken cancellationToken)
    {
        var query = db.Mous.AsNoTracking().AsSplitQuery().Include(m => m.Parties).Include(m => m.Witnesses).Where(m => m.EditionId == editionId);
        if (status is { } wanted)
        {
            query = query.Where(m => m.Status == wanted);
        }
        var mous = await query.OrderBy(m => m.CeremonySessionId == null).ThenBy(m => m.CeremonySessionId).ThenBy(m => m.StageOrder).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var names = await OrganizationNamesAsync(db, mous.SelectMany(m => m.Parties).Select(p => p.OrganizationId), cancellationToken);
        var ceremonies = (await CeremoniesAsync(db, editionId, cancellationToken)).ToDictionary(c => c.Id);
        return mous.Select(m => new MouRow(m, Parties(m, names),
            m.CeremonySessionId is { } id ? ceremonies.GetValueOrDefault(id) : null)).ToList();
    }

    /// <summary>One MoU for an organiser; null when it does not exist or the actor may not see it.</summary>
    public async Task<MouDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        if (!(await currentActor.GetAsync()).IsOrganiser)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mou = await db.Mous.AsNoTracking().AsSplitQuery()
            .Include(m => m.Parties).Include(m => m.Witnesses).Include(m => m.Items).Include(m => m.Documents)
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mou is null)
        {
            return null;
        }
        var zone = await db.Editions.Where(e => e.Id == mou.EditionId).Select(e => e.TimeZoneId).FirstAsync(cancellationToken);
        var names = await OrganizationNamesAsync(db, mou.Parties.Select(p => p.OrganizationId), cancellationToken);
        var ceremony = (await CeremoniesAsync(db, mou.EditionId, cancellationToken)).FirstOrDefault(c => c.Id == mou.CeremonySessionId);
        return new MouDetail(mou, Parties(mou, names), ceremony, zone);
    }

    public async Task<IReadOnlyList<MouOrganization>> OrganizationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Organizations.AsNoTracking().OrderBy(o => o.NameKey).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return rows.Select(o => new MouOrganization(o.Id, o.Name)).ToList();
    }

    public async Task<IReadOnlyList<MouCeremony>> CeremoniesAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await CeremoniesAsync(db, editionId, cancellationToken);
    }

    public async Task<OperationResult<int>> CreateAsync(int editionId, MouInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        if (MouRules.Validate(input, MouStatus.Proposed) is { Count: > 0 } invalid)
        {
            return OperationResult<int>.Fail([.. invalid]);
        }
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } otherEdition)
            {
                return OperationResult<int>.Fail(otherEdition);
            }
            var zone = await db.Editions.Where(e => e.Id == editionId).Select(e => e.TimeZoneId).FirstOrDefaultAsync(cancellationToken);
            if (zone is null)
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
            var now = time.GetUtcNow();
            var mou = new Mou { EditionId = editionId, Title = new LocalizedText("", ""), CreatedAt = now };
            if (await ApplyAsync(db, mou, input, zone, cancellationToken) is { Count: > 0 } refused)
            {
                return OperationResult<int>.Fail([.. refused]);
            }
            db.Mous.Add(mou);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, actor, "mou.created", nameof(Mou), mou.Id, editionId, after: Snapshot(mou));
            return OperationResult<int>.Ok(mou.Id);
        }, cancellationToken, publish: _ => changes.Publish(new ConnectionChange(editionId, ConnectionArea.Mous)));
    }

    /// <summary>Saves the header, parties, witnesses and items together; a signed or exchanged MoU only with a reason.</summary>
    public Task<OperationResult<int>> UpdateAsync(int id, MouInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(id, input.Version, "mou.updated", cancellationToken, async (db, mou, zone) =>
        {
            if (MouRules.Validate(input, mou.Status) is { Count: > 0 } invalid)
            {
                return (invalid, null);
            }
            if (await ApplyAsync(db, mou, input, zone, cancellationToken) is { Count: > 0 } refused)
            {
                return (refused, null);
            }
            // An edit may not leave a prepared or signed MoU without what that status needed.
            var broken = mou.Status == MouStatus.Cancelled ? [] : MouRules.Missing(mou, mou.Status);
            return (broken, MouRules.ChangeNeedsReason(mou.Status) ? MouRules.Clean(input.ChangeReason) : null);
        });
    }

    /// <param name="signedAtLocal">The signing time on the edition's clock, when moving to Signed (else ignored).</param>
    public Task<OperationResult<int>> ChangeStatusAsync(int id, long version, MouStatus to, string? reason,
        DateTime? signedAtLocal = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, "mou.status", cancellationToken, async (db, mou, zone) =>
        {
            var actor = await currentActor.GetAsync();
            DateTimeOffset? signedAt = to == MouStatus.Signed && signedAtLocal is { } local ? ToInstant(local, zone) : null;
            if (MouRules.CheckMove(mou, to, reason, actor.IsOrganiser, signedAt) is { Count: > 0 } refused)
            {
                return ([.. refused], null);
            }
            var from = mou.Status;
            mou.Status = to;
            if (signedAt is not null)
            {
                mou.SignedAt = signedAt;
            }
            mou.CancellationReason = to == MouStatus.Cancelled ? MouRules.Clean(reason) : from == MouStatus.Cancelled ? null : mou.CancellationReason;
            var text = string.IsNullOrWhiteSpace(reason) ? $"{from} → {to}" : $"{from} → {to}: {MouRules.Clean(reason)}";
            return ([], text);
        });

    /// <summary>Load with the aggregate, refuse another edition or a stale version, change, audit before and after: one transaction.</summary>
    /// <param name="change">Returns the refusals (nothing is written then) or the audit details.</param>
    private async Task<OperationResult<int>> ChangeAsync(int id, long version, string action, CancellationToken cancellationToken,
        Func<EventDbContext, Mou, string, Task<(IReadOnlyList<OperationError> Refused, string? Details)>> change)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        var editionId = 0;
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            var mou = await db.Mous.AsSplitQuery().Include(m => m.Parties).Include(m => m.Witnesses).Include(m => m.Items)
                .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (mou is null)
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
            editionId = mou.EditionId;
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } otherEdition)
            {
                return OperationResult<int>.Fail(otherEdition);
            }
            if (mou.Version != version)
            {
                return OperationResult<int>.Fail(CommonErrors.Concurrency);
            }
            var zone = await db.Editions.Where(e => e.Id == editionId).Select(e => e.TimeZoneId).FirstAsync(cancellationToken);
            var before = Snapshot(mou);
            var (refused, details) = await change(db, mou, zone);
            if (refused.Count > 0)
            {
                return OperationResult<int>.Fail([.. refused]);
            }
            mou.UpdatedAt = time.GetUtcNow();
            db.ExpectVersion(mou, version);
            audit.Add(db, actor, action, nameof(Mou), id, editionId, before, Snapshot(mou), details);
            return OperationResult<int>.Ok(id);
        }, cancellationToken, publish: _ => changes.Publish(new ConnectionChange(editionId, ConnectionArea.Mous)));
    }

    private static async Task<IReadOnlyList<OperationError>> ApplyAsync(EventDbContext db, Mou mou, MouInput input, string zone, CancellationToken cancellationToken)
    {
        if (input.CeremonySessionId is { } ceremonyId && !await db.ForumSessions.AnyAsync(
                s => s.Id == ceremonyId && s.EditionId == mou.EditionId && s.Kind == SessionKind.MouCeremony, cancellationToken))
        {
            return [OperationError.ForField(MouRules.Fields.Ceremony, "Mou.CeremonyInvalid")];
        }
        var organizations = input.Parties.Select(p => p.OrganizationId!.Value).Distinct().ToList();
        if (await db.Organizations.CountAsync(o => organizations.Contains(o.Id), cancellationToken) != organizations.Count)
        {
            return [OperationError.ForField(MouRules.Fields.Parties, "Mou.PartyUnknownOrganization")];
        }
        if (input.CeremonySessionId is not null && input.StageOrder is not null)
        {
            var sameCeremony = await db.Mous.AsNoTracking()
                .Where(m => m.CeremonySessionId == input.CeremonySessionId && m.StageOrder == input.StageOrder && m.Id != mou.Id)
                .ToListAsync(cancellationToken);
            if (MouRules.StageClash(mou.Id, input.CeremonySessionId, input.StageOrder, sameCeremony) is { } other)
            {
                return [OperationError.ForField(MouRules.Fields.StageOrder, "Mou.StageOrderTaken", input.StageOrder, other.Title.Current)];
            }
        }
        mou.Title = new LocalizedText(MouRules.Clean(input.TitleVi), MouRules.Clean(input.TitleEn));
        mou.Field = input.Field;
        mou.Summary = new LocalizedText(MouRules.Clean(input.SummaryVi), MouRules.Clean(input.SummaryEn));
        mou.CeremonySessionId = input.CeremonySessionId;
        mou.StageOrder = input.StageOrder;
        mou.SignedAt = input.SignedAtLocal is { } local ? ToInstant(local, zone) : null;
        mou.ValueVnd = input.ValueVnd;
        Replace(db, mou.Parties, input.Parties.Select((p, i) => new MouParty
        {
            OrganizationId = p.OrganizationId!.Value, Role = p.Role, SignatoryName = MouRules.Clean(p.SignatoryName),
            SignatoryPosition = MouRules.Clean(p.SignatoryPosition), SortOrder = i + 1,
        }));
        Replace(db, mou.Witnesses, input.Witnesses.Select((w, i) => new MouWitness { Name = MouRules.Clean(w.Name), Title = MouRules.Clean(w.Title), SortOrder = i + 1 }));
        Replace(db, mou.Items, input.Items.Select((item, i) => new MouItem
        {
            Number = i + 1, Text = new LocalizedText(MouRules.Clean(item.TextVi), MouRules.Clean(item.TextEn)),
        }));
        return [];
    }

    /// <summary>
    /// Swaps a child list for the edited one: simpler than matching rows, and the whole list is one audited change.
    /// EF orders the deletes before the inserts that reuse a unique item number.
    /// </summary>
    private static void Replace<T>(EventDbContext db, List<T> current, IEnumerable<T> next) where T : class
    {
        db.RemoveRange(current);
        current.Clear();
        current.AddRange(next);
    }

    internal static DateTimeOffset ToInstant(DateTime local, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, zone.GetUtcOffset(wall)).ToUniversalTime();
    }

    private static async Task<List<MouCeremony>> CeremoniesAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var sessions = await db.ForumSessions.AsNoTracking().Where(s => s.EditionId == editionId && s.Kind == SessionKind.MouCeremony)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Title, s.StartsAt, Room = db.Rooms.Where(r => r.Id == s.RoomId).Select(r => r.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return sessions.Select(s => new MouCeremony(s.Id, s.Title, s.StartsAt, s.Room)).ToList();
    }

    internal static async Task<Dictionary<int, LocalizedText>> OrganizationNamesAsync(EventDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    internal static List<MouPartyView> Parties(Mou mou, IReadOnlyDictionary<int, LocalizedText> names) =>
        mou.Parties.OrderBy(p => p.SortOrder).Select(p => new MouPartyView(p, names.GetValueOrDefault(p.OrganizationId) ?? new LocalizedText("?", "?"))).ToList();

    private static object Snapshot(Mou m) => new
    {
        TitleVi = m.Title.Vi, TitleEn = m.Title.En, Field = m.Field.ToString(), SummaryVi = m.Summary.Vi, SummaryEn = m.Summary.En,
        Status = m.Status.ToString(), m.CancellationReason, m.CeremonySessionId, m.StageOrder, m.SignedAt, m.ValueVnd,
        Parties = string.Join("; ", m.Parties.OrderBy(p => p.SortOrder).Select(p => $"{p.OrganizationId} {p.Role} {p.SignatoryName}, {p.SignatoryPosition}")),
        Witnesses = string.Join("; ", m.Witnesses.OrderBy(w => w.SortOrder).Select(w => $"{w.Name}, {w.Title}")),
        Items = string.Join(" ", m.Items.OrderBy(i => i.Number).Select(i => $"({i.Number}) {i.Text.Vi}")),
    };
}
