using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Registrations.Import;

/// <summary>
/// The columns of an invitation list and the headers each may have, in English or Vietnamese, with or without
/// diacritics and in any case ("Họ và tên", "ho va ten", "Full name" are the same column).
/// </summary>
public static class RegistrationImportColumns
{
    public const string FullName = "full_name";
    public const string Email = "email";
    public const string Organization = "organization";
    public const string Position = "position";
    public const string Phone = "phone";
    public const string Nationality = "nationality";
    public const string Category = "category";
    public const string Honorific = "honorific";
    public const string Days = "days";

    public static readonly IReadOnlyList<string> Required = [FullName, Category];

    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        [FullName] = ["full_name", "full name", "name", "họ và tên", "họ tên", "tên"],
        [Email] = ["email", "e-mail", "thư điện tử"],
        [Organization] = ["organization", "organisation", "tổ chức", "đơn vị", "cơ quan"],
        [Position] = ["position", "title", "chức vụ", "chức danh"],
        [Phone] = ["phone", "telephone", "điện thoại", "số điện thoại"],
        [Nationality] = ["nationality", "country", "quốc tịch"],
        [Category] = ["category", "loại", "loại đại biểu", "hạng mục"],
        [Honorific] = ["honorific", "danh xưng"],
        [Days] = ["days", "ngày", "ngày tham dự"],
    };

    private static readonly Dictionary<string, string> ByFoldedHeader = Aliases
        .SelectMany(a => a.Value.Select(alias => (Key: Fold(alias), Column: a.Key)))
        .DistinctBy(a => a.Key)
        .ToDictionary(a => a.Key, a => a.Column, StringComparer.Ordinal);

    /// <summary>The column a header names, or null for a column the import does not read (it is ignored).</summary>
    public static string? Resolve(string header) => ByFoldedHeader.GetValueOrDefault(Fold(header));

    private static string Fold(string header) => TextFolding.Fold(header.Replace('_', ' '));
}
