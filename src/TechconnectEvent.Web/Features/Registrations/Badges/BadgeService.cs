using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SkiaSharp;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Infrastructure.Text;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Registrations.Badges;

/// <summary>A registration whose name no available font can draw, with the characters that are missing.</summary>
public sealed record UnprintableName(int RegistrationId, string FullName, IReadOnlyList<string> Missing);

/// <summary>The badges a filter selects, in name order, and the names left out because they cannot be printed.</summary>
public sealed record BadgeSelection(IReadOnlyList<BadgeContent> Badges, IReadOnlyList<UnprintableName> Unprintable);

/// <summary>A category as the badge page offers it in its filter.</summary>
public sealed record BadgeCategoryOption(string Code, string Name);

/// <summary>
/// Badges of the working edition: which registrations a filter selects, the PDF, print tracking (when, by whom,
/// how many times) and reissuing a badge code. Staff and organisers print; only organisers reissue.
/// </summary>
public sealed class BadgeService(
    IDbContextFactory<EventDbContext> dbFactory,
    EditionService editions,
    AuditTrail audit,
    ICurrentActor currentActor,
    TimeProvider time,
    PdfFontProvider fonts,
    IStringLocalizer<SharedResource> localizer)
{
    public const string PrintedAction = "badges.printed";
    public const string ReissuedAction = "registration.badge-reissued";

    public Task<Edition?> WorkingEditionAsync(CancellationToken cancellationToken = default) =>
        editions.GetWorkingAsync(cancellationToken);

    /// <summary>An edition by id, for work that runs outside the person's request (background jobs).</summary>
    public async Task<Edition?> EditionAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == editionId, cancellationToken);
    }

    public async Task<IReadOnlyList<BadgeCategoryOption>> CategoriesAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == editionId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        return categories.Select(c => new BadgeCategoryOption(c.Code, c.Name.For(CultureInfo.CurrentUICulture))).ToList();
    }

    /// <summary>The badges of <paramref name="editionId"/> that match, in the current UI culture; null for an unknown category.</summary>
    public async Task<BadgeSelection?> SelectAsync(int editionId, BadgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == editionId)
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var query = db.Registrations.AsNoTracking().Where(r => r.EditionId == editionId);
        if (filter.RegistrationId is { } id)
        {
            query = query.Where(r => r.Id == id);
        }
        else
        {
            if (filter.CategoryCode is { } code)
            {
                var category = categories.Values.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
                if (category is null)
                {
                    return null;
                }
                query = query.Where(r => r.CategoryId == category.Id);
            }
            query = query.Where(r => r.Status == filter.Status);
            if (filter.NotPrinted)
            {
                query = query.Where(r => r.PrintCount == 0);
            }
            // The search key holds the folded organisation among other fields: it narrows in SQL, the exact
            // organisation test below keeps a name or an e-mail from matching.
            foreach (var word in TextFolding.Words(filter.Organization))
            {
                query = query.Where(r => EF.Functions.Like(r.SearchKey, TextFolding.ContainsPattern(word), TextFolding.LikeEscape));
            }
        }
        var rows = await query.OrderBy(r => r.NameKey).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var words = TextFolding.Words(filter.Organization);
        if (filter.RegistrationId is null && words.Count > 0)
        {
            rows = rows.Where(r => words.All(TextFolding.Fold(r.OrganizationName).Contains)).ToList();
        }

        var badges = new List<BadgeContent>(rows.Count);
        var unprintable = new List<UnprintableName>();
        foreach (var row in rows)
        {
            var missing = fonts.FindUncovered(row.FullName);
            if (missing.Count > 0)
            {
                unprintable.Add(new UnprintableName(row.Id, row.FullName, missing));
                continue;
            }
            badges.Add(Content(row, categories[row.CategoryId]));
        }
        return new BadgeSelection(badges, unprintable);
    }

    /// <summary>Writes the PDF of the selected badges; the caller has checked there is at least one.</summary>
    public void Render(Stream output, Edition edition, BadgeLayout layout, IReadOnlyList<BadgeContent> badges,
        Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        var culture = CultureInfo.CurrentUICulture;
        var batch = new BadgeBatch(localizer["Badges.DocumentTitle", edition.Name.For(culture)], edition.Name.For(culture), layout, badges, time.GetUtcNow());
        BadgeDocument.Write(output, fonts, batch, progress, cancellationToken);
    }

    /// <summary>
    /// Records that these badges were printed: one more print each, when and by whom, in one transaction with
    /// one audit row for the batch.
    /// </summary>
    public async Task<OperationResult<int>> RecordPrintedAsync(int editionId, IReadOnlyCollection<int> registrationIds, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!MayPrint(actor))
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        var now = time.GetUtcNow();
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            var ids = registrationIds.ToHashSet();
            var rows = await db.Registrations.Where(r => r.EditionId == editionId && ids.Contains(r.Id)).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                row.PrintCount++;
                row.LastPrintedAt = now;
                row.LastPrintedBy = actor.UserName;
                row.Touch();
            }
            // One row for the batch: a thousand badges are one act of printing, not a thousand changes.
            audit.Add(db, actor, PrintedAction, nameof(Registration), rows.Count == 1 ? rows[0].Id : "batch", editionId,
                after: new { Count = rows.Count }, details: rows.Count.ToString(CultureInfo.InvariantCulture));
            return OperationResult<int>.Ok(rows.Count);
        }, cancellationToken);
    }

    /// <summary>
    /// A new badge code for a lost or compromised badge: the old code stops opening any gate at once. Organisers only.
    /// </summary>
    public async Task<OperationResult<string>> ReissueAsync(int registrationId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<string>.Fail(CommonErrors.Forbidden);
        }
        return await dbFactory.WriteAsync<EventDbContext, string>(async db =>
        {
            var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
            if (registration is null)
            {
                return OperationResult<string>.Fail(CommonErrors.NotFound);
            }
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, registration.EditionId, cancellationToken) is { } otherEdition)
            {
                return OperationResult<string>.Fail(otherEdition);
            }
            var before = new { registration.BadgeReissues, registration.BadgeIssuedAt };
            // The old code is kept aside so that the gates can say "reissued" instead of "unknown".
            db.RetiredBadgeCodes.Add(new RetiredBadgeCode { Code = registration.BadgeCode, RegistrationId = registration.Id, RetiredAt = time.GetUtcNow() });
            registration.BadgeCode = BadgeCodes.New();
            registration.BadgeReissues++;
            registration.BadgeIssuedAt = time.GetUtcNow();
            registration.Touch();
            // The codes themselves stay out of the audit log: a code is a key to the gates.
            audit.Add(db, actor, ReissuedAction, nameof(Registration), registration.Id, registration.EditionId,
                before, new { registration.BadgeReissues, registration.BadgeIssuedAt });
            return OperationResult<string>.Ok(registration.BadgeCode);
        }, cancellationToken);
    }

    public static bool MayPrint(Actor actor) => Policies.RolesOf(Policies.StaffAndOrganisers).Any(actor.IsInRole);

    private BadgeContent Content(Registration row, RegistrationCategory category)
    {
        var culture = CultureInfo.CurrentUICulture;
        var ribbon = row.Ribbon ?? category.Ribbon;
        return new BadgeContent(
            row.Id,
            row.BadgeCode,
            row.FullName,
            row.Honorific == Honorific.None ? null : localizer["Badges.Honorific." + row.Honorific].Value,
            row.Position,
            row.OrganizationName,
            category.Name.For(culture),
            category.Colour,
            ribbon == BadgeRibbon.None ? null : localizer["Badges.Ribbon." + ribbon].Value,
            RibbonColour(ribbon));
    }

    private static SKColor RibbonColour(BadgeRibbon ribbon) => ribbon switch
    {
        BadgeRibbon.Speaker => new SKColor(0x4A, 0x14, 0x8C),
        BadgeRibbon.Chair => new SKColor(0x88, 0x0E, 0x4F),
        BadgeRibbon.Exhibitor => new SKColor(0xBF, 0x36, 0x0C),
        BadgeRibbon.Press => new SKColor(0x21, 0x21, 0x21),
        BadgeRibbon.Organiser => new SKColor(0xF9, 0xA8, 0x25),
        _ => SKColors.Transparent,
    };
}
