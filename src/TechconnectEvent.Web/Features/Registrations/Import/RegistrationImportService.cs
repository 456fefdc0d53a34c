using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths.Import;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Import;

/// <summary>
/// Registers invited delegates from a CSV or XLSX list: all rows or none. The file is read by the booth import's
/// reader (same encodings, size and shape limits); the check runs for the preview and again inside the writing
/// transaction, so an e-mail registered meanwhile still makes the import fail cleanly.
/// </summary>
public sealed class RegistrationImportService(
    IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ICurrentActor currentActor, TimeProvider time)
{
    public async Task<RegistrationImportReport> ValidateAsync(int editionId, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var (table, problem) = BoothFileReader.Read(fileName, content);
        if (table is null)
        {
            return RegistrationImportReport.From(problem!);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return RegistrationImportValidator.Validate(table, await ContextAsync(db, editionId, cancellationToken));
    }

    public async Task<RegistrationImportResult> ImportAsync(int editionId, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!RegistrationRights.MayDecide(actor))
        {
            return Failed(CommonErrors.Forbidden);
        }
        var (table, problem) = BoothFileReader.Read(fileName, content);
        if (table is null)
        {
            return new RegistrationImportResult(RegistrationImportReport.From(problem!), 0);
        }
        var result = await dbFactory.WriteAsync<EventDbContext, RegistrationImportResult>(async db =>
        {
            var report = RegistrationImportValidator.Validate(table, await ContextAsync(db, editionId, cancellationToken));
            if (!report.IsValid)
            {
                // A failed write result rolls back; the report travels in the value of a success that wrote nothing.
                return OperationResult<RegistrationImportResult>.Ok(new RegistrationImportResult(report, 0));
            }
            var now = time.GetUtcNow();
            var registrations = report.People.Select(p => New(editionId, p, now)).ToList();
            db.Registrations.AddRange(registrations);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, actor, "registration.imported", nameof(Registration), fileName.Length > 60 ? fileName[..60] : fileName, editionId,
                after: new { Count = registrations.Count, Ids = registrations.Select(r => r.Id).ToList() });
            return OperationResult<RegistrationImportResult>.Ok(new RegistrationImportResult(report, registrations.Count));
        }, cancellationToken, onConflict: () => Task.FromResult(OperationResult<RegistrationImportResult>.Ok(
            Failed(OperationError.Of("Registrations.Import.ChangedMeanwhile")))));
        return result.Succeeded ? result.Value! : Failed(result.Errors[0]);
    }

    /// <summary>
    /// The organisers drew up the invitation list themselves, so the invitation is the approval: imported people are
    /// Confirmed even in a category that needs approval, and a category's capacity does not refuse them.
    /// </summary>
    private static Registration New(int editionId, InvitedPerson p, DateTimeOffset now) => new()
    {
        EditionId = editionId,
        CategoryId = p.CategoryId,
        Honorific = p.Honorific,
        FullName = p.FullName,
        OrganizationName = p.OrganizationName,
        Position = p.Position,
        Email = p.Email,
        EmailKey = Registration.KeyOfEmail(p.Email),
        Phone = p.Phone,
        Nationality = p.Nationality,
        DaysMask = p.DaysMask,
        Status = RegistrationStatus.Confirmed,
        Source = RegistrationSource.Invited,
        RegisteredAt = now,
        DecidedAt = now,
        BadgeCode = BadgeCodes.New(),
        BadgeIssuedAt = now,
        ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
    };

    private static RegistrationImportResult Failed(OperationError error) => new(RegistrationImportReport.FileProblem(error), 0);

    private static async Task<RegistrationImportContext> ContextAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == editionId)
            .OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        // Codes first, so a name that happens to equal another category's code never hides that code.
        foreach (var category in categories)
        {
            byKey.TryAdd(RegistrationImportValidator.CategoryKey(category.Code), category.Id);
        }
        foreach (var category in categories)
        {
            byKey.TryAdd(RegistrationImportValidator.CategoryKey(category.Name.Vi), category.Id);
            byKey.TryAdd(RegistrationImportValidator.CategoryKey(category.Name.En), category.Id);
        }
        var edition = await db.Editions.AsNoTracking().FirstAsync(e => e.Id == editionId, cancellationToken);
        var taken = await db.Registrations.AsNoTracking().Where(r => r.EditionId == editionId && r.EmailKey != null)
            .Select(r => r.EmailKey!).ToListAsync(cancellationToken);
        return new RegistrationImportContext(byKey, RegistrationDetailRules.DayCount(edition.StartDate, edition.EndDate), taken.ToHashSet(StringComparer.Ordinal));
    }
}
