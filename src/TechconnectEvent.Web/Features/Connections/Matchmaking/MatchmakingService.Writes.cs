using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Matchmaking;

public sealed partial class MatchmakingService
{
    public Task<OperationResult<int>> CreateOfferAsync(int organizationId, ListingInput input, CancellationToken cancellationToken = default) =>
        CreateAsync(organizationId, input, ListingKind.Offer, editionId =>
        {
            var offer = new TechnologyOffer { EditionId = editionId, OrganizationId = organizationId, Title = new("", "") };
            input.ApplyTo(offer);
            return offer;
        }, cancellationToken);

    public Task<OperationResult<int>> CreateNeedAsync(int organizationId, ListingInput input, CancellationToken cancellationToken = default) =>
        CreateAsync(organizationId, input, ListingKind.Need, editionId =>
        {
            var need = new TechnologyNeed { EditionId = editionId, OrganizationId = organizationId, Title = new("", "") };
            input.ApplyTo(need);
            return need;
        }, cancellationToken);

    public Task<OperationResult> UpdateOfferAsync(int id, ListingInput input, long version, CancellationToken cancellationToken = default) =>
        ValidThen(input, ListingKind.Offer, () => ChangeAsync(Offers(id), version, "connection.offer.updated", (_, offer) => input.ApplyTo(offer), cancellationToken));

    public Task<OperationResult> UpdateNeedAsync(int id, ListingInput input, long version, CancellationToken cancellationToken = default) =>
        ValidThen(input, ListingKind.Need, () => ChangeAsync(Needs(id), version, "connection.need.updated", (_, need) => input.ApplyTo(need), cancellationToken));

    /// <summary>Withdraws an offer from the public list and the suggestions (kept for the requests citing it), or publishes it again.</summary>
    public Task<OperationResult> SetOfferPublishedAsync(int id, bool published, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(Offers(id), version, published ? "connection.offer.published" : "connection.offer.withdrawn",
            (_, offer) => offer.IsPublished = published, cancellationToken);

    public Task<OperationResult> SetNeedPublishedAsync(int id, bool published, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(Needs(id), version, published ? "connection.need.published" : "connection.need.withdrawn",
            (_, need) => need.IsPublished = published, cancellationToken);

    /// <summary>Deletes an offer; requests and meetings that cited it keep their other details.</summary>
    public Task<OperationResult> DeleteOfferAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(Offers(id), version, "connection.offer.deleted", (db, offer) => db.TechnologyOffers.Remove(offer), cancellationToken);

    public Task<OperationResult> DeleteNeedAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(Needs(id), version, "connection.need.deleted", (db, need) => db.TechnologyNeeds.Remove(need), cancellationToken);

    /// <summary>
    /// Offers an exhibited technology with one click: title, field, description and type (a demonstration becomes a
    /// transfer offer) from the technology, contact from the organisation. Clicking again, or two people at once,
    /// gives back the one offer there is.
    /// </summary>
    public async Task<OperationResult<OneClickOffer>> OfferTechnologyAsync(int technologyId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (await EditionForAsync(actor, cancellationToken) is not { } edition)
        {
            return OperationResult<OneClickOffer>.Fail(NoEdition);
        }
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var technology = await db.Technologies.AsNoTracking()
                .FirstOrDefaultAsync(t => t.Id == technologyId && (t.EditionId == null || t.EditionId == edition.Id), cancellationToken);
            if (technology is null)
            {
                return OperationResult<OneClickOffer>.Fail(CommonErrors.NotFound);
            }
            if (!ListingAccess.CanActFor(actor, technology.OrganizationId))
            {
                return OperationResult<OneClickOffer>.Fail(CommonErrors.Forbidden);
            }
            if (await ExistingOfferAsync(db, edition.Id, technologyId, cancellationToken) is { } existing)
            {
                return OperationResult<OneClickOffer>.Ok(new OneClickOffer(existing, false));
            }
            var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == technology.OrganizationId, cancellationToken);
            var now = time.GetUtcNow();
            var offer = new TechnologyOffer
            {
                EditionId = edition.Id, OrganizationId = technology.OrganizationId, TechnologyId = technology.Id,
                Title = technology.Title, Field = technology.Field,
                OfferType = technology.OfferType == TechnologyOfferType.Demonstration ? TechnologyOfferType.Transfer : technology.OfferType,
                // The exhibitor wrote one description without saying its language; exhibitors write Vietnamese first.
                Description = new LocalizedText(technology.Description ?? "", ""),
                ContactName = organization.ContactPerson ?? organization.ShortName ?? organization.Name.Vi,
                ContactEmail = organization.Email, ContactPhone = organization.Phone,
                CreatedAt = now, UpdatedAt = now,
            };
            return await dbFactory.InsertAsync<EventDbContext, OneClickOffer>(
                writeDb => writeDb.TechnologyOffers.Add(offer),
                writeDb =>
                {
                    audit.Add(writeDb, actor, "connection.offer.created", nameof(TechnologyOffer), offer.Id, edition.Id, after: Snapshot(offer),
                        details: "technology " + technologyId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return new OneClickOffer(offer.Id, true);
                },
                cancellationToken,
                onConflict: async () =>
                {
                    // The unique index (edition, technology) stopped a second offer written meanwhile: that one stands.
                    await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
                    return await ExistingOfferAsync(again, edition.Id, technologyId, cancellationToken) is { } raced
                        ? OperationResult<OneClickOffer>.Ok(new OneClickOffer(raced, false))
                        : OperationResult<OneClickOffer>.Fail(CommonErrors.Concurrency);
                },
                publish: _ => Publish(edition.Id));
        }
    }

    private static Task<int?> ExistingOfferAsync(EventDbContext db, int editionId, int technologyId, CancellationToken cancellationToken) =>
        db.TechnologyOffers.Where(o => o.EditionId == editionId && o.TechnologyId == technologyId)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);

