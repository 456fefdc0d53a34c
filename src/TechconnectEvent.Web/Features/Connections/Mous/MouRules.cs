using System.Globalization;
using System.Text;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>
/// The MoU's life, without a database: Proposed → Prepared → Signed → Exchanged, one step at a time; Cancelled (with
/// a reason) from any state before Exchanged; one step back only by an organiser who says why. Also the field rules of
/// the editor, each error naming its field so that the message stands next to it.
/// </summary>
public static class MouRules
{
    public const int MinimumParties = 2;

    public static class Fields
    {
        public const string TitleVi = nameof(MouInput.TitleVi);
        public const string TitleEn = nameof(MouInput.TitleEn);
        public const string SummaryVi = nameof(MouInput.SummaryVi);
        public const string SummaryEn = nameof(MouInput.SummaryEn);
        public const string Ceremony = nameof(MouInput.CeremonySessionId);
        public const string StageOrder = nameof(MouInput.StageOrder);
        public const string ValueVnd = nameof(MouInput.ValueVnd);
        public const string Parties = nameof(MouInput.Parties);
        public const string Witnesses = nameof(MouInput.Witnesses);
        public const string Items = nameof(MouInput.Items);
        public const string ChangeReason = nameof(MouInput.ChangeReason);
        public const string Reason = "Reason";
        public const string SignedAt = nameof(MouInput.SignedAtLocal);
    }

    /// <summary>The state one step forward, if there is one.</summary>
    public static MouStatus? Next(MouStatus status) => status switch
    {
        MouStatus.Proposed => MouStatus.Prepared,
        MouStatus.Prepared => MouStatus.Signed,
        MouStatus.Signed => MouStatus.Exchanged,
        _ => null,
    };

    /// <summary>The state one step back (a cancelled MoU reopens as Proposed), if there is one.</summary>
    public static MouStatus? Previous(MouStatus status) => status switch
    {
        MouStatus.Prepared => MouStatus.Proposed,
        MouStatus.Signed => MouStatus.Prepared,
        MouStatus.Exchanged => MouStatus.Signed,
        MouStatus.Cancelled => MouStatus.Proposed,
        _ => null,
    };

    public static bool MayCancel(MouStatus status) => status is MouStatus.Proposed or MouStatus.Prepared or MouStatus.Signed;

    /// <summary>A signed or exchanged MoU is a record of what was signed: changing it needs a reason.</summary>
    public static bool ChangeNeedsReason(MouStatus status) => status is MouStatus.Signed or MouStatus.Exchanged;

    /// <summary>What the MoU lacks to stand in <paramref name="status"/>; empty when nothing is missing.</summary>
    /// <param name="signedAt">The signing time the move would record (the MoU's own when null).</param>
    public static IReadOnlyList<OperationError> Missing(Mou mou, MouStatus status, DateTimeOffset? signedAt = null)
    {
        ArgumentNullException.ThrowIfNull(mou);
        var missing = new List<OperationError>();
        if (status is MouStatus.Prepared or MouStatus.Signed or MouStatus.Exchanged)
        {
            if (mou.Parties.Count < MinimumParties)
            {
                missing.Add(OperationError.ForField(Fields.Parties, "Mou.NeedsParties", MinimumParties, mou.Parties.Count));
            }
            foreach (var (party, number) in mou.Parties.OrderBy(p => p.SortOrder).Select((p, i) => (p, i + 1)))
            {
                if (string.IsNullOrWhiteSpace(party.SignatoryName) || string.IsNullOrWhiteSpace(party.SignatoryPosition))
                {
                    missing.Add(OperationError.ForField(Fields.Parties, "Mou.PartyNeedsSignatory", number));
                }
            }
        }
        if (status is MouStatus.Signed or MouStatus.Exchanged && (signedAt ?? mou.SignedAt) is null)
        {
            missing.Add(OperationError.ForField(Fields.SignedAt, "Mou.NeedsSigningTime"));
        }
        return missing;
    }

    /// <summary>Why the move from the MoU's status to <paramref name="to"/> is refused; empty when it is allowed.</summary>
    public static IReadOnlyList<OperationError> CheckMove(Mou mou, MouStatus to, string? reason, bool isOrganiser, DateTimeOffset? signedAt = null)
    {
        ArgumentNullException.ThrowIfNull(mou);
        var from = mou.Status;
        var hasReason = !string.IsNullOrWhiteSpace(reason);
        if (hasReason && Clean(reason).Length > ConnectionLimits.Reason)
        {
            return [OperationError.ForField(Fields.Reason, "Mou.TooLong", ConnectionLimits.Reason)];
        }
        if (to == MouStatus.Cancelled && MayCancel(from))
        {
            return hasReason ? [] : [OperationError.ForField(Fields.Reason, "Mou.CancelNeedsReason")];
        }
        if (Next(from) == to)
        {
            return Missing(mou, to, signedAt);
        }
        if (Previous(from) == to)
        {
            return !isOrganiser ? [CommonErrors.Forbidden]
                : hasReason ? []
                : [OperationError.ForField(Fields.Reason, "Mou.BackNeedsReason")];
        }
        return [OperationError.Of("Mou.MoveRefused")];
    }

