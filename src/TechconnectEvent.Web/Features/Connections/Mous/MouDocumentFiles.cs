using System.Text;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>
/// <c>Connections:DocumentsFolder</c>: where MoU documents are kept, outside wwwroot so that only the authorised
/// download endpoint serves them (default <c>App_Data/mou-documents</c>, relative paths from the content root).
/// </summary>
public sealed record MouDocumentOptions(string Folder)
{
    public const string Key = "Connections:DocumentsFolder";
    public const string DefaultFolder = "mou-documents";

    public static MouDocumentOptions Read(IConfiguration configuration, string contentRoot)
    {
        var folder = configuration[Key];
        return new MouDocumentOptions(Path.GetFullPath(string.IsNullOrWhiteSpace(folder)
            ? Path.Combine(DataServiceCollectionExtensions.DataFolderName, DefaultFolder)
            : folder, contentRoot));
    }
}

/// <summary>What an uploaded document is, decided from its first bytes and its name alone, never from what the client claims.</summary>
public static class MouDocumentFiles
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string WebP = "image/webp";

    /// <summary>Bytes needed to tell the accepted types apart.</summary>
    public const int SignatureLength = 12;

    private static readonly char[] PathCharacters = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>The content type of a PDF, PNG, JPEG or WebP file from its signature; null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) ? Pdf
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? WebP
        : null;

    /// <summary>
    /// The uploaded name, trimmed and composed, for display and the download's Content-Disposition; a name that is
    /// empty, too long, path-like ("../x.pdf", "a/b.pdf", "C:\x.pdf") or has control characters is refused.
    /// </summary>
    public static OperationResult<string> CleanName(string? fileName)
    {
        var name = (fileName ?? "").Trim().Normalize(NormalizationForm.FormC);
        if (name.Length == 0 || name is "." or ".." || name.Any(char.IsControl) || name.IndexOfAny(PathCharacters) >= 0)
        {
            return OperationResult<string>.Fail("Mou.Document.NameInvalid");
        }
        return name.Length > ConnectionLimits.FileName
            ? OperationResult<string>.Fail("Mou.Document.NameTooLong", ConnectionLimits.FileName)
            : OperationResult<string>.Ok(name);
    }

    /// <summary>A random stored name: nothing of the user's name ever reaches the file system.</summary>
    public static string NewStoredName() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public static long LimitInMegabytes => ConnectionLimits.DocumentBytes / (1024 * 1024);
}
