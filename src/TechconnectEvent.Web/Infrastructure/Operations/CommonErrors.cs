namespace TechconnectEvent.Web.Infrastructure.Operations;

/// <summary>
/// The failures every feature shares; each has a resource "Error.&lt;code&gt;" in both languages. Feature errors
/// (<c>AllocationErrors</c>, <c>BoothErrors</c> …) add only what is particular to them.
/// </summary>
public static class CommonErrors
{
    public static class Codes
    {
        public const string NotFound = "NotFound";
        public const string Forbidden = "Forbidden";
        /// <summary>The record changed since the user loaded it (its version moved).</summary>
        public const string Concurrency = "Concurrency";
        /// <summary>The database stayed locked by another writer past the busy timeout; nothing was written.</summary>
        public const string Busy = "Busy";
        /// <summary>The write touched records of an archived edition; nothing was written.</summary>
        public const string EditionReadOnly = "EditionReadOnly";
    }

    public static OperationError NotFound { get; } = OperationError.Of(Codes.NotFound);
    public static OperationError Forbidden { get; } = OperationError.Of(Codes.Forbidden);
    public static OperationError Concurrency { get; } = OperationError.Of(Codes.Concurrency);
    public static OperationError Busy { get; } = OperationError.Of(Codes.Busy);
    public static OperationError EditionReadOnly(int year) => OperationError.Of(Codes.EditionReadOnly, year);
}
