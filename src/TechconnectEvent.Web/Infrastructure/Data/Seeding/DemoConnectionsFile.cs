namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>The shape of <c>connections.json</c>; organisations by Vietnamese name, offers, needs and MoUs by key.</summary>
internal sealed record ConnectionsFile
{
    public required IReadOnlyList<OfferData> Offers { get; init; }
    public required IReadOnlyList<NeedData> Needs { get; init; }
    public required IReadOnlyList<RoundData> Rounds { get; init; }
    public required IReadOnlyList<TableData> Tables { get; init; }
    public IReadOnlyList<ParticipantData> Participants { get; init; } = [];
    public required IReadOnlyList<RequestData> Requests { get; init; }
    public required IReadOnlyList<MouData> Mous { get; init; }
}

internal sealed record OfferData
{
    public required string Key { get; init; }
    public required string Organization { get; init; }
    /// <summary>The Vietnamese title of one of the organisation's technologies; its field, type and title are taken over.</summary>
    public string? Technology { get; init; }
    public string? Field { get; init; }
    public string? OfferType { get; init; }
    public TextData? Title { get; init; }
    public TextData? Description { get; init; }
    public required string ContactName { get; init; }
    public string? ContactEmail { get; init; }
}

internal sealed record NeedData
{
    public required string Key { get; init; }
    public required string Organization { get; init; }
    public required string Field { get; init; }
    public required TextData Title { get; init; }
    public TextData? Description { get; init; }
    public required string ContactName { get; init; }
}

internal sealed record RoundData
{
    public required DateOnly Date { get; init; }
    public required string Start { get; init; }
    public required int Minutes { get; init; }
}

internal sealed record TableData
{
    public required int Number { get; init; }
    public string? Location { get; init; }
    /// <summary>Present exactly when the table is online.</summary>
    public string? MeetingLink { get; init; }
}

internal sealed record ParticipantData
{
    public required string Organization { get; init; }
    public required bool JoinsOnline { get; init; }
    public IReadOnlyList<int> UnavailableRounds { get; init; } = [];
}

internal sealed record RequestData
{
    public required string From { get; init; }
    public required string To { get; init; }
    public string? Offer { get; init; }
    public string? Need { get; init; }
    public required string FromContact { get; init; }
    public string? ToContact { get; init; }
    public required string Status { get; init; }
    public required string CreatedAt { get; init; }
    public string? RespondedAt { get; init; }
    public required string Message { get; init; }
    public string? DeclineReason { get; init; }
    /// <summary>Accepted requests only: the meeting it became.</summary>
    public MeetingData? Meeting { get; init; }
}

internal sealed record MeetingData
{
    public int? Round { get; init; }
    public int? Table { get; init; }
    public required string Status { get; init; }
    public string? Outcome { get; init; }
    public string? OutcomeNotes { get; init; }
    /// <summary>With the outcome MouPlanned: the key of the draft MoU it created.</summary>
    public string? Mou { get; init; }
}

internal sealed record MouData
{
    public required string Key { get; init; }
    /// <summary>The order of signing at the edition's MoU ceremony; none for a draft that is not on the stage list.</summary>
    public int? StageOrder { get; init; }
    public required string Status { get; init; }
    /// <summary>HH:mm on the ceremony's day; Signed and Exchanged MoUs only.</summary>
    public string? SignedAt { get; init; }
    /// <summary>yyyy-MM-dd HH:mm; defaults to when the demo data was written.</summary>
    public string? CreatedAt { get; init; }
    public required string Field { get; init; }
    public long? ValueVnd { get; init; }
    public required TextData Title { get; init; }
    public TextData? Summary { get; init; }
    public required IReadOnlyList<MouPartyData> Parties { get; init; }
    public IReadOnlyList<MouWitnessData> Witnesses { get; init; } = [];
    public IReadOnlyList<TextData> Items { get; init; } = [];
}

internal sealed record MouPartyData
{
    public required string Organization { get; init; }
    public required string Role { get; init; }
    public required string SignatoryName { get; init; }
    public required string SignatoryPosition { get; init; }
}

internal sealed record MouWitnessData
{
    public required string Name { get; init; }
    public required string Title { get; init; }
}
