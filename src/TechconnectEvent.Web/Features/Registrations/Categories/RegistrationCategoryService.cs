using System.Text;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Categories;

/// <summary>A category and how many people hold a place in it (Pending and Confirmed) and in all.</summary>
public sealed record CategoryRow(RegistrationCategory Category, int Taken, int Registrations);

/// <summary>The categories of an edition: the organisers' to create, edit and delete; each write versioned and audited.</summary>
public sealed class RegistrationCategoryService(
    IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ICurrentActor currentActor)
{
    public async Task<IReadOnlyList<CategoryRow>> ListAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == editionId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        var counts = await db.Registrations.AsNoTracking().Where(r => r.EditionId == editionId)
            .GroupBy(r => r.CategoryId)
            .Select(g => new
            {
                g.Key,
                All = g.Count(),
                Taken = g.Count(r => r.Status == RegistrationStatus.Pending || r.Status == RegistrationStatus.Confirmed),
            })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        return categories.Select(c => new CategoryRow(c, counts.GetValueOrDefault(c.Id)?.Taken ?? 0, counts.GetValueOrDefault(c.Id)?.All ?? 0)).ToList();
    }

    public async Task<OperationResult<int>> CreateAsync(int editionId, CategoryInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!RegistrationRights.MayDecide(actor))
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        if (CategoryRules.Validate(input) is { Count: > 0 } invalid)
        {
            return OperationResult<int>.Fail([.. invalid]);
        }
        var category = new RegistrationCategory { EditionId = editionId, Name = new LocalizedText("", "") };
        Apply(category, input);
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            if (await db.RegistrationCategories.AnyAsync(c => c.EditionId == editionId && c.Code == category.Code, cancellationToken))
            {
                return OperationResult<int>.Fail(CodeTaken(category.Code));
            }
            db.RegistrationCategories.Add(category);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, actor, "registration-category.created", nameof(RegistrationCategory), category.Id, editionId, after: Snapshot(category));
            return OperationResult<int>.Ok(category.Id);
        }, cancellationToken, onConflict: () => Task.FromResult(OperationResult<int>.Fail(CodeTaken(category.Code))));
    }

    public Task<OperationResult<int>> UpdateAsync(int id, CategoryInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.Version, "registration-category.updated", cancellationToken, async (db, category) =>
        {
            if (CategoryRules.Validate(input) is { Count: > 0 } invalid)
            {
                return invalid;
            }
            var code = CategoryRules.NormaliseCode(input.Code);
            if (await db.RegistrationCategories.AnyAsync(c => c.EditionId == category.EditionId && c.Code == code && c.Id != id, cancellationToken))
            {
                return [CodeTaken(code)];
            }
            Apply(category, input);
            return [];
        });

    /// <summary>Deletes a category nobody is registered in; otherwise says how many are, so the organiser can move them.</summary>
    public Task<OperationResult<int>> DeleteAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, "registration-category.deleted", cancellationToken, async (db, category) =>
        {
            var used = await db.Registrations.CountAsync(r => r.CategoryId == id, cancellationToken);
            if (used > 0)
            {
                return [OperationError.Of("Categories.InUse", category.Name.Current, used)];
            }
            db.RegistrationCategories.Remove(category);
            return [];
        });

    private async Task<OperationResult<int>> ChangeAsync(int id, long version, string action, CancellationToken cancellationToken,
        Func<EventDbContext, RegistrationCategory, Task<List<OperationError>>> change)
    {
        var actor = await currentActor.GetAsync();
        if (!RegistrationRights.MayDecide(actor))
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            var category = await db.RegistrationCategories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (category is null)
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, category.EditionId, cancellationToken) is { } otherEdition)
            {
                return OperationResult<int>.Fail(otherEdition);
            }
            if (category.Version != version)
            {
                return OperationResult<int>.Fail(CommonErrors.Concurrency);
            }
            var before = Snapshot(category);
            if (await change(db, category) is { Count: > 0 } refused)
            {
                return OperationResult<int>.Fail([.. refused]);
            }
            var deleted = db.Entry(category).State == EntityState.Deleted;
            db.ExpectVersion(category, version);
            audit.Add(db, actor, action, nameof(RegistrationCategory), category.Id, category.EditionId, before, deleted ? null : Snapshot(category));
            return OperationResult<int>.Ok(category.Id);
        }, cancellationToken);
    }

    private static OperationError CodeTaken(string code) => OperationError.ForField(CategoryRules.Fields.Code, "Categories.CodeTaken", code);

    private static void Apply(RegistrationCategory category, CategoryInput input)
    {
        category.Code = CategoryRules.NormaliseCode(input.Code);
        category.Name = new LocalizedText(Clean(input.NameVi), Clean(input.NameEn));
        category.Colour = input.Colour.ToUpperInvariant();
        category.RequiresApproval = input.RequiresApproval;
        category.Capacity = input.Capacity;
        category.WaitlistWhenFull = input.Capacity is not null && input.WaitlistWhenFull;
        category.OpenToPublic = input.OpenToPublic;
        category.Ribbon = input.Ribbon;
        category.SortOrder = input.SortOrder;
    }

    private static string Clean(string text) => text.Trim().Normalize(NormalizationForm.FormC);

    private static object Snapshot(RegistrationCategory c) => new
    {
        c.Code, NameVi = c.Name.Vi, NameEn = c.Name.En, c.Colour, c.RequiresApproval, c.Capacity, c.WaitlistWhenFull, c.OpenToPublic,
        Ribbon = c.Ribbon.ToString(), c.SortOrder,
    };
}