    /// <summary>The editor's field rules (checked as the user saves, and again by the service).</summary>
    public static List<OperationError> Validate(MouInput input, MouStatus status)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<OperationError?>
        {
            Required(input.TitleVi, Fields.TitleVi, "Mou.TitleViRequired", ConnectionLimits.Title),
            Required(input.TitleEn, Fields.TitleEn, "Mou.TitleEnRequired", ConnectionLimits.Title),
            TooLong(input.SummaryVi, Fields.SummaryVi, ConnectionLimits.Description),
            TooLong(input.SummaryEn, Fields.SummaryEn, ConnectionLimits.Description),
            input.ValueVnd < 0 ? OperationError.ForField(Fields.ValueVnd, "Mou.ValueInvalid") : null,
            input.StageOrder is < 1 ? OperationError.ForField(Fields.StageOrder, "Mou.StageOrderInvalid") : null,
            input.StageOrder is not null && input.CeremonySessionId is null ? OperationError.ForField(Fields.StageOrder, "Mou.StageOrderNeedsCeremony") : null,
            ChangeNeedsReason(status) && string.IsNullOrWhiteSpace(input.ChangeReason) ? OperationError.ForField(Fields.ChangeReason, "Mou.ChangeNeedsReason") : null,
            TooLong(input.ChangeReason, Fields.ChangeReason, ConnectionLimits.Reason),
        };
        foreach (var (party, number) in input.Parties.Select((p, i) => (p, i + 1)))
        {
            errors.Add(party.OrganizationId is null ? OperationError.ForField(Fields.Parties, "Mou.PartyNeedsOrganization", number) : null);
            errors.Add(Clean(party.SignatoryName).Length > ConnectionLimits.PersonName || Clean(party.SignatoryPosition).Length > ConnectionLimits.PersonTitle
                ? OperationError.ForField(Fields.Parties, "Mou.PartyTooLong", number) : null);
        }
        var twice = input.Parties.Where(p => p.OrganizationId is not null).GroupBy(p => p.OrganizationId).Any(g => g.Count() > 1);
        errors.Add(twice ? OperationError.ForField(Fields.Parties, "Mou.PartyTwice") : null);
        foreach (var (witness, number) in input.Witnesses.Select((w, i) => (w, i + 1)))
        {
            errors.Add(Clean(witness.Name).Length == 0 ? OperationError.ForField(Fields.Witnesses, "Mou.WitnessNeedsName", number)
                : Clean(witness.Name).Length > ConnectionLimits.PersonName || Clean(witness.Title).Length > ConnectionLimits.PersonTitle
                    ? OperationError.ForField(Fields.Witnesses, "Mou.WitnessTooLong", number) : null);
        }
        foreach (var (item, number) in input.Items.Select((item, i) => (item, i + 1)))
        {
            errors.Add(Clean(item.TextVi).Length == 0 ? OperationError.ForField(Fields.Items, "Mou.ItemNeedsText", number)
                : Clean(item.TextVi).Length > ConnectionLimits.ItemText || Clean(item.TextEn).Length > ConnectionLimits.ItemText
                    ? OperationError.ForField(Fields.Items, "Mou.ItemTooLong", number, ConnectionLimits.ItemText) : null);
        }
        return errors.OfType<OperationError>().ToList();
    }

    /// <summary>Another (not cancelled) MoU already at this place in the same ceremony, if any.</summary>
    public static Mou? StageClash(int selfId, int? ceremonySessionId, int? stageOrder, IEnumerable<Mou> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        return ceremonySessionId is null || stageOrder is null
            ? null
            : others.FirstOrDefault(o => o.Id != selfId && o.Status != MouStatus.Cancelled
                && o.CeremonySessionId == ceremonySessionId && o.StageOrder == stageOrder);
    }

    /// <summary>Whole đồng with the culture's digit grouping: "1.500.000.000 ₫" in Vietnamese.</summary>
    public static string FormatVnd(long value, CultureInfo culture) => value.ToString("N0", culture) + " ₫";

    public static string StatusKey(MouStatus status) => "Mou.Status." + status;

    /// <summary>Trimmed and composed (NFC), so that a Vietnamese name is stored as one form whatever keyboard typed it.</summary>
    public static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    private static OperationError? Required(string? text, string field, string code, int limit) =>
        Clean(text).Length == 0 ? OperationError.ForField(field, code) : TooLong(text, field, limit);

    private static OperationError? TooLong(string? text, string field, int limit) =>
        Clean(text).Length > limit ? OperationError.ForField(field, "Mou.TooLong", limit) : null;
}
