using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Admin;

/// <summary>What the edit dialog needs besides the details: the choices and the field rules that depend on the record.</summary>
public sealed record RegistrationEditContext(RegistrationDetails Details, string Code, bool EmailRequired, int DayCount, DateOnly FirstDay,
    IReadOnlyList<RegistrationCategory> Categories);

public sealed partial class RegistrationAdminService
{
    public async Task<RegistrationEditContext?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        if (!RegistrationRights.MayEditDetails(await currentActor.GetAsync()))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var registration = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null)
        {
            return null;
        }
        var edition = await db.Editions.AsNoTracking().FirstAsync(e => e.Id == registration.EditionId, cancellationToken);
        var categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == registration.EditionId)
            .OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        return new RegistrationEditContext(RegistrationDetails.From(registration), registration.BadgeCode,
            EmailRequired(registration), RegistrationDetailRules.DayCount(edition.StartDate, edition.EndDate), edition.StartDate, categories);
    }

    /// <summary>Corrects the person's details: organisers, and desk staff for the person in front of them.</summary>
    public async Task<OperationResult> UpdateAsync(int id, RegistrationDetails input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!RegistrationRights.MayEditDetails(actor))
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        return await dbFactory.WriteAsync<EventDbContext, bool>(async db =>
        {
            var (registration, cannotWrite) = await LoadForWriteAsync(db, actor, id, input.Version, cancellationToken);
            if (registration is null)
            {
                return OperationResult<bool>.Fail(cannotWrite!);
            }
            var edition = await db.Editions.AsNoTracking().FirstAsync(e => e.Id == registration.EditionId, cancellationToken);
            var errors = RegistrationDetailRules.Validate(input, RegistrationDetailRules.DayCount(edition.StartDate, edition.EndDate), EmailRequired(registration));
            if (!await db.RegistrationCategories.AnyAsync(c => c.Id == input.CategoryId && c.EditionId == registration.EditionId, cancellationToken))
            {
                errors.Add(OperationError.ForField(RegistrationDetailRules.Fields.Category, "Registrations.CategoryRequired"));
            }
            var emailKey = Registration.KeyOfEmail(RegistrationDetailRules.Clean(input.Email));
            if (emailKey is not null && errors.All(e => e.Field != RegistrationDetailRules.Fields.Email)
                && await db.Registrations.AnyAsync(r => r.EditionId == registration.EditionId && r.EmailKey == emailKey && r.Id != id, cancellationToken))
            {
                errors.Add(OperationError.ForField(RegistrationDetailRules.Fields.Email, EmailTaken));
            }
            if (errors.Count > 0)
            {
                return OperationResult<bool>.Fail([.. errors]);
            }
            var before = Snapshot(registration);
            RegistrationDetailRules.Apply(registration, input);
            db.ExpectVersion(registration, input.Version);
            audit.Add(db, actor, "registration.updated", nameof(Registration), registration.Id, registration.EditionId, before, Snapshot(registration));
            return OperationResult<bool>.Ok(true);
        }, cancellationToken, onConflict: () => Task.FromResult(OperationResult<bool>.Fail(
            OperationError.ForField(RegistrationDetailRules.Fields.Email, EmailTaken))));
    }

    private const string EmailTaken = "Registrations.EmailTaken";

    private static bool EmailRequired(Registration registration) => registration.Source == RegistrationSource.Online;
}
