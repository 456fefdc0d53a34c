using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

/// <summary>
/// The Noto Sans faces shipped in assets/fonts, loaded once per process, and the system faces that fill in the
/// scripts they lack (Korean, Japanese, Chinese, Thai … from Debian's fonts-noto-cjk and friends). Typefaces are
/// immutable and safe to share between threads; everything mutable (HarfBuzz shapers, SKFont) is created per document.
/// </summary>
public sealed class PdfFontProvider : IDisposable
{
    public const string RegularFileName = "NotoSans-Regular.ttf";
    public const string BoldFileName = "NotoSans-Bold.ttf";

    /// <summary>Per code point and weight: the system face that has the glyph, or null when none has.</summary>
    private readonly ConcurrentDictionary<(int CodePoint, bool Bold), SKTypeface?> fallbacks = new();

    private readonly ConcurrentDictionary<(string Family, bool Bold), SKTypeface?> families = new();

    /// <summary>System font families, the order in which they are tried for a character Noto Sans lacks.</summary>
    private readonly Lazy<IReadOnlyList<string>> systemFamilies = new(() =>
        SKFontManager.Default.FontFamilies
            .OrderBy(f => f.Contains("Mono", StringComparison.OrdinalIgnoreCase))
            .ThenBy(f => !f.Contains("Sans", StringComparison.OrdinalIgnoreCase))
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList());

    public PdfFontProvider()
        : this(Path.Combine(AppContext.BaseDirectory, "assets", "fonts"))
    {
    }

    public PdfFontProvider(string fontDirectory)
    {
        Regular = Load(fontDirectory, RegularFileName);
        Bold = Load(fontDirectory, BoldFileName);
    }

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }

    public SKTypeface Typeface(bool bold) => bold ? Bold : Regular;

    /// <summary>
    /// The face to draw one grapheme cluster with: the shipped face when it has every code point of it, else a
    /// system face that has them, else null (the cluster cannot be printed).
    /// </summary>
    public SKTypeface? TypefaceFor(string cluster, bool bold)
    {
        var primary = Typeface(bold);
        var missing = -1;
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (!IsInvisible(rune) && !primary.ContainsGlyph(rune.Value))
            {
                missing = rune.Value;
                break;
            }
        }
        if (missing < 0)
        {
            return primary;
        }
        var fallback = Fallback(missing, bold);
        if (fallback is null)
        {
            return null;
        }
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (!IsInvisible(rune) && !fallback.ContainsGlyph(rune.Value))
            {
                return null;
            }
        }
        return fallback;
    }

    /// <summary>
    /// The characters of <paramref name="text"/> (NFC) that no available font can draw, each once, in order of
    /// appearance. Empty when the text prints; callers list such names instead of printing empty boxes.
    /// </summary>
    public IReadOnlyList<string> FindUncovered(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var normalized = text.Normalize(NormalizationForm.FormC);
        var missing = new List<string>();
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsInvisible(rune) || Regular.ContainsGlyph(rune.Value) || Fallback(rune.Value, bold: false) is not null)
            {
                continue;
            }
            var character = rune.ToString();
            if (!missing.Contains(character))
            {
                missing.Add(character);
            }
        }
        return missing;
    }

    public void Dispose()
    {
        foreach (var typeface in fallbacks.Values.Concat(families.Values).OfType<SKTypeface>().Distinct())
        {
            typeface.Dispose();
        }
        Regular.Dispose();
        Bold.Dispose();
    }

    /// <summary>Spaces, joiners and controls need no glyph of their own: they never decide the face.</summary>
    internal static bool IsInvisible(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.IsControl(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format;

    private SKTypeface? Fallback(int codePoint, bool bold) =>
        fallbacks.GetOrAdd((codePoint, bold), key =>
        {
            var style = key.Bold ? SKFontStyle.Bold : SKFontStyle.Normal;
            var match = SKFontManager.Default.MatchCharacter(null, style, null, key.CodePoint);
            // fontconfig answers with its best face even when it lacks the glyph; only a real glyph counts.
            if (match is not null && match.ContainsGlyph(key.CodePoint))
            {
                return match;
            }
            match?.Dispose();
            // Skia's Linux build without fontconfig lists the system fonts but cannot match a character: look
            // through the families ourselves, sans-serif first and the script's own region first (Korean names
            // in the KR face, kana in the JP face), so the choice does not depend on directory order.
            foreach (var family in FamiliesFor(key.CodePoint))
            {
                var typeface = FamilyFace(family, key.Bold);
                if (typeface is not null && typeface.ContainsGlyph(key.CodePoint))
                {
                    return typeface;
                }
            }
            return null;
        });

    private IEnumerable<string> FamiliesFor(int codePoint)
    {
        var region = codePoint switch
        {
            >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F or >= 0xAC00 and <= 0xD7AF => "KR",
            >= 0x3040 and <= 0x30FF => "JP",
            _ => "SC",
        };
        return systemFamilies.Value.OrderBy(f => !f.EndsWith(" " + region, StringComparison.Ordinal));
    }

    private SKTypeface? FamilyFace(string family, bool bold) =>
        families.GetOrAdd((family, bold), key =>
            SKFontManager.Default.MatchFamily(key.Family, key.Bold ? SKFontStyle.Bold : SKFontStyle.Normal));

    private static SKTypeface Load(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"PDF font not found at {path}; assets/fonts must be copied to the build output.", path);
        }
        // SKTypeface.FromFile returns null (not an exception) for a file Skia cannot parse.
        return SKTypeface.FromFile(path)
            ?? throw new InvalidOperationException($"Skia could not read the font {path}.");
    }
}