    private static async Task<OperationResult> ValidThen(ListingInput input, ListingKind kind, Func<Task<OperationResult>> write)
    {
        var errors = ListingValidator.Validate(input, kind == ListingKind.Offer);
        return errors.Count > 0 ? OperationResult.Fail([.. errors]) : await write();
    }

    private async Task<OperationResult<int>> CreateAsync<T>(int organizationId, ListingInput input, ListingKind kind, Func<int, T> make, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        var actor = await currentActor.GetAsync();
        if (!ListingAccess.CanActFor(actor, organizationId))
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        var errors = ListingValidator.Validate(input, kind == ListingKind.Offer);
        if (errors.Count > 0)
        {
            return OperationResult<int>.Fail([.. errors]);
        }
        if (await EditionForAsync(actor, cancellationToken) is not { } edition)
        {
            return OperationResult<int>.Fail(NoEdition);
        }
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
            {
                return OperationResult<int>.Fail(CommonErrors.NotFound);
            }
        }
        var record = make(edition.Id);
        var listing = Listing.Of(record);
        listing.Stamp(time.GetUtcNow(), created: true);
        return await dbFactory.InsertAsync<EventDbContext, int>(
            db => db.Add(record),
            db =>
            {
                audit.Add(db, actor, $"connection.{listing.Name}.created", listing.EntityType, listing.Id, edition.Id, after: listing.Snapshot());
                return listing.Id;
            },
            cancellationToken,
            publish: _ => Publish(edition.Id));
    }

    /// <summary>
    /// The one shape of every change to an existing offer or need: load, check the actor and the working edition,
    /// check the version the user loaded, change, audit, save — or a coded failure and nothing written.
    /// </summary>
    private async Task<OperationResult> ChangeAsync<T>(Func<EventDbContext, IQueryable<T>> load, long version, string action,
        Action<EventDbContext, T> change, CancellationToken cancellationToken) where T : class, IVersioned
    {
        var actor = await currentActor.GetAsync();
        var result = await dbFactory.WriteAsync<EventDbContext, int>(async db =>
            {
                var record = await load(db).FirstOrDefaultAsync(cancellationToken);
                if (record is null)
                {
                    return OperationResult<int>.Fail(CommonErrors.NotFound);
                }
                var listing = Listing.Of(record);
                if (!ListingAccess.CanActFor(actor, listing.OrganizationId))
                {
                    return OperationResult<int>.Fail(CommonErrors.Forbidden);
                }
                if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, listing.EditionId, cancellationToken) is { } otherEdition)
                {
                    return OperationResult<int>.Fail(otherEdition);
                }
                if (record.Version != version)
                {
                    return OperationResult<int>.Fail(CommonErrors.Concurrency);
                }
                var before = listing.Snapshot();
                change(db, record);
                if (db.Entry(record).State != EntityState.Deleted)
                {
                    listing.Stamp(time.GetUtcNow(), created: false);
                    record.Touch();
                }
                audit.Add(db, actor, action, listing.EntityType, listing.Id, listing.EditionId, before, listing.Snapshot());
                return OperationResult<int>.Ok(listing.EditionId);
            },
            cancellationToken,
            publish: Publish);
        return result.Succeeded ? OperationResult.Ok() : OperationResult.Fail([.. result.Errors]);
    }

    private static Func<EventDbContext, IQueryable<TechnologyOffer>> Offers(int id) => db => db.TechnologyOffers.Where(o => o.Id == id);

    private static Func<EventDbContext, IQueryable<TechnologyNeed>> Needs(int id) => db => db.TechnologyNeeds.Where(n => n.Id == id);

    private static object Snapshot(TechnologyOffer o) => Listing.Of(o).Snapshot();

    /// <summary>What offers and needs share, read from either, so one write path serves both.</summary>
    private sealed class Listing
    {
        private readonly Func<object> snapshot;
        private readonly Action<DateTimeOffset, bool> stamp;
        private readonly Func<int> id;

        private Listing(string name, string entityType, int organizationId, int editionId, Func<int> id, Func<object> snapshot, Action<DateTimeOffset, bool> stamp)
        {
            (Name, EntityType, OrganizationId, EditionId) = (name, entityType, organizationId, editionId);
            (this.id, this.snapshot, this.stamp) = (id, snapshot, stamp);
        }

        public string Name { get; }
        public string EntityType { get; }
        public int OrganizationId { get; }
        public int EditionId { get; }
        public int Id => id();

        public object Snapshot() => snapshot();

        public void Stamp(DateTimeOffset now, bool created) => stamp(now, created);

        public static Listing Of(object record) => record switch
        {
            TechnologyOffer o => new("offer", nameof(TechnologyOffer), o.OrganizationId, o.EditionId, () => o.Id,
                () => new
                {
                    o.Title.Vi, o.Title.En, Field = o.Field.ToString(), OfferType = o.OfferType.ToString(), DescriptionVi = o.Description.Vi,
                    DescriptionEn = o.Description.En, o.ContactName, o.ContactEmail, o.ContactPhone, o.IsPublished,
                },
                (now, created) =>
                {
                    o.UpdatedAt = now;
                    o.CreatedAt = created ? now : o.CreatedAt;
                    o.RefreshSearchKeys();
                }),
            TechnologyNeed n => new("need", nameof(TechnologyNeed), n.OrganizationId, n.EditionId, () => n.Id,
                () => new
                {
                    n.Title.Vi, n.Title.En, Field = n.Field.ToString(), DescriptionVi = n.Description.Vi,
                    DescriptionEn = n.Description.En, n.ContactName, n.ContactEmail, n.ContactPhone, n.IsPublished,
                },
                (now, created) =>
                {
                    n.UpdatedAt = now;
                    n.CreatedAt = created ? now : n.CreatedAt;
                    n.RefreshSearchKeys();
                }),
            _ => throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "Neither an offer nor a need."),
        };
    }
}
