using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Exhibitors.Apply;

/// <summary>What the public form needs: the edition applications go to (null when none is open) and its zones.</summary>
public sealed record ApplyForm(int? EditionId, LocalizedText? EditionName, IReadOnlyList<ZoneChoice> Zones)
{
    public bool IsOpen => EditionId is not null;
}

/// <summary>
/// How an application was received. The applicant sees the same thank-you for both, so that nobody learns from the
/// form whether an organisation or a person is known to the fair; the second adds that the secretariat confirms.
/// </summary>
public enum ApplyOutcome
{
    Received,
    ToConfirm,
}

/// <summary>
/// Applications sent through the public form. One write creates (or links) the organisation, the Submitted
/// application, its technologies, the contact's Exhibitor account, the audit rows and the invitation e-mail, so
/// that either all of it exists or none of it does.
/// </summary>
public sealed class OnlineApplicationService(
    IDbContextFactory<EventDbContext> dbFactory,
    EditionService editions,
    AuditTrail audit,
    Outbox outbox,
    PublicLinks links,
    UserManager<ApplicationUser> users,
    ILookupNormalizer normalizer,
    TimeProvider time,
    ChangeNotifier<ExhibitorChange> notifier)
{
    /// <summary>The consent text the form shows; a new text gets a new version, so each applicant's agreement stays traceable.</summary>
    public const string ConsentVersion = "2026-12";

    public const string ClosedError = "Apply.Closed";
    public const string InvitationTemplate = "ExhibitorInvitation";
    public const string KnownPersonTemplate = "ExhibitorApplicationReceived";

    public async Task<ApplyForm> GetFormAsync(CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetCurrentAsync(cancellationToken);
        if (edition is not { Status: EditionStatus.Open })
        {
            return new ApplyForm(null, null, []);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return new ApplyForm(edition.Id, edition.Name, await ZonesAsync(db, edition.Id, cancellationToken));
    }

    /// <param name="culture">The page's language: the account and the e-mail use it.</param>
    public async Task<OperationResult<ApplyOutcome>> SubmitAsync(OnlineApplicationInput input, string culture, CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetCurrentAsync(cancellationToken);
        if (edition is not { Status: EditionStatus.Open })
        {
            return OperationResult<ApplyOutcome>.Fail(ClosedError);
        }
        await using (var readDb = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var zones = (await ZonesAsync(readDb, edition.Id, cancellationToken)).Select(z => z.Id).ToList();
            var errors = OnlineApplicationValidator.Validate(input, zones);
            if (errors.Count > 0)
            {
                return OperationResult<ApplyOutcome>.Fail([.. errors]);
            }
        }
        var email = TextRules.Clean(input.ContactEmail)!;
        var actor = new Actor(null, email, new ClaimsPrincipal(new ClaimsIdentity()));
        var invitationLink = (string?)null;
        ApplicationUser? newUser = null;
        var changedOrganization = 0;
        return await dbFactory.WriteAsync<EventDbContext, ApplyOutcome>(async db =>
            {
                var taxCode = TaxCodes.Normalize(input.TaxCode, out _);
                var nameVi = TextRules.Clean(input.NameVi)!;
                var existingId = await DuplicateOrganizations.FindAsync(db, taxCode, nameVi, TextRules.Clean(input.Province), cancellationToken);
                if (existingId is { } known && await db.ExhibitorApplications.AnyAsync(a => a.EditionId == edition.Id && a.OrganizationId == known, cancellationToken))
                {
                    // Already applied: the secretariat has its application; a second would only confuse it.
                    return OperationResult<ApplyOutcome>.Ok(ApplyOutcome.ToConfirm);
                }
                var organizationId = existingId ?? await CreateOrganizationAsync(db, actor, input, taxCode, cancellationToken);
                changedOrganization = organizationId;
                var application = NewApplication(input, edition.Id, organizationId, toConfirm: existingId is not null);
                db.ExhibitorApplications.Add(application);
                var technologies = OnlineApplicationValidator.FilledTechnologies(input).Select(t =>
                {
                    var technology = new Technology { OrganizationId = organizationId, EditionId = edition.Id, Title = new("", "") };
                    t.ApplyTo(technology);
                    return technology;
                }).ToList();
                db.Technologies.AddRange(technologies);
                await db.SaveChangesAsync(cancellationToken);
                audit.Add(db, actor, "application.submitted", nameof(ExhibitorApplication), application.Id, edition.Id, after: new
                {
                    application.BoothsWanted, SizeWanted = application.SizeWanted.ToString(), Zones = application.ZonePreferences().ToArray(),
                    application.NeighbourWish, application.SubmittedOnline, application.OrganizationToConfirm, application.SubmittedOrganizationName,
                    application.ConsentVersion,
                });
                foreach (var technology in technologies)
                {
                    audit.Add(db, actor, "technology.created", nameof(Technology), technology.Id, edition.Id,
                        after: new { technology.Title.Vi, technology.Title.En, Field = technology.Field.ToString(), technology.ReadinessLevel });
                }

                // A person who already has an account keeps it as it is, and nothing on the page says so.
                var normalizedEmail = normalizer.NormalizeEmail(email);
                var knownPerson = await db.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail || u.NormalizedUserName == normalizer.NormalizeName(email), cancellationToken);
                if (!knownPerson)
                {
                    // Linked to an existing organisation, the account gets no access to it until the secretariat confirms.
                    newUser = await CreateExhibitorAsync(db, actor, input, email, existingId is null ? organizationId : null, culture, cancellationToken);
                    var code = await users.GenerateUserTokenAsync(newUser, ExhibitorInvitationTokenProvider.ProviderName, ExhibitorInvitationTokenProvider.Purpose);
                    invitationLink = links.Absolute(SetPasswordLinks.For(newUser.Id, code));
                }
                outbox.Add(db, new MailDraft(
                    newUser is null ? KnownPersonTemplate : InvitationTemplate,
                    new MailRecipient(email, TextRules.Clean(input.ContactName), culture),
                    new Dictionary<string, string>
                    {
                        ["ContactName"] = TextRules.Clean(input.ContactName)!,
                        ["OrganizationName"] = nameVi,
                        ["EditionName"] = culture == ProductCultures.English ? edition.Name.En : edition.Name.Vi,
                        ["Link"] = invitationLink ?? links.Absolute("/Account/Login"),
                        ["Days"] = ExhibitorInvitationTokenProvider.Lifespan.Days.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    },
                    edition.Id));
                return OperationResult<ApplyOutcome>.Ok(existingId is null ? ApplyOutcome.Received : ApplyOutcome.ToConfirm);
            },
            cancellationToken,
            publish: _ => notifier.Publish(new ExhibitorChange(edition.Id, changedOrganization)));
    }

    private async Task<int> CreateOrganizationAsync(EventDbContext db, Actor actor, OnlineApplicationInput input, string? taxCode, CancellationToken cancellationToken)
    {
        var organization = new Organization { Name = new("", "") };
        input.ToOrganization().ApplyTo(organization);
        organization.TaxCode = taxCode;
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(db, actor, "organization.created", nameof(Organization), organization.Id, after: new
        {
            organization.Name.Vi, organization.Name.En, Type = organization.Type.ToString(), organization.Country, organization.Province,
            organization.TaxCode, organization.Website, organization.ContactPerson, organization.Email, organization.Phone,
        });
        return organization.Id;
    }

    private ExhibitorApplication NewApplication(OnlineApplicationInput input, int editionId, int organizationId, bool toConfirm)
    {
        var now = time.GetUtcNow();
        var application = new ExhibitorApplication
        {
            EditionId = editionId,
            OrganizationId = organizationId,
            SubmittedAt = now,
            SubmittedOnline = true,
            OrganizationToConfirm = toConfirm,
            SubmittedOrganizationName = toConfirm ? TextRules.Clean(input.NameVi) : null,
            NeighbourWish = TextRules.Clean(input.NeighbourWish),
            ContactName = TextRules.Clean(input.ContactName),
            ContactPosition = TextRules.Clean(input.ContactPosition),
            ContactEmail = TextRules.Clean(input.ContactEmail),
            ContactPhone = TextRules.Clean(input.ContactPhone),
            ConsentVersion = ConsentVersion,
            ConsentGivenAt = now,
        };
        input.ToApplication().ApplyTo(application);
        return application;
    }

    /// <summary>
    /// The account is written in this transaction, as UserManager would write it (normalised names, stamps), because
    /// UserManager saves through a context of its own and would commit the account without the application.
    /// </summary>
    private async Task<ApplicationUser> CreateExhibitorAsync(
        EventDbContext db, Actor actor, OnlineApplicationInput input, string email, int? organizationId, string culture, CancellationToken cancellationToken)
    {
        var roleId = await db.Roles.Where(r => r.NormalizedName == normalizer.NormalizeName(Roles.Exhibitor)).Select(r => r.Id).SingleAsync(cancellationToken);
        var user = new ApplicationUser
        {
            Id = Guid.NewGuid().ToString(),
            UserName = email,
            NormalizedUserName = normalizer.NormalizeName(email),
            Email = email,
            NormalizedEmail = normalizer.NormalizeEmail(email),
            SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            DisplayName = TextRules.Clean(input.ContactName),
            OrganizationId = organizationId,
            PreferredCulture = culture,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        audit.Add(db, actor, "user.created", UserAdministrationService.EntityType, user.Id,
            after: new { user.Email, user.DisplayName, Roles = new[] { Roles.Exhibitor }, Online = true });
        if (organizationId is not null)
        {
            audit.Add(db, actor, "user.organization_linked", UserAdministrationService.EntityType, user.Id, after: new { OrganizationId = organizationId });
        }
        return user;
    }

    private static async Task<IReadOnlyList<ZoneChoice>> ZonesAsync(EventDbContext db, int editionId, CancellationToken cancellationToken) =>
        (await db.Zones.AsNoTracking().Where(z => z.EditionId == editionId && !z.IsArchived)
            .OrderBy(z => z.SortOrder).ThenBy(z => z.Code).ToListAsync(cancellationToken))
        .Select(z => new ZoneChoice(z.Id, z.Code, z.Name)).ToList();
}
