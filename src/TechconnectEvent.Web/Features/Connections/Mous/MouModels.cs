using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>An organisation as the party picker and the register show it.</summary>
public sealed record MouOrganization(int Id, LocalizedText Name);

/// <summary>A forum session of kind MouCeremony an MoU may be signed at.</summary>
public sealed record MouCeremony(int Id, LocalizedText Title, DateTimeOffset StartsAt, LocalizedText? Room);

/// <summary>A signing party with its organisation's name.</summary>
public sealed record MouPartyView(MouParty Party, LocalizedText Organization);

/// <summary>One line of the register.</summary>
public sealed record MouRow(Mou Mou, IReadOnlyList<MouPartyView> Parties, MouCeremony? Ceremony);

/// <summary>One MoU with everything its editor shows, in the edition's time zone.</summary>
public sealed record MouDetail(Mou Mou, IReadOnlyList<MouPartyView> Parties, MouCeremony? Ceremony, string TimeZoneId)
{
    public MouInput ToInput() => new()
    {
        TitleVi = Mou.Title.Vi,
        TitleEn = Mou.Title.En,
        Field = Mou.Field,
        SummaryVi = Mou.Summary.Vi,
        SummaryEn = Mou.Summary.En,
        CeremonySessionId = Mou.CeremonySessionId,
        StageOrder = Mou.StageOrder,
        SignedAtLocal = Mou.SignedAt is { } signed ? Editions.EditionClock.ToLocal(signed, TimeZoneId).DateTime : null,
        ValueVnd = Mou.ValueVnd,
        Parties = [.. Mou.Parties.OrderBy(p => p.SortOrder).Select(p => new MouPartyInput
        {
            OrganizationId = p.OrganizationId, Role = p.Role, SignatoryName = p.SignatoryName, SignatoryPosition = p.SignatoryPosition,
        })],
        Witnesses = [.. Mou.Witnesses.OrderBy(w => w.SortOrder).Select(w => new MouWitnessInput { Name = w.Name, Title = w.Title })],
        Items = [.. Mou.Items.OrderBy(i => i.Number).Select(i => new MouItemInput { TextVi = i.Text.Vi, TextEn = i.Text.En })],
        Version = Mou.Version,
    };
}
