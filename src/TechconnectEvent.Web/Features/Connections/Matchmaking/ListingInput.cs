using System.ComponentModel.DataAnnotations;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Matchmaking;

/// <summary>
/// What a contact types for an offer or a need. Both titles are required, as for forum sessions: the public list and
/// the suggestions are read in both languages, and a title copied into the other language would pass Vietnamese off
/// as English.
/// </summary>
public sealed class ListingInput
{
    public string? TitleVi { get; set; }
    public string? TitleEn { get; set; }
    public TechnologyField Field { get; set; } = TechnologyField.DigitalTechnology;
    /// <summary>Offers only; needs ignore it.</summary>
    public TechnologyOfferType OfferType { get; set; } = TechnologyOfferType.Transfer;
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public static ListingInput From(TechnologyOffer offer) => new()
    {
        TitleVi = offer.Title.Vi, TitleEn = offer.Title.En, Field = offer.Field, OfferType = offer.OfferType,
        DescriptionVi = offer.Description.Vi, DescriptionEn = offer.Description.En,
        ContactName = offer.ContactName, ContactEmail = offer.ContactEmail, ContactPhone = offer.ContactPhone,
    };

    public static ListingInput From(TechnologyNeed need) => new()
    {
        TitleVi = need.Title.Vi, TitleEn = need.Title.En, Field = need.Field,
        DescriptionVi = need.Description.Vi, DescriptionEn = need.Description.En,
        ContactName = need.ContactName, ContactEmail = need.ContactEmail, ContactPhone = need.ContactPhone,
    };

    internal void ApplyTo(TechnologyOffer offer)
    {
        offer.Title = Title;
        offer.Description = Description;
        offer.Field = Field;
        offer.OfferType = OfferType;
        (offer.ContactName, offer.ContactEmail, offer.ContactPhone) = Contact;
    }

    internal void ApplyTo(TechnologyNeed need)
    {
        need.Title = Title;
        need.Description = Description;
        need.Field = Field;
        (need.ContactName, need.ContactEmail, need.ContactPhone) = Contact;
    }

    private LocalizedText Title => new(TextRules.Clean(TitleVi)!, TextRules.Clean(TitleEn)!);

    private LocalizedText Description => new(TextRules.Clean(DescriptionVi) ?? "", TextRules.Clean(DescriptionEn) ?? "");

    private (string, string?, string?) Contact => (TextRules.Clean(ContactName)!, TextRules.Clean(ContactEmail), TextRules.Clean(ContactPhone));
}

/// <summary>Checks a <see cref="ListingInput"/>; each error names the field it belongs next to.</summary>
public static class ListingValidator
{
    /// <summary>Offer types an offer may have: a demonstration is shown at a booth, not offered.</summary>
    public static readonly IReadOnlyList<TechnologyOfferType> OfferTypes =
        [TechnologyOfferType.Transfer, TechnologyOfferType.Licensing, TechnologyOfferType.JointVenture];

    public static IReadOnlyList<OperationError> Validate(ListingInput input, bool isOffer)
    {
        var errors = new List<OperationError>();
        Required(errors, nameof(input.TitleVi), input.TitleVi, ConnectionLimits.Title, "Match.TitleViRequired");
        Required(errors, nameof(input.TitleEn), input.TitleEn, ConnectionLimits.Title, "Match.TitleEnRequired");
        Optional(errors, nameof(input.DescriptionVi), input.DescriptionVi, ConnectionLimits.Description);
        Optional(errors, nameof(input.DescriptionEn), input.DescriptionEn, ConnectionLimits.Description);
        Required(errors, nameof(input.ContactName), input.ContactName, ConnectionLimits.PersonName, "Match.ContactNameRequired");
        if (!Enum.IsDefined(input.Field))
        {
            errors.Add(OperationError.ForField(nameof(input.Field), "Match.FieldInvalid"));
        }
        if (isOffer && !OfferTypes.Contains(input.OfferType))
        {
            errors.Add(OperationError.ForField(nameof(input.OfferType), "Match.OfferTypeInvalid"));
        }
        if (TextRules.Clean(input.ContactEmail) is { } email
            && (email.Length > ConnectionLimits.Email || !new EmailAddressAttribute().IsValid(email) || !email.Contains('.', StringComparison.Ordinal)))
        {
            errors.Add(OperationError.ForField(nameof(input.ContactEmail), "Match.EmailInvalid"));
        }
        if (TextRules.Clean(input.ContactPhone) is { } phone
            && (phone.Length > ConnectionLimits.Phone || !phone.All(c => char.IsDigit(c) || c is '+' or ' ' or '.' or '-' or '(' or ')')))
        {
            errors.Add(OperationError.ForField(nameof(input.ContactPhone), "Match.PhoneInvalid"));
        }
        return errors;
    }

    public static OperationError? ErrorFor(ListingInput input, bool isOffer, string field) =>
        Validate(input, isOffer).FirstOrDefault(e => e.Field == field);

    private static void Required(List<OperationError> errors, string field, string? value, int limit, string missing)
    {
        if (TextRules.Clean(value) is not { } text)
        {
            errors.Add(OperationError.ForField(field, missing));
        }
        else if (text.Length > limit)
        {
            errors.Add(OperationError.ForField(field, "Validation.TooLong", limit));
        }
    }

    private static void Optional(List<OperationError> errors, string field, string? value, int limit)
    {
        if (TextRules.Clean(value) is { Length: var length } && length > limit)
        {
            errors.Add(OperationError.ForField(field, "Validation.TooLong", limit));
        }
    }
}
