using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Requests;

/// <summary>Why a request or a direct meeting is refused; each code has a resource "Error.Requests.…".</summary>
public static class RequestErrors
{
    public static class Fields
    {
        public const string Organization = nameof(RequestInput.ToOrganizationId);
        public const string OrganizationA = nameof(DirectMeetingInput.OrganizationAId);
        public const string OrganizationB = nameof(DirectMeetingInput.OrganizationBId);
        public const string ContactA = nameof(DirectMeetingInput.ContactA);
        public const string ContactB = nameof(DirectMeetingInput.ContactB);
        public const string Cited = nameof(RequestInput.OfferId);
        public const string Message = nameof(RequestInput.Message);
        public const string ContactName = nameof(RequestInput.ContactName);
        public const string Reason = "Reason";
    }

    public static OperationError NoOrganization { get; } = OperationError.Of("Requests.NoOrganization");
    public static OperationError SameOrganization { get; } = OperationError.ForField(Fields.Organization, "Requests.SameOrganization");
    public static OperationError OrganizationMissing(string field) => OperationError.ForField(field, "Requests.OrganizationMissing");
    public static OperationError NothingCited { get; } = OperationError.ForField(Fields.Cited, "Requests.NothingCited");
    public static OperationError CitedUnavailable { get; } = OperationError.ForField(Fields.Cited, "Requests.CitedUnavailable");
    public static OperationError CitedNotBetween { get; } = OperationError.ForField(Fields.Cited, "Requests.CitedNotBetween");
    public static OperationError AlreadyAsked { get; } = OperationError.Of("Requests.AlreadyAsked");
    public static OperationError AlreadyAskedByThem { get; } = OperationError.Of("Requests.AlreadyAskedByThem");
    public static OperationError MessageRequired { get; } = OperationError.ForField(Fields.Message, "Requests.MessageRequired");
    public static OperationError MessageTooLong { get; } = OperationError.ForField(Fields.Message, "Requests.MessageTooLong", ConnectionLimits.Message);
    public static OperationError NameTooLong(string field) => OperationError.ForField(field, "Requests.NameTooLong", ConnectionLimits.PersonName);
    public static OperationError NameRequired(string field) => OperationError.ForField(field, "Requests.NameRequired");
    public static OperationError ReasonRequired { get; } = OperationError.ForField(Fields.Reason, "Requests.ReasonRequired");
    public static OperationError ReasonTooLong { get; } = OperationError.ForField(Fields.Reason, "Requests.ReasonTooLong", ConnectionLimits.Reason);
    public static OperationError NotPending { get; } = OperationError.Of("Requests.NotPending");
    public static OperationError MeetingNotCancellable { get; } = OperationError.Of("Requests.MeetingNotCancellable");
}
